package dev.localio.linux.fs.nfsd;

import dev.localio.linux.Container;
import dev.localio.linux.Host;
import dev.localio.linux.LocalioProbe;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.SvcCred;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Test fixture: a host whose container {@code c1} exports {@code dir} to {@code *} with the given
 * options, holding four files: {@code data} (1000:1000, 0644, "hello localio"), {@code secret}
 * (0:0, 0600), {@code mine} (1000:1000, 0600) and {@code anon} (2000:2000, 0600).
 */
final class ServerFixture implements AutoCloseable {

    static final byte[] HELLO = "hello localio".getBytes(StandardCharsets.UTF_8);
    static final Cred ROOT = Cred.of(0, 0);
    static final Cred USER = Cred.of(1000, 1000);

    final Host host;
    final Container c1;
    final Path dir;
    final InodeTable tree;

    ServerFixture(Path dir, LocalioDesign design, String options) {
        this.dir = dir;
        this.host = new Host("h1", design);
        this.c1 = host.container("c1").export("*", dir, options).start();
        this.tree = c1.nfsd().tree(dir);
        tree.createFile("data", 1000, 1000, 0644, HELLO);
        tree.createFile("secret", 0, 0, 0600, HELLO);
        tree.createFile("mine", 1000, 1000, 0600, HELLO);
        tree.createFile("anon", 2000, 2000, 0600, HELLO);
    }

    ServerFixture(Path dir, String options) {
        this(dir, LocalioDesign.INTERLOCK, options);
    }

    NfsFh fh(String relPath) {
        return c1.nfsd().fh("*", dir, relPath);
    }

    /** A client on this host that the container's nfsd confirmed as local. */
    NfsUuid probe() {
        return LocalioProbe.probe(host, c1);
    }

    /** {@code nfs_open_local_fh()} for {@code relPath} as {@code cred}. */
    ErrPtr<OpaqueNfsdFile> open(NfsUuid uuid, Cred cred, String relPath, int fmode) {
        return uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, cred, fh(relPath), fmode);
    }

    /** An NFSv3 request in c1 from loopback with {@code cred}, from a port the export accepts. */
    NfsdRqst rqst(SvcCred cred) {
        return c1.nfsd().rqst(LocalioProbe.loopback(), cred, true, 3);
    }

    NfsdNet nn() {
        return c1.nfsd().nfsdNet();
    }

    Nfsd nfsd() {
        return host.subsystems().nfsd();
    }

    @Override
    public void close() {
        host.close();
    }
}

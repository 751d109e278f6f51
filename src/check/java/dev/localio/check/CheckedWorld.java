package dev.localio.check;

import dev.localio.linux.Host;
import dev.localio.linux.fs.File;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.fs.nfsd.ExportOptions;
import dev.localio.linux.fs.nfsd.Inode;
import dev.localio.linux.fs.nfsd.InodeTable;
import dev.localio.linux.fs.nfsd.NfsdNet;
import dev.localio.linux.fs.nfsd.NfsdFh;
import dev.localio.linux.fs.nfsd.SvcExport;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.SvcServ;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One kernel as a model-checked race needs it, built anew for every interleaving: a host (by default
 * {@code h1}) running a given LOCALIO design; the network namespace of a container ({@code c1}), as the container
 * runtime creates it (holding one counted reference); nfsd's service created in it, exporting a real
 * directory to everyone with the page's default options and holding one file; and a client on the
 * host that the handshake left confirmed as local (its {@code nfs_uuid_t} on
 * {@code nn->local_clients}, with {@code net} and {@code dom} set).
 *
 * <p>The handshake is what nfsd's UUID_IS_LOCAL procedure does with the request's namespace and
 * {@code rq_client}, without the RPC that carries it ({@code localio_proc_uuid_is_local()} →
 * {@code nfs_uuid_is_local()}); the service is what {@code nfsd_create_serv()} makes, without
 * {@code nfsd_startup_net()}'s listener and threads, which the checker could not explore and LOCALIO
 * does not use. The client is LOCALIO's path from nfs_common down: {@code nfs_open_local_fh()}, a
 * read of the file nfsd opened, {@code nfs_to_nfsd_file_put_local()}; the NFS client above it (its
 * RPC fallback and re-probe) is what the restart scenarios and the soak exercise.
 *
 * <p>The races build it in their constructors, which Lincheck runs before it starts watching an
 * interleaving: the checker sees the world as given, costs nothing to build it, and does not meet
 * the real files and threads that building it involves.
 */
final class CheckedWorld {

    /** The page's default export options; a value, parsed once outside the checker. */
    private static final ExportOptions EXPORT_OPTIONS = ExportOptions.parse(PageDefaults.EXPORT_OPTIONS);
    /** What the exported file holds: what the page's hello.txt does. */
    static final byte[] CONTENT = PageDefaults.helloContent();
    /** How many trace events a checked kernel keeps: enough for one run's ordering checks. */
    private static final int TRACE_CAPACITY = 512;

    final Host host;
    /** The container's namespace, {@code c1}. */
    final Net net;
    final NfsdNet nn;
    /** The service {@code nfsd_create_serv()} made. */
    final SvcServ serv;
    /** The client's {@code nfs_uuid_t}, confirmed by c1's nfsd. */
    final NfsUuid client;
    /** The exported file's handle. */
    final NfsFh fh;

    private CheckedWorld(Host host, Net net, NfsdNet nn, SvcServ serv, NfsUuid client, NfsFh fh) {
        this.host = host;
        this.net = net;
        this.nn = nn;
        this.serv = serv;
        this.client = client;
        this.fh = fh;
    }

    /**
     * Boots the world; {@code fileName} must be new in {@code exportDir} (each run's host has an inode
     * table of its own over the same directory, and the table makes the real file).
     */
    static CheckedWorld boot(LocalioDesign design, Path exportDir, String fileName) {
        return boot(design, exportDir, fileName, "h1", "c1");
    }

    /** {@link #boot(LocalioDesign, Path, String)} with the host and the container named. */
    static CheckedWorld boot(LocalioDesign design, Path exportDir, String fileName, String hostName,
            String containerName) {
        Host host = Host.builder(hostName).design(design).traceCapacity(TRACE_CAPACITY).build();
        Net net = host.subsystems().netns().copyNetNs(containerName).value();
        NfsdNet nn = host.subsystems().nfsd().nfsdNet(net);
        InodeTable tree = host.subsystems().nfsd().inodeTable(exportDir);
        SvcExport exp = nn.exports().exportfs("*", tree, tree.fsid(), EXPORT_OPTIONS);
        Inode file = tree.createFile(fileName, Cred.ROOT, Cred.ROOT, PageDefaults.HELLO_MODE, CONTENT);
        ReentrantLock nfsdMutex = host.subsystems().nfsd().nfsdMutex();
        nfsdMutex.lock();
        try {
            host.subsystems().nfsd().nfssvc().nfsdCreateServ(net);
            if (design.newest()) {
                // [D] kills its reference in nfsd_shutdown_net(), which does nothing for a namespace
                // whose nfsd never started up.
                host.subsystems().nfsd().nfssvc().nfsdStartupNet(net);
            }
        } finally {
            nfsdMutex.unlock();
        }
        NfsUuid client = host.subsystems().nfsLocalio().nfsUuidInit();
        client.nfsUuidBegin();
        AuthDomain dom = nn.exports().svcauthUnixSetClient(InetAddress.getLoopbackAddress());
        host.subsystems().nfsLocalio().nfsUuidIsLocal(client.uuid(), nn.localClients(), net, dom,
                host.subsystems().nfsd().thisModule());
        dom.authDomainPut(); // the request's reference; the client took its own
        client.nfsUuidEnd();
        return new CheckedWorld(host, net, nn, nn.nfsdServ(), client, NfsdFh.fhCompose(exp, file));
    }

    /** [D] {@code nfs_open_local_fh()} of the file for reading, as alice, caching it in {@code nfl}. */
    ErrPtr<OpaqueNfsdFile> nfsOpenLocalFh(dev.localio.linux.fs.nfs_common.NfsFileLocalio nfl) {
        return client.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, PageDefaults.ALICE, fh, nfl, nfl.slot(Fmode.FMODE_READ),
                Fmode.FMODE_READ);
    }

    /** {@code nfs_open_local_fh()} of the file for reading, as alice. */
    ErrPtr<OpaqueNfsdFile> nfsOpenLocalFh() {
        return client.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, PageDefaults.ALICE, fh, Fmode.FMODE_READ);
    }

    /**
     * The read a local IO does on the file nfsd opened ({@code nfsd_file_file()}, then the VFS), in
     * two halves, as a read of several pages is several steps: another thread may run between them.
     */
    byte[] read(OpaqueNfsdFile file) {
        int half = CONTENT.length / 2;
        byte[] first = vfsRead(host.subsystems().nfsLocalio().nfsTo().nfsdFileFile(file), 0, half);
        byte[] second = vfsRead(host.subsystems().nfsLocalio().nfsTo().nfsdFileFile(file), half, CONTENT.length - half);
        byte[] out = new byte[first.length + second.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    /**
     * {@code vfs_iter_read()} on the real file: one step to the checker, which cannot run file
     * operations (see {@link ModelCheck#OUTSIDE_THE_CHECK}).
     */
    static byte[] vfsRead(File file, long offset, int count) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(count);
            file.vfsIterRead(buf, offset);
            byte[] out = new byte[buf.position()];
            buf.flip().get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code nfs_to_nfsd_file_put_local()}: the file, then its serv reference. */
    void put(OpaqueNfsdFile file) {
        host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(file);
    }

    /** Whether nfsd's file was freed (every reference put). Observation, not an access. */
    static boolean isFreed(OpaqueNfsdFile file) {
        return ((KasanObject) file).isFreed();
    }

    /** {@code rpc.nfsd 0}: {@code nfsd_destroy_serv()} under {@code nfsd_mutex}. */
    void nfsdDestroyServ() {
        ReentrantLock nfsdMutex = host.subsystems().nfsd().nfsdMutex();
        nfsdMutex.lock();
        try {
            host.subsystems().nfsd().nfssvc().nfsdDestroyServ(net);
        } finally {
            nfsdMutex.unlock();
        }
    }

    /**
     * Waits until the {@code rcu_gp} kthread that a shutdown started has run its callbacks and ended,
     * so that nothing of this world runs when the checker starts its threads. Only for setup, before
     * the checker looks (it busy-waits).
     */
    void awaitRcuIdle() {
        host.subsystems().kernel().rcu().rcuBarrier();
        while (host.subsystems().kernel().rcu().gpKthreadAlive()) {
            Thread.yield(); // the kthread needs the core more than this loop does (2 cores, often busy)
        }
    }

    /**
     * The container runtime drops its reference on the namespace ({@code put_net()}): with nfsd
     * stopped it is the last, and {@code cleanup_net()} runs here: every pre_exit,
     * {@code synchronize_rcu()}, every exit, then the frees.
     */
    void putNet() {
        host.subsystems().netns().putNet(net);
    }

    /** Whether nfsd's service is still set and not freed ({@code nn->nfsd_serv}). */
    boolean servAlive() {
        SvcServ s = nn.nfsdServ();
        return s != null && !s.isFreed();
    }
}

package dev.localio.linux;

import dev.localio.linux.fs.nfsd.Exports;
import dev.localio.linux.fs.nfsd.NfsdFh;
import dev.localio.linux.fs.nfsd.SvcExport;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.Sunrpc;
import dev.localio.linux.net.sunrpc.SunrpcNet;
import dev.localio.linux.net.sunrpc.SunrpcTrace;
import dev.localio.linux.net.sunrpc.SvcProcedure;
import dev.localio.linux.net.sunrpc.SvcProgram;
import dev.localio.linux.net.sunrpc.SvcServ;
import dev.localio.linux.net.sunrpc.SvcXprt;
import dev.localio.linux.net.sunrpc.SvcVersion;
import dev.localio.linux.net.sunrpc.xdr.Dirpath;
import dev.localio.linux.net.sunrpc.xdr.Mount3;
import dev.localio.linux.net.sunrpc.xdr.Mountres3;
import dev.localio.linux.net.sunrpc.xdr.Mountstat3;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dcache.oncrpc4j.xdr.XdrVoid;

/**
 * rpc.mountd of one namespace's NFS server: the MOUNT program version 3 (NULL, MNT, UMNT) on a server and
 * port of its own, registered with the namespace's rpcbind. MNT hands a client the root file handle of an
 * export and the flavors it accepts, if the export names the client's address.
 *
 * <p>Not kernel code: mountd is the nfs-utils daemon (utils/mountd, {@code mount_mnt_3_svc()}), a
 * userspace program the kernel's NFSv3 mount calls over RPC. The model runs it on the same RPC server
 * class nfsd uses, in the namespace's kernel object, because it needs a socket in that namespace; it
 * starts and stops with the namespace's nfsd, as {@code nfs-server.service} does with both. mountd's other
 * job, answering nfsd's export upcalls, is not modelled: nfsd reads the export table directly.
 */
final class Mountd {

    private final Kernel kernel;
    private final Sunrpc sunrpc;
    private SvcServ serv;
    private volatile Exports exports;

    /** mountd of a server of {@code kernel}, listening through {@code sunrpc}. */
    Mountd(Kernel kernel, Sunrpc sunrpc) {
        this.kernel = kernel;
        this.sunrpc = sunrpc;
    }

    /**
     * Starts serving in {@code net}, answering from {@code exports} (the namespace's export table):
     * listens on 127.0.0.1 and registers MOUNT v3 with its rpcbind.
     */
    synchronized void start(Net net, Exports exports) {
        if (serv != null) {
            return;
        }
        this.exports = exports;
        SvcVersion v3 = new SvcVersion(Mount3.MOUNT_V3, false, List.of(
                SvcProcedure.procNull(),
                new SvcProcedure<>(Mount3.MOUNTPROC3_MNT, "MNT", Dirpath::new,
                        (rqstp, argp) -> mountMnt3Svc(rqstp.rqAddr().getAddress(), argp.path())),
                new SvcProcedure<>(Mount3.MOUNTPROC3_UMNT, "UMNT", Dirpath::new, (rqstp, argp) -> XdrVoid.XDR_VOID)));
        SvcServ created = SvcServ.svcCreate(kernel,
                List.of(new SvcProgram(Mount3.MOUNT_PROGRAM, "mountd", List.of(v3))), 0);
        created.addTraceListener(e -> kernel.trace().event(SunrpcTrace.of(e)));
        SunrpcNet sn = sunrpc.sunrpcNet(net);
        try {
            SvcXprt.svcXprtCreate(created, sn.rpcbind(), 0, (local, real) -> sn.wire().svcPeer(local, real));
        } catch (IOException e) {
            created.svcDestroy();
            throw new UncheckedIOException("mountd cannot listen in " + net.name(), e);
        }
        serv = created;
    }

    /** Stops serving: unregisters, closes its port, ends its threads. */
    synchronized void stop() {
        if (serv != null) {
            serv.svcDestroy();
            serv = null;
        }
    }

    /** The port mountd listens on, or 0 when it is stopped. */
    synchronized int port() {
        return serv == null ? 0 : serv.svcXprtAddress().getPort();
    }

    /**
     * {@code mount_mnt_3_svc()}: the root handle of the export of {@code dirpath} to the client at
     * {@code addr}: NOENT when the directory is not exported at all, ACCES when no export names the
     * client, else the handle and the export's flavors.
     */
    private Mountres3 mountMnt3Svc(InetAddress addr, String dirpath) {
        Path dir;
        try {
            dir = Path.of(dirpath).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return Mountres3.fail(Mountstat3.MNT3ERR_INVAL);
        }
        Exports table = exports;
        List<SvcExport> ofDir = table.exportsOf(dir);
        if (ofDir.isEmpty()) {
            return Mountres3.fail(Mountstat3.MNT3ERR_NOENT);
        }
        AuthDomain dom = table.svcauthUnixSetClient(addr);
        if (dom == null) {
            return Mountres3.fail(Mountstat3.MNT3ERR_ACCES);
        }
        try {
            for (SvcExport exp : ofDir) {
                if (exp.exClient() == dom) {
                    List<RpcAuthFlavor> flavors = new ArrayList<>();
                    exp.exFlavors().forEach(f -> flavors.add(f.pseudoflavor()));
                    return Mountres3.ok(NfsdFh.fhCompose(exp, exp.exPath().rootInode()), flavors);
                }
            }
            return Mountres3.fail(Mountstat3.MNT3ERR_ACCES);
        } finally {
            dom.authDomainPut();
        }
    }
}

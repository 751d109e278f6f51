package dev.localio.linux.fs.nfs;

import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.RpcAuth;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcCreateArgs;
import dev.localio.linux.net.sunrpc.RpcResult;
import dev.localio.linux.net.sunrpc.RpcStatus;
import dev.localio.linux.net.sunrpc.XprtRoute;
import dev.localio.linux.net.sunrpc.xdr.Dirpath;
import dev.localio.linux.net.sunrpc.xdr.Mount3;
import dev.localio.linux.net.sunrpc.xdr.Mountres3;
import dev.localio.linux.net.sunrpc.xdr.Mountstat3;

/**
 * The MNT call a mount makes to the server's mountd for the export's root handle: its own RPC
 * client and connection (found through the server's rpcbind), AUTH_UNIX as root, shut down right
 * after the reply.
 *
 * <p>Models fs/nfs/mount_clnt.c: {@code struct nfs_mount_request} ({@code hostname},
 * {@code dirpath}, {@code net}, {@code noresvport}), {@code nfs_mount()} and its
 * {@code mnt3_errtbl}.
 */
final class NfsMountRequest {

    private final NfsFs nfs;
    private final String hostname;
    private final String dirpath;
    private final Net net;
    private final boolean resvport;

    NfsMountRequest(NfsFs nfs, String hostname, String dirpath, Net net, boolean resvport) {
        this.nfs = nfs;
        this.hostname = hostname;
        this.dirpath = dirpath;
        this.net = net;
        this.resvport = resvport;
    }

    /** {@code nfs_mount()}: the reply of mountd, or why there is none. */
    ErrPtr<Mountres3> nfsMount() {
        Kernel kernel = nfs.kernel();
        XprtRoute route = nfs.route(net, hostname, resvport);
        if (route == null) {
            return ErrPtr.err(Errno.EHOSTUNREACH);
        }
        RpcResult<RpcClnt> mnt = RpcClnt.rpcCreate(RpcCreateArgs.routed(route, Mount3.MOUNT_RPC_PROGRAM,
                Mount3.MOUNT_V3, RpcAuth.authUnix(0, 0, new int[0], kernel.name())));
        if (mnt.isErr()) {
            return ErrPtr.err(Nfs3proc.rpcErrno(mnt.status()));
        }
        mnt.value().addTraceListener(nfs::rpcTrace);
        Mountres3 res = new Mountres3();
        RpcStatus status = mnt.value().rpcCallSync(Mount3.MOUNTPROC3_MNT, new Dirpath(dirpath), res);
        mnt.value().rpcShutdownClient();
        kernel.trace().event(new NfsTrace.NfsMount(hostname, dirpath, status, status.isSuccess() ? res.fhsStatus() : null));
        if (!status.isSuccess()) {
            return ErrPtr.err(Nfs3proc.rpcErrno(status));
        }
        if (res.fhsStatus() != Mountstat3.MNT3_OK) {
            return ErrPtr.err(mnt3Errno(res.fhsStatus()));
        }
        return ErrPtr.ptr(res);
    }

    /** {@code mnt3_errtbl}: a MNT status as an errno. */
    private static Errno mnt3Errno(Mountstat3 status) {
        return switch (status) {
            case MNT3ERR_NOTSUPP -> Errno.ENOTSUPP;
            case MNT3ERR_SERVERFAULT -> Errno.EREMOTEIO;
            default -> Errno.fromValue(status.value());
        };
    }
}

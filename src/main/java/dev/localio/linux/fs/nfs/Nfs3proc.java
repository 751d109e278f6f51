package dev.localio.linux.fs.nfs;

import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.fs.nfs_common.NfsCommon;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.net.sunrpc.RpcAuth;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcStatus;
import dev.localio.linux.net.sunrpc.xdr.Commit3Args;
import dev.localio.linux.net.sunrpc.xdr.Commit3Res;
import dev.localio.linux.net.sunrpc.xdr.Create3Args;
import dev.localio.linux.net.sunrpc.xdr.Create3Res;
import dev.localio.linux.net.sunrpc.xdr.Createmode3;
import dev.localio.linux.net.sunrpc.xdr.Fattr3;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Args;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Res;
import dev.localio.linux.net.sunrpc.xdr.Lookup3Args;
import dev.localio.linux.net.sunrpc.xdr.Lookup3Res;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.Nfsstat3;
import dev.localio.linux.net.sunrpc.xdr.Read3Args;
import dev.localio.linux.net.sunrpc.xdr.Read3Res;
import dev.localio.linux.net.sunrpc.xdr.Sattr3;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import dev.localio.linux.net.sunrpc.xdr.Write3Args;
import dev.localio.linux.net.sunrpc.xdr.Write3Res;
import java.util.function.Supplier;
import org.dcache.oncrpc4j.xdr.XdrAble;

/**
 * The NFSv3 calls the client makes on the wire: metadata (GETATTR, LOOKUP, CREATE) and the RPC
 * path of reads, writes and commits when LOCALIO is not used. Each call carries the credential of
 * the user it is made for. A call that fails under RPC (refused, reset, timed out) is the RPC
 * layer's errno; an NFS error status is {@code nfs_stat_to_errno()}'s.
 *
 * <p>Models fs/nfs/nfs3proc.c: {@code nfs3_proc_getattr()}, {@code nfs3_proc_lookup()},
 * {@code nfs3_proc_create()}, {@code nfs3_proc_read_setup()}/{@code nfs3_read_done()},
 * {@code nfs3_proc_write_setup()}/{@code nfs3_write_done()},
 * {@code nfs3_proc_commit_setup()}/{@code nfs3_commit_done()}, run synchronously.
 */
final class Nfs3proc {

    private Nfs3proc() {
    }

    /** {@code nfs3_proc_getattr()}. */
    static ErrPtr<Fattr3> nfs3ProcGetattr(RpcClnt clnt, RpcAuth cred, NfsFh fh) {
        Getattr3Res res = new Getattr3Res();
        Errno error = call(clnt, Nfs3.NFS3PROC_GETATTR, new Getattr3Args(fh), res, cred, res::status);
        return error != null ? ErrPtr.err(error) : ErrPtr.ptr(res.objAttributes());
    }

    /** {@code nfs3_proc_lookup()}: the handle of {@code name} in directory {@code dir}. */
    static ErrPtr<NfsFh> nfs3ProcLookup(RpcClnt clnt, RpcAuth cred, NfsFh dir, String name) {
        Lookup3Res res = new Lookup3Res();
        Errno error = call(clnt, Nfs3.NFS3PROC_LOOKUP, new Lookup3Args(dir, name), res, cred, res::status);
        return error != null ? ErrPtr.err(error) : ErrPtr.ptr(res.object());
    }

    /** {@code nfs3_proc_create()} with UNCHECKED: the file {@code name} in {@code dir}, made if absent. */
    static ErrPtr<NfsFh> nfs3ProcCreate(RpcClnt clnt, RpcAuth cred, NfsFh dir, String name, int mode) {
        Create3Res res = new Create3Res();
        Create3Args args = Create3Args.checked(dir, name, Createmode3.NFS3_CREATE_UNCHECKED, Sattr3.ofMode(mode));
        Errno error = call(clnt, Nfs3.NFS3PROC_CREATE, args, res, cred, res::status);
        return error != null ? ErrPtr.err(error) : ErrPtr.ptr(res.object());
    }

    /** READ for {@code hdr}: fills its count, eof and data, or its status. */
    static void nfs3ProcRead(RpcClnt clnt, RpcAuth cred, NfsPgioHeader hdr) {
        Read3Res res = new Read3Res();
        hdr.tkStatus = call(clnt, Nfs3.NFS3PROC_READ, new Read3Args(hdr.fh, hdr.offset, hdr.count), res, cred,
                res::status);
        if (hdr.tkStatus == null) {
            hdr.resCount = res.count();
            hdr.resEof = res.eof();
            hdr.resData = res.data();
        }
    }

    /** WRITE for {@code hdr}: fills its count, stability and the server's verifier, or its status. */
    static void nfs3ProcWrite(RpcClnt clnt, RpcAuth cred, NfsPgioHeader hdr) {
        Write3Res res = new Write3Res();
        hdr.tkStatus = call(clnt, Nfs3.NFS3PROC_WRITE, new Write3Args(hdr.fh, hdr.offset, hdr.stable, hdr.data),
                res, cred, res::status);
        if (hdr.tkStatus == null) {
            hdr.resCount = res.count();
            hdr.resCommitted = res.committed();
            hdr.resVerf = res.verf();
        }
    }

    /** COMMIT for {@code data}: fills the server's verifier, or its status. */
    static void nfs3ProcCommit(RpcClnt clnt, RpcAuth cred, NfsCommitData data) {
        Commit3Res res = new Commit3Res();
        data.tkStatus = call(clnt, Nfs3.NFS3PROC_COMMIT, new Commit3Args(data.fh, data.offset, data.count), res,
                cred, res::status);
        if (data.tkStatus == null) {
            data.resVerf = res.verf();
            data.resCommitted = StableHow.NFS_FILE_SYNC;
        }
    }

    /** One synchronous call; {@code null} on success, else the errno the caller sees. */
    private static Errno call(RpcClnt clnt, int proc, XdrAble args, XdrAble res, RpcAuth cred,
            Supplier<Nfsstat3> status) {
        RpcStatus rpc = clnt.rpcCallSync(proc, args, res, cred);
        if (!rpc.isSuccess()) {
            return rpcErrno(rpc);
        }
        return NfsCommon.nfsStatToErrno(status.get().value());
    }

    /** The errno of an RPC that failed ({@code task->tk_status}). */
    static Errno rpcErrno(RpcStatus status) {
        return status.errno();
    }

    /**
     * [D] {@code nfs3_localio_probe()}, from {@code nfs3_read_done()} and {@code nfs3_write_done()} after an
     * IO that went over RPC: with {@code nfs3_localio_probe_throttle} at N (a power of two), every N-th
     * such IO of a client that is not local queues a probe; 0 never does.
     */
    @KernelSymbol(value = "nfs3_localio_probe()", file = "fs/nfs/nfs3proc.c")
    static void nfs3LocalioProbe(NfsServer server) {
        NfsClient clp = server.nfsClient();
        int throttle = clp.nfs.nfs3LocalioProbeThrottle();
        if (!clp.nfs.nfsLocalio().design().newest() || throttle == 0 || Localio.nfsServerIsLocal(clp)) {
            return;
        }
        int count = clp.clUuid().nfs3LocalioProbeCountInc();
        if ((count & (throttle - 1)) == 0 && !Localio.nfsServerIsLocal(clp)) {
            clp.kernel.trace().event(new NfsTrace.Nfs3LocalioProbe(clp.clId(), count, throttle));
            Localio.nfsLocalProbeAsync(clp);
        }
    }
}

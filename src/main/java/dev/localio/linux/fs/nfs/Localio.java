package dev.localio.linux.fs.nfs;

import dev.localio.linux.fs.File;
import dev.localio.linux.fs.nfs_common.NfsFileLocalio;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcResult;
import dev.localio.linux.net.sunrpc.RpcStatus;
import dev.localio.linux.net.sunrpc.xdr.LocalioUuidArg;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.UUID;
import org.dcache.oncrpc4j.xdr.XdrVoid;

/**
 * The client's side of LOCALIO, on an {@link NfsClient}: the handshake over the client's own connection,
 * and IO on the file nfsd opens for it. Design [A] has no client file cache: every read, write and commit
 * opens the file through nfs_common and nfsd first.
 *
 * <p>Design [D] probes on {@code nfsiod} ({@link #nfsLocalProbeAsync}), returns early from a probe of a
 * client that is local already, has no {@code NFS_CS_LOCAL_IO} (local means {@code cl_uuid.net} is
 * set), and caches the files nfsd opens in the open context ({@link NfsFileLocalio}): an IO takes a
 * new reference on the cached file and opens only when there is none.
 *
 * <p>Models fs/nfs/localio.c (v6.12, and the newest mainline for [D]: {@code nfs_local_probe_async()},
 * {@code nfs_local_probe_async_work()}, {@code __nfs_local_open_fh()}, {@code nfs_local_open_fh()},
 * {@code nfs_local_file_get()}, {@code nfs_local_file_put()}).
 */
public final class Localio {

    private Localio() {
    }

    /**
     * {@code nfs_local_probe()}, run when the client is created and again when a local open fails with
     * {@code -ENXIO}, {@code -ENOMEM} or {@code -ENOENT}. A kernel built without {@code CONFIG_NFS_LOCALIO}
     * never probes.
     */
    @KernelSymbol(value = "nfs_local_probe()", file = "fs/nfs/localio.c")
    public static void nfsLocalProbe(NfsClient clp) {
        if (!clp.kernel.kconfig().nfsLocalio()) {
            return;
        }
        clp.probes.incrementAndGet();
        clp.kernel.trace().counter("nfs_local_probe").incrementAndGet();
        RpcAuthFlavor flavor = clp.clRpcclient().clAuth().auFlavor();
        clp.kernel.trace().event(new NfsTrace.NfsLocalProbe(clp.clId(), NfsTrace.NfsLocalProbe.Step.START,
                clp.clInit().hostname(), flavor, false, null));
        if (!clp.nfs.localioEnabled() || flavor != RpcAuthFlavor.RPC_AUTH_UNIX) {
            nfsLocalDisable(clp);
            probeResult(clp, false, !clp.nfs.localioEnabled() ? "localio_enabled=N" : "flavor " + flavor.secName()
                    + " is not AUTH_UNIX");
            return;
        }
        if (newest(clp)) {
            if (nfsClientIsLocal(clp)) {
                probeResult(clp, true, "already local");
                return;
            }
        } else if (nfsServerIsLocal(clp)) {
            nfsLocalDisable(clp);
        }
        if (!clp.clUuid().nfsUuidBegin()) {
            probeResult(clp, false, "a probe is already in flight");
            return;
        }
        String reason = nfsServerUuidIsLocal(clp);
        boolean local = reason == null;
        if (local) {
            nfsLocalEnable(clp);
        }
        clp.clUuid().nfsUuidEnd();
        probeResult(clp, local, local ? "server confirmed the uuid" : reason);
    }

    private static boolean newest(NfsClient clp) {
        return clp.nfs.nfsLocalio().design().newest();
    }

    /**
     * [D] {@code nfs_local_probe_async()}: queues the client's probe on {@code nfsiod}. The model then
     * waits for it ({@code flush_work()}), which the kernel does not: there, IO right after a mount may
     * go over RPC until the probe is done; the model keeps its scenarios deterministic instead. The probe
     * still runs in nfsiod's thread, not the caller's.
     */
    @KernelSymbol(value = "nfs_local_probe_async()", file = "fs/nfs/localio.c")
    public static void nfsLocalProbeAsync(NfsClient clp) {
        if (!clp.kernel.kconfig().nfsLocalio()) {
            return;
        }
        clp.nfs.nfsiod().queueWork(clp.clLocalProbeWork);
        clp.nfs.nfsiod().flushWork(clp.clLocalProbeWork);
    }

    /** [D] {@code nfs_local_probe_async_work()}: probes unless the client is being freed. */
    @KernelSymbol(value = "nfs_local_probe_async_work()", file = "fs/nfs/localio.c")
    static void nfsLocalProbeAsyncWork(NfsClient clp) {
        if (!clp.getUnlessZero()) {
            return;
        }
        try {
            nfsLocalProbe(clp);
        } finally {
            clp.nfs.nfsPutClient(clp);
        }
    }

    private static void probeResult(NfsClient clp, boolean local, String reason) {
        if (local) {
            clp.kernel.trace().counter("nfs_local_probe_local").incrementAndGet();
        }
        clp.kernel.trace().event(new NfsTrace.NfsLocalProbe(clp.clId(), NfsTrace.NfsLocalProbe.Step.RESULT,
                clp.clInit().hostname(), clp.clRpcclient().clAuth().auFlavor(), local, reason));
    }

    /**
     * {@code nfs_server_uuid_is_local()}: UUID_IS_LOCAL on a clone of the client's RPC client for LOCALIO
     * version 1 ({@code nfs_init_localioclient()}), so the call shares the NFS connection.
     *
     * @return {@code null} if the server claimed the uuid, else why not
     */
    private static String nfsServerUuidIsLocal(NfsClient clp) {
        RpcResult<RpcClnt> localio = clp.clRpcclient().rpcBindNewProgram(Nfs.NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1);
        if (localio.isErr()) {
            return "rpc_bind_new_program: " + localio.status().kind();
        }
        ByteBuffer raw = ByteBuffer.wrap(clp.clUuid().uuid());
        RpcStatus status = localio.value().rpcCallSync(Nfs.LOCALIOPROC_UUID_IS_LOCAL,
                new LocalioUuidArg(new UUID(raw.getLong(), raw.getLong())), new XdrVoid());
        localio.value().rpcShutdownClient();
        if (!status.isSuccess()) {
            return "UUID_IS_LOCAL: " + status.kind();
        }
        if (clp.clUuid().netAccess() == null || clp.clUuid().dom() == null) {
            return "the server did not know the uuid";
        }
        return null;
    }

    /** {@code nfs_local_enable()}: sets {@code NFS_CS_LOCAL_IO}; [D] {@code nfs_localio_enable_client()}, a trace. */
    @KernelSymbol(value = "nfs_local_enable()", file = "fs/nfs/localio.c")
    public static void nfsLocalEnable(NfsClient clp) {
        if (newest(clp)) {
            clp.clUuid().nfsLocalioEnableClient();
            return;
        }
        synchronized (clp.clLocalioLock) {
            clp.setFlag(NfsClient.NFS_CS_LOCAL_IO, true);
            clp.kernel.trace().event(new NfsTrace.NfsLocalEnable(clp.clId()));
        }
    }

    /**
     * {@code nfs_local_disable()}: clears {@code NFS_CS_LOCAL_IO} and, if it was set, lets go of the server
     * ({@code nfs_uuid_invalidate_one_client()}).
     */
    @KernelSymbol(value = "nfs_local_disable()", file = "fs/nfs/localio.c")
    public static void nfsLocalDisable(NfsClient clp) {
        if (newest(clp)) {
            clp.clUuid().nfsLocalioDisableClient();
            return;
        }
        synchronized (clp.clLocalioLock) {
            if (clp.setFlag(NfsClient.NFS_CS_LOCAL_IO, false)) {
                clp.kernel.trace().event(new NfsTrace.NfsLocalDisable(clp.clId()));
                clp.clUuid().nfsUuidInvalidateOneClient();
            }
        }
    }

    /** {@code nfs_server_is_local()}: {@code NFS_CS_LOCAL_IO} is set and {@code localio_enabled} is on. */
    public static boolean nfsServerIsLocal(NfsClient clp) {
        return nfsClientIsLocal(clp) && clp.nfs.localioEnabled();
    }

    /** {@code nfs_client_is_local()}: [A] {@code NFS_CS_LOCAL_IO}; [D] {@code cl_uuid.net} is set. */
    public static boolean nfsClientIsLocal(NfsClient clp) {
        return newest(clp) ? clp.clUuid().netAccess() != null : clp.testFlag(NfsClient.NFS_CS_LOCAL_IO);
    }

    /**
     * {@code nfs_local_open_fh()}: the file nfsd opens for {@code fh}, or {@code null} when the IO must go
     * over RPC. The caller puts it with {@link #nfsLocalFilePut}.
     */
    @KernelSymbol(value = "nfs_local_open_fh()", file = "fs/nfs/localio.c")
    public static OpaqueNfsdFile nfsLocalOpenFh(NfsClient clp, Cred cred, NfsFh fh, int mode) {
        ErrPtr<OpaqueNfsdFile> localio = localOpen(clp, cred, fh, new NfsFileLocalio(), mode);
        return localio.isErr() ? null : localio.value();
    }

    /**
     * {@link #nfsLocalOpenFh} keeping the error: {@code ptr(null)} when LOCALIO is not in use,
     * {@code err(e)} when the open failed.
     */
    static ErrPtr<OpaqueNfsdFile> localOpen(NfsClient clp, Cred cred, NfsFh fh, NfsFileLocalio nfl, int mode) {
        if (newest(clp)) {
            return nfsLocalOpenFhNewest(clp, cred, fh, nfl, mode);
        }
        if (!nfsServerIsLocal(clp) || (mode & ~(Fmode.FMODE_READ | Fmode.FMODE_WRITE)) != 0) {
            return ErrPtr.ptr(null);
        }
        ErrPtr<OpaqueNfsdFile> localio = clp.clUuid().nfsOpenLocalFh(clp.clRpcclient().clAuth().auFlavor(), cred,
                fh, mode);
        clp.kernel.trace().event(new NfsTrace.NfsLocalOpenFh(clp.clId(), fh, mode,
                localio.isErr() ? localio.errno().negative() : 0));
        if (localio.isErr()) {
            switch (localio.errno()) {
                case ENOMEM, ENXIO, ENOENT -> {
                    // v6.12 revalidates on these three: ENXIO means the server's namespace or nfsd
                    // went away; the probe disables a client that is still marked local first.
                    nfsLocalDisable(clp);
                    nfsLocalProbe(clp);
                }
                default -> {
                    // EACCES, ESTALE, ...: this IO goes over RPC, LOCALIO stays on.
                }
            }
            return localio;
        }
        clp.localioFiles.incrementAndGet();
        return localio;
    }

    /**
     * [D] {@code nfs_local_open_fh()}: a new reference on the file cached in the context's slot for
     * {@code mode} ({@code nfs_local_file_get()}), else {@code __nfs_local_open_fh()}, which opens and
     * caches one. The tracepoint {@code nfs_local_open_fh} fires for every open, successful or not; a
     * failed open with {@code -ENOMEM}, {@code -ENXIO} or {@code -ENOENT} still probes at once, in the
     * caller's thread.
     */
    private static ErrPtr<OpaqueNfsdFile> nfsLocalOpenFhNewest(NfsClient clp, Cred cred, NfsFh fh, NfsFileLocalio nfl,
            int mode) {
        if (!nfsServerIsLocal(clp) || (mode & ~(Fmode.FMODE_READ | Fmode.FMODE_WRITE)) != 0) {
            return ErrPtr.ptr(null);
        }
        java.util.concurrent.atomic.AtomicReference<OpaqueNfsdFile> pnf = nfl.slot(mode);
        OpaqueNfsdFile cached = pnf.get();
        OpaqueNfsdFile got = null;
        if (cached != null) {
            clp.kernel.rcu().rcuReadLock();
            try {
                got = clp.nfs.nfsLocalio().nfsTo().nfsdFileGetLocal(cached);
            } finally {
                clp.kernel.rcu().rcuReadUnlock();
            }
        }
        if (got != null) {
            clp.kernel.trace().counter("nfs_local_file_get").incrementAndGet();
            clp.localioFiles.incrementAndGet();
            return ErrPtr.ptr(got);
        }
        ErrPtr<OpaqueNfsdFile> localio = clp.clUuid().nfsOpenLocalFh(clp.clRpcclient().clAuth().auFlavor(), cred, fh,
                nfl, pnf, mode);
        if (localio.isErr()) {
            switch (localio.errno()) {
                case ENOMEM, ENXIO, ENOENT -> nfsLocalProbe(clp); // revalidate; returns early if still local
                default -> {
                }
            }
        }
        clp.kernel.trace().event(new NfsTrace.NfsLocalOpenFh(clp.clId(), fh, mode,
                localio.isErr() ? localio.errno().negative() : 0));
        if (!localio.isErr()) {
            clp.localioFiles.incrementAndGet();
        }
        return localio;
    }

    /**
     * {@code nfs_to_nfsd_file_put_local()} for a file {@link #nfsLocalOpenFh} returned: puts the file and
     * the serv reference it carries.
     */
    public static void nfsLocalFilePut(NfsClient clp, OpaqueNfsdFile localio) {
        clp.localioFiles.decrementAndGet();
        clp.nfs.nfsLocalio().nfsToNfsdFilePutLocal(localio);
    }

    /**
     * {@code nfs_local_doio()}: the read or write of {@code hdr} on the file nfsd opened, buffered and in
     * the calling thread as [A] does it. The file and its serv reference are put only once the IO is
     * complete, so the client holds both while it is in flight. Exported: flexfiles calls it for its data
     * servers.
     */
    @KernelSymbol(value = "nfs_local_doio()", file = "fs/nfs/localio.c")
    public static void nfsLocalDoio(NfsClient clp, OpaqueNfsdFile localio, NfsPgioHeader hdr) {
        try {
            File file = clp.nfs.nfsLocalio().nfsTo().nfsdFileFile(localio);
            if (hdr.isRead()) {
                nfsDoLocalRead(file, hdr);
            } else {
                nfsDoLocalWrite(clp, file, hdr);
            }
            hdr.path = NfsIo.Path.LOCALIO;
            clp.kernel.trace().counter(hdr.isRead() ? "nfs_local_read" : "nfs_local_write").incrementAndGet();
            int error = hdr.tkStatus == null ? 0 : hdr.tkStatus.negative();
            clp.kernel.trace().event(hdr.isRead()
                    ? new NfsTrace.NfsDoLocalRead(clp.clId(), hdr.fh, hdr.offset, hdr.resCount, error)
                    : new NfsTrace.NfsDoLocalWrite(clp.clId(), hdr.fh, hdr.offset, hdr.resCount, error));
        } finally {
            // nfs_local_pgio_release(): the IO is complete, the file and its serv reference go.
            nfsLocalFilePut(clp, localio);
        }
    }

    /**
     * {@code nfs_do_local_read()} with {@code nfs_local_read_done()}: reads on the file nfsd opened. The
     * reply says end of file when the read came back short, or reached the size the file has once the
     * read is done: a short read is end of file even if the file grew meanwhile.
     */
    @KernelSymbol(value = "nfs_local_read_done()", file = "fs/nfs/localio.c")
    static void nfsDoLocalRead(File file, NfsPgioHeader hdr) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(Math.max(hdr.count, 0));
            hdr.resCount = file.vfsIterRead(buf, hdr.offset);
            hdr.resData = Arrays.copyOf(buf.array(), hdr.resCount);
            hdr.resEof = hdr.resCount != hdr.count || hdr.offset + hdr.resCount >= file.iSizeRead();
        } catch (IOException e) {
            hdr.tkStatus = Errno.EIO;
        }
    }

    /** The {@code IOCB_*} flags a write of stability {@code stable} is issued with. */
    private static int iocbFlags(StableHow stable) {
        return switch (stable) {
            case NFS_UNSTABLE -> 0;
            case NFS_DATA_SYNC -> File.IOCB_DSYNC;
            case NFS_FILE_SYNC -> File.IOCB_DSYNC | File.IOCB_SYNC;
        };
    }

    /**
     * {@code nfs_do_local_write()}: the reply carries the client's own boot verifier
     * ({@code nfs_set_local_verifier()}); a short write is {@code ENOSPC}, and any error resets the
     * verifier so that unstable data is sent again.
     */
    private static void nfsDoLocalWrite(NfsClient clp, File file, NfsPgioHeader hdr) {
        hdr.resVerf = clp.nfsCopyBootVerifier();
        hdr.resCommitted = hdr.stable;
        try {
            hdr.resCount = file.vfsIterWrite(ByteBuffer.wrap(hdr.data), hdr.offset, iocbFlags(hdr.stable));
            if (hdr.resCount < hdr.count) {
                hdr.tkStatus = Errno.ENOSPC;
            }
        } catch (IOException e) {
            hdr.tkStatus = Errno.EIO;
        }
        if (hdr.tkStatus != null) {
            clp.nfsResetBootVerifier();
        }
    }

    /**
     * {@code nfs_local_commit()}: {@code vfs_fsync_range()} on the file nfsd opened (the model syncs the
     * whole file: Java has no range sync); success is FILE_SYNC under the client's boot verifier, an error
     * resets the verifier. The file and its serv reference are put.
     */
    @KernelSymbol(value = "nfs_local_commit()", file = "fs/nfs/localio.c")
    static void nfsLocalCommit(NfsClient clp, OpaqueNfsdFile localio, NfsCommitData data) {
        try {
            try {
                clp.nfs.nfsLocalio().nfsTo().nfsdFileFile(localio).vfsFsyncRange(data.offset,
                        data.count == 0 ? Long.MAX_VALUE : data.offset + data.count - 1, false);
                data.resVerf = clp.nfsCopyBootVerifier();
                data.resCommitted = StableHow.NFS_FILE_SYNC;
            } catch (IOException e) {
                clp.nfsResetBootVerifier();
                data.tkStatus = Errno.EIO;
            }
            data.path = NfsIo.Path.LOCALIO;
            clp.kernel.trace().counter("nfs_local_commit").incrementAndGet();
            clp.kernel.trace().event(new NfsTrace.NfsLocalCommit(clp.clId(), data.fh, data.offset, data.count,
                    data.tkStatus == null ? 0 : data.tkStatus.negative()));
        } finally {
            nfsLocalFilePut(clp, localio);
        }
    }
}

package dev.localio.linux.fs.nfs;

import dev.localio.linux.fs.DioAlignment;
import dev.localio.linux.fs.ErrnoException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
     * {@code nfs_local_doio()}: the read or write of {@code hdr} on the file nfsd opened, in the calling
     * thread, in the pieces {@link #nfsLocalItersInit} cuts it into: one buffered piece, except for an
     * {@code O_DIRECT} request in design [D]. The file and its serv reference are put only once the IO
     * is complete, so the client holds both while it is in flight. Exported: flexfiles calls it for its
     * data servers.
     */
    @KernelSymbol(value = "nfs_local_doio()", file = "fs/nfs/localio.c")
    public static void nfsLocalDoio(NfsClient clp, OpaqueNfsdFile localio, NfsPgioHeader hdr) {
        try {
            File file = clp.nfs.nfsLocalio().nfsTo().nfsdFileFile(localio);
            List<DioPiece> pieces = nfsLocalItersInit(clp, localio, hdr);
            if (hdr.isRead()) {
                nfsDoLocalRead(file, hdr, pieces);
            } else {
                nfsDoLocalWrite(clp, file, hdr, pieces);
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

    /** A piece {@link #nfsLocalItersInit} plans: offset, length, and whether it goes direct. */
    record DioPiece(long offset, int count, boolean dioAligned) {
    }

    /**
     * The extents of a request cut for direct IO: a misaligned head, an aligned middle, a misaligned
     * tail (each may be empty), and the alignment they were cut by. Models fs/nfs/localio.c's
     * {@code struct nfs_local_dio}.
     */
    record NfsLocalDio(int memAlign, int offsetAlign, long middleOffset, long endOffset, int startLen,
            int middleLen, int endLen) {
    }

    /**
     * {@code nfs_local_iters_init()}: the pieces a local IO is issued in. One buffered piece, unless
     * design [D] sees {@code NFS_IOHDR_ODIRECT} (the application asked for direct IO), the file's
     * filesystem takes direct IO and the request is at least one alignment unit long
     * ({@link #nfsIsLocalDioPossible}), and its middle is aligned in memory and length
     * ({@link #nfsLocalItersSetupDio}): then up to three pieces, and a write goes with
     * {@code IOCB_DSYNC|IOCB_SYNC} set on the one {@code kiocb} all three share, so the buffered head and
     * tail are synchronous too. v6.12 does all local IO buffered, whatever the application asked.
     */
    @KernelSymbol(value = "nfs_local_iters_init()", file = "fs/nfs/localio.c")
    static List<DioPiece> nfsLocalItersInit(NfsClient clp, OpaqueNfsdFile localio, NfsPgioHeader hdr) {
        if (newest(clp) && hdr.testBit(NfsPgioHeader.NFS_IOHDR_ODIRECT)) {
            NfsLocalDio dio = nfsIsLocalDioPossible(clp, localio, hdr, hdr.count);
            if (dio != null) {
                List<DioPiece> pieces = nfsLocalItersSetupDio(hdr, dio);
                if (!pieces.isEmpty()) {
                    if (!hdr.isRead()) {
                        // Ensure the direct write's data is on stable storage when it completes.
                        hdr.dioIocbFlags = File.IOCB_DSYNC | File.IOCB_SYNC;
                    }
                    return pieces;
                }
            }
        }
        return List.of(new DioPiece(hdr.offset, hdr.count, false));
    }

    /**
     * {@code nfs_is_local_dio_possible()}: asks nfsd for the file's alignment
     * ({@code nfsd_file_dio_alignment()}; a read uses {@code dio_read_offset_align}) and cuts the request
     * at the first and last multiple of the offset alignment inside it; {@code null} when the filesystem
     * reported no alignment or the request is shorter than one unit.
     */
    @KernelSymbol(value = "nfs_is_local_dio_possible()", file = "fs/nfs/localio.c")
    static NfsLocalDio nfsIsLocalDioPossible(NfsClient clp, OpaqueNfsdFile localio, NfsPgioHeader hdr, int len) {
        DioAlignment a = clp.nfs.nfsLocalio().nfsTo().nfsdFileDioAlignment(localio);
        int memAlign = a.memAlign();
        int offsetAlign = hdr.isRead() ? a.readOffsetAlign() : a.offsetAlign();
        if (memAlign == 0 || offsetAlign == 0 || len < offsetAlign) {
            return null;
        }
        long offset = hdr.offset;
        long startEnd = roundUp(offset, offsetAlign);
        long origEnd = offset + len;
        long middleEnd = roundDown(origEnd, offsetAlign);
        return new NfsLocalDio(memAlign, offsetAlign, startEnd, middleEnd, (int) (startEnd - offset),
                (int) (middleEnd - startEnd), (int) (origEnd - middleEnd));
    }

    private static long roundUp(long x, int align) {
        return (x + align - 1) & -(long) align;
    }

    private static long roundDown(long x, int align) {
        return x & -(long) align;
    }

    /**
     * {@code nfs_local_iters_setup_dio()}: the head if it is not empty, the middle (even empty), the tail
     * if it is not empty; none at all when the middle is misaligned in memory or length
     * ({@code nfs_iov_iter_aligned_bvec()}), and the request is then done buffered in one piece.
     */
    @KernelSymbol(value = "nfs_local_iters_setup_dio()", file = "fs/nfs/localio.c")
    static List<DioPiece> nfsLocalItersSetupDio(NfsPgioHeader hdr, NfsLocalDio dio) {
        List<DioPiece> pieces = new ArrayList<>(3);
        if (dio.startLen() > 0) {
            pieces.add(new DioPiece(hdr.offset, dio.startLen(), false));
        }
        if (!nfsIovIterAlignedBvec(hdr.pgbase + (long) dio.startLen(), dio.middleLen(), dio.memAlign() - 1,
                dio.offsetAlign() - 1)) {
            return List.of(); // no DIO-aligned IO possible
        }
        pieces.add(new DioPiece(dio.middleOffset(), dio.middleLen(), true));
        if (dio.endLen() > 0) {
            pieces.add(new DioPiece(dio.endOffset(), dio.endLen(), false));
        }
        return pieces;
    }

    /**
     * {@code nfs_iov_iter_aligned_bvec()}: the length a multiple of the offset alignment and the start
     * address of the memory of the model's one contiguous buffer a multiple of the memory alignment.
     */
    private static boolean nfsIovIterAlignedBvec(long addr, int size, int addrMask, int lenMask) {
        return (size & lenMask) == 0 && (addr & addrMask) == 0;
    }

    /**
     * {@code nfs_local_call_read()} with {@code nfs_local_read_done()}: reads each piece on the file nfsd
     * opened, direct ones with {@code IOCB_DIRECT}, stopping at an error or a short read. The reply says
     * end of file when the read came back short, or reached the size the file has once the read is done:
     * a short read is end of file even if the file grew meanwhile.
     */
    @KernelSymbol(value = "nfs_local_read_done()", file = "fs/nfs/localio.c")
    static void nfsDoLocalRead(File file, NfsPgioHeader hdr, List<DioPiece> pieces) {
        byte[] buf = new byte[Math.max(hdr.count, 0)];
        int total = 0;
        try {
            for (DioPiece p : pieces) {
                int at = (int) (p.offset() - hdr.offset);
                int flags = p.dioAligned() ? File.IOCB_DIRECT : 0;
                hdr.iters.add(new NfsLocalIter(p.offset(), p.count(), p.dioAligned(), flags));
                int n = file.vfsIterRead(ByteBuffer.wrap(buf, at, p.count()), p.offset(), flags, hdr.pgbase + (long) at);
                total += n;
                if (n < p.count()) {
                    break;
                }
            }
            hdr.resCount = total;
            hdr.resData = Arrays.copyOf(buf, total);
            hdr.resEof = hdr.resCount != hdr.count || hdr.offset + hdr.resCount >= file.iSizeRead();
        } catch (ErrnoException e) {
            hdr.resCount = total;
            hdr.tkStatus = e.errno();
        } catch (IOException e) {
            hdr.resCount = total;
            hdr.tkStatus = Errno.EIO;
        }
    }

    /** A local read done buffered in one piece, as v6.12 does every local read. */
    static void nfsDoLocalRead(File file, NfsPgioHeader hdr) {
        nfsDoLocalRead(file, hdr, List.of(new DioPiece(hdr.offset, hdr.count, false)));
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
     * {@code nfs_local_do_write()} with {@code nfs_local_call_write()}: writes each piece, direct ones
     * with {@code IOCB_DIRECT}, all with the stability's flags and, for a request cut for direct IO,
     * {@code IOCB_DSYNC|IOCB_SYNC}. The reply carries the client's own boot verifier and the stability
     * asked for ({@code nfs_set_local_verifier()}); a short write is {@code ENOSPC}, and any error resets
     * the verifier so that unstable data is sent again.
     */
    private static void nfsDoLocalWrite(NfsClient clp, File file, NfsPgioHeader hdr, List<DioPiece> pieces) {
        hdr.resVerf = clp.nfsCopyBootVerifier();
        hdr.resCommitted = hdr.stable;
        int total = 0;
        try {
            for (DioPiece p : pieces) {
                int at = (int) (p.offset() - hdr.offset);
                int flags = iocbFlags(hdr.stable) | hdr.dioIocbFlags | (p.dioAligned() ? File.IOCB_DIRECT : 0);
                hdr.iters.add(new NfsLocalIter(p.offset(), p.count(), p.dioAligned(), flags));
                int n = file.vfsIterWrite(ByteBuffer.wrap(hdr.data, at, p.count()), p.offset(), flags,
                        hdr.pgbase + (long) at);
                total += n;
                if (n < p.count()) {
                    break;
                }
            }
            hdr.resCount = total;
            if (hdr.resCount < hdr.count) {
                hdr.tkStatus = Errno.ENOSPC;
            }
        } catch (ErrnoException e) {
            hdr.resCount = total;
            hdr.tkStatus = e.errno();
        } catch (IOException e) {
            hdr.resCount = total;
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

package dev.localio.linux.fs.nfs;

import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.util.ArrayList;
import java.util.List;

/**
 * One read or write on its way: the file, the credential and open mode of the context it was
 * issued from, what to read or write, and what came back. Filled by whichever path serves it,
 * local or RPC; used by one thread from start to end.
 *
 * <p>Models include/linux/nfs_xdr.h: {@code struct nfs_pgio_header} ({@code cred},
 * {@code rw_mode}, {@code args.fh}, {@code args.offset}, {@code args.count}, {@code args.stable},
 * {@code res.count}, {@code res.eof}, {@code res.verf}, {@code task.tk_status}, {@code flags} with
 * {@code NFS_IOHDR_ODIRECT}, {@code args.pgbase}); the pages are a byte array whose first byte sits
 * {@code pgbase} bytes into a page.
 */
@KernelSymbol(value = "struct nfs_pgio_header", file = "include/linux/nfs_xdr.h")
public final class NfsPgioHeader {

    /**
     * {@code NFS_IOHDR_ODIRECT}, a bit of {@code hdr->flags}: the application asked for direct IO
     * ({@code O_DIRECT}); set by {@code nfs_direct_pgio_init()} in fs/nfs/direct.c.
     */
    @KernelSymbol(value = "NFS_IOHDR_ODIRECT", file = "include/linux/nfs_xdr.h")
    public static final int NFS_IOHDR_ODIRECT = 7;

    final NfsFh fh;
    final Cred cred;
    /** {@code hdr->rw_mode}: {@code FMODE_READ} or {@code FMODE_WRITE}. */
    final int rwMode;
    /** The open mode of the context the IO was issued from ({@code hdr->args.context->mode}). */
    final int ctxMode;
    final long offset;
    final int count;
    final StableHow stable;
    /** The data of a write. */
    final byte[] data;
    /** {@code hdr->flags}: {@code NFS_IOHDR_*} bits. */
    long flags;
    /**
     * {@code hdr->args.pgbase}: where the data starts in its first page, so the memory address of byte
     * {@code i} of the request, as the model counts addresses, is {@code pgbase + i}. 0 unless a test says
     * otherwise: the model's buffers start on a page.
     */
    int pgbase;
    /**
     * The {@code IOCB_DSYNC|IOCB_SYNC} that [D] sets on the {@code kiocb} of a write it cut for direct IO
     * ({@code nfs_local_iters_init()}); 0 otherwise.
     */
    int dioIocbFlags;
    /** The pieces the local IO was issued in, in order; empty when it went over RPC. */
    final List<NfsLocalIter> iters = new ArrayList<>();

    int resCount;
    boolean resEof;
    byte[] resData = new byte[0];
    long resVerf;
    StableHow resCommitted;
    /** {@code task.tk_status} as an errno; {@code null} on success. */
    Errno tkStatus;
    NfsIo.Path path;
    Errno localioError;

    private NfsPgioHeader(NfsFh fh, Cred cred, int rwMode, int ctxMode, long offset, int count,
            StableHow stable, byte[] data) {
        this.fh = fh;
        this.cred = cred;
        this.rwMode = rwMode;
        this.ctxMode = ctxMode;
        this.offset = offset;
        this.count = count;
        this.stable = stable;
        this.data = data;
    }

    /**
     * A read of {@code count} bytes at {@code offset} of {@code fh}, issued from a context opened with
     * {@code ctxMode}.
     */
    public static NfsPgioHeader read(NfsFh fh, Cred cred, int ctxMode, long offset, int count) {
        return new NfsPgioHeader(fh, cred, Fmode.FMODE_READ, ctxMode, offset, count, null, new byte[0]);
    }

    /** A write of {@code data} at {@code offset} of {@code fh} with stability {@code stable}. */
    public static NfsPgioHeader write(NfsFh fh, Cred cred, int ctxMode, long offset, byte[] data, StableHow stable) {
        return new NfsPgioHeader(fh, cred, Fmode.FMODE_WRITE, ctxMode, offset, data.length, stable,
                data.clone());
    }

    /** {@code nfs_direct_pgio_init()}: the IO belongs to an {@code O_DIRECT} request. */
    @KernelSymbol(value = "nfs_direct_pgio_init()", file = "fs/nfs/direct.c")
    public NfsPgioHeader nfsDirectPgioInit() {
        flags |= 1L << NFS_IOHDR_ODIRECT;
        return this;
    }

    /** {@code test_bit(bit, &hdr->flags)}. */
    boolean testBit(int bit) {
        return (flags & (1L << bit)) != 0;
    }

    boolean isRead() {
        return rwMode == Fmode.FMODE_READ;
    }

    /** The finished IO. */
    public NfsIo result() {
        return new NfsIo(isRead() ? NfsIo.Op.READ : NfsIo.Op.WRITE, path, tkStatus, resCount, resEof,
                resData, resVerf, resCommitted, localioError, List.copyOf(iters));
    }
}

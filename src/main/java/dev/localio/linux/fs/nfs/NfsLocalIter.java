package dev.localio.linux.fs.nfs;

import dev.localio.linux.fs.File;

/**
 * One piece of a local read or write as the client issued it to the file nfsd opened: where, how
 * many bytes, whether direct, and the {@code IOCB_*} flags it went with. A local IO is one buffered
 * piece, except in design [D] for an {@code O_DIRECT} request, which may be up to three (a buffered
 * head, a direct middle, a buffered tail).
 *
 * <p>Models fs/nfs/localio.c: one of {@code iocb->iters[NFSLOCAL_MAX_IOS]} with its
 * {@code iocb->iter_is_dio_aligned[]}, and the {@code kiocb.ki_flags} it was issued with.
 *
 * @param offset    the file offset the piece starts at
 * @param count     its length in bytes
 * @param direct    whether it went as direct IO ({@code IOCB_DIRECT})
 * @param iocbFlags the {@code IOCB_*} flags it was issued with
 */
public record NfsLocalIter(long offset, int count, boolean direct, int iocbFlags) {

    /** Whether it was issued with {@code IOCB_DSYNC} and {@code IOCB_SYNC}. */
    public boolean sync() {
        return (iocbFlags & (File.IOCB_DSYNC | File.IOCB_SYNC)) == (File.IOCB_DSYNC | File.IOCB_SYNC);
    }

    @Override
    public String toString() {
        return count + " bytes " + (direct ? "direct" : "buffered") + " at " + offset + (sync() ? " DSYNC|SYNC"
                : (iocbFlags & File.IOCB_DSYNC) != 0 ? " DSYNC" : "");
    }
}

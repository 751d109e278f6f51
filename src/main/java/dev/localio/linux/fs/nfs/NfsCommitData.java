package dev.localio.linux.fs.nfs;

import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;

/**
 * One commit on its way: the file, credential and open mode, the range, and the verifier that came
 * back. Used by one thread from start to end.
 *
 * <p>Models include/linux/nfs_xdr.h: {@code struct nfs_commit_data} ({@code cred},
 * {@code args.fh}, {@code args.offset}, {@code args.count}, {@code res.verf},
 * {@code task.tk_status}).
 */
final class NfsCommitData {

    final NfsFh fh;
    final Cred cred;
    final int ctxMode;
    final long offset;
    /** Bytes to commit from {@link #offset}; 0 means to the end of the file. */
    final int count;

    long resVerf;
    StableHow resCommitted;
    Errno tkStatus;
    NfsIo.Path path;
    Errno localioError;

    NfsCommitData(NfsFh fh, Cred cred, int ctxMode, long offset, int count) {
        this.fh = fh;
        this.cred = cred;
        this.ctxMode = ctxMode;
        this.offset = offset;
        this.count = count;
    }

    /** The finished commit. */
    NfsIo result() {
        return new NfsIo(NfsIo.Op.COMMIT, path, tkStatus, 0, false, new byte[0], resVerf, resCommitted,
                localioError, java.util.List.of());
    }
}

package dev.localio.linux.fs.nfs;

import dev.localio.linux.fs.nfs_common.NfsFileLocalio;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.util.List;

/**
 * A file a user opened on a mount: the file's handle, the user's credential and the open mode.
 * Every read, write and commit issued through it first tries LOCALIO with that credential and mode
 * and otherwise goes over RPC (see {@link NfsServer}). Reading needs {@code FMODE_READ}, writing
 * and committing {@code FMODE_WRITE}, as the VFS checks before NFS sees the IO.
 *
 * <p>Models include/linux/nfs_fs.h: {@code struct nfs_open_context} ({@code cred}, {@code mode},
 * {@code dentry}, and in [D] {@code nfl}); its IO entry points stand for the VFS read, write and fsync
 * calls, {@link #close()} for the last close.
 */
@KernelSymbol(value = "struct nfs_open_context", file = "include/linux/nfs_fs.h")
public final class NfsOpenContext {

    /** {@code O_DIRECT}, an open flag: the application asks for direct IO on the file. */
    @KernelSymbol(value = "O_DIRECT", file = "include/uapi/asm-generic/fcntl.h")
    public static final int O_DIRECT = 040000;

    private final NfsServer server;
    private final String path;
    private final NfsFh fh;
    private final Cred cred;
    private final int mode;
    /** {@code file->f_flags & O_DIRECT}: its reads and writes go through fs/nfs/direct.c. */
    private final boolean oDirect;
    /** [D] {@code ctx->nfl}: the files nfsd opened for this context, cached. */
    private final NfsFileLocalio nfl = new NfsFileLocalio();

    NfsOpenContext(NfsServer server, String path, NfsFh fh, Cred cred, int mode, boolean oDirect) {
        this.oDirect = oDirect;
        this.server = server;
        this.path = path;
        this.fh = fh;
        this.cred = cred;
        this.mode = mode;
    }

    /** Reads up to {@code count} bytes at {@code offset}. */
    public NfsIo read(long offset, int count) {
        if ((mode & Fmode.FMODE_READ) == 0) {
            return refused(NfsIo.Op.READ);
        }
        return server.nfsPageioRead(this, offset, count);
    }

    /** Writes {@code data} at {@code offset} with the stability {@code stable}. */
    public NfsIo write(long offset, byte[] data, StableHow stable) {
        if ((mode & Fmode.FMODE_WRITE) == 0) {
            return refused(NfsIo.Op.WRITE);
        }
        return server.nfsPageioWrite(this, offset, data, stable);
    }

    /** Commits {@code count} bytes from {@code offset} (0: to the end of the file). */
    public NfsIo commit(long offset, int count) {
        if ((mode & Fmode.FMODE_WRITE) == 0) {
            return refused(NfsIo.Op.COMMIT);
        }
        return server.nfsCommit(this, offset, count);
    }

    /**
     * The user closes the file ({@code put_nfs_open_context()} of the last reference): [D] puts the
     * files the context cached. Idempotent.
     */
    public void close() {
        server.nfsCloseContext(this);
    }

    NfsIo readAndClose(long offset, int count) {
        try {
            return read(offset, count);
        } finally {
            close();
        }
    }

    NfsIo writeAndClose(long offset, byte[] data, StableHow stable) {
        try {
            return write(offset, data, stable);
        } finally {
            close();
        }
    }

    NfsIo commitAndClose(long offset, int count) {
        try {
            return commit(offset, count);
        } finally {
            close();
        }
    }

    /** [D] {@code ctx->nfl}. */
    public NfsFileLocalio nfl() {
        return nfl;
    }

    private static NfsIo refused(NfsIo.Op op) {
        return new NfsIo(op, null, Errno.EBADF, 0, false, new byte[0], 0, null, null, List.of());
    }

    /** The mount the file is on. */
    public NfsServer server() {
        return server;
    }

    /** The file's path below the mount. */
    public String path() {
        return path;
    }

    /** The file's handle on the mount's server. */
    public NfsFh fh() {
        return fh;
    }

    /** {@code ctx->cred}. */
    public Cred cred() {
        return cred;
    }

    /** Whether the file was opened with {@link #O_DIRECT}. */
    public boolean oDirect() {
        return oDirect;
    }

    /** {@code ctx->mode}: {@code FMODE_READ} and/or {@code FMODE_WRITE}. */
    public int mode() {
        return mode;
    }

    @Override
    public String toString() {
        return "open " + path + " as " + cred.fsuid() + " mode " + mode + " on " + server;
    }
}

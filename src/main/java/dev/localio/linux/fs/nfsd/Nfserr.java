package dev.localio.linux.fs.nfsd;

import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.KernelSymbol;

/**
 * The status an nfsd operation returns, with its NFS wire value.
 *
 * <p>Models include/uapi/linux/nfs.h: {@code enum nfs_stat} (nfsd's {@code nfserr_*} are these
 * in network byte order), fs/nfsd/vfs.c: {@code nfserrno()}, and fs/nfs_common/common.c:
 * {@code nfs_stat_to_errno()}.
 */
public enum Nfserr {
    NFS_OK(0, null),
    @KernelSymbol(value = "NFSERR_PERM", file = "include/uapi/linux/nfs.h")
    NFSERR_PERM(1, Errno.EPERM),
    NFSERR_NOENT(2, Errno.ENOENT),
    NFSERR_IO(5, Errno.EIO),
    @KernelSymbol(value = "NFSERR_NXIO", file = "include/uapi/linux/nfs.h")
    NFSERR_NXIO(6, Errno.ENXIO),
    NFSERR_ACCES(13, Errno.EACCES),
    NFSERR_EXIST(17, Errno.EEXIST),
    NFSERR_XDEV(18, Errno.EXDEV),
    NFSERR_NODEV(19, Errno.ENODEV),
    NFSERR_NOTDIR(20, Errno.ENOTDIR),
    NFSERR_ISDIR(21, Errno.EISDIR),
    NFSERR_INVAL(22, Errno.EINVAL),
    NFSERR_FBIG(27, Errno.EFBIG),
    NFSERR_NOSPC(28, Errno.ENOSPC),
    NFSERR_ROFS(30, Errno.EROFS),
    NFSERR_MLINK(31, Errno.EMLINK),
    NFSERR_NAMETOOLONG(63, Errno.ENAMETOOLONG),
    NFSERR_NOTEMPTY(66, Errno.ENOTEMPTY),
    NFSERR_DQUOT(69, Errno.EDQUOT),
    NFSERR_STALE(70, Errno.ESTALE),
    NFSERR_REMOTE(71, Errno.EREMOTE),
    NFSERR_BADHANDLE(10001, Errno.EBADHANDLE),
    NFSERR_NOT_SYNC(10002, Errno.ENOTSYNC),
    NFSERR_BAD_COOKIE(10003, Errno.EBADCOOKIE),
    NFSERR_NOTSUPP(10004, Errno.ENOTSUPP),
    NFSERR_TOOSMALL(10005, Errno.ETOOSMALL),
    NFSERR_SERVERFAULT(10006, Errno.EREMOTEIO),
    NFSERR_BADTYPE(10007, Errno.EBADTYPE),
    NFSERR_JUKEBOX(10008, Errno.EJUKEBOX),
    /** NFSv4's {@code NFS4ERR_WRONGSEC}; {@code nfs_stat_to_errno()} does not know it (EIO). */
    NFSERR_WRONGSEC(10016, Errno.EIO);

    private final int value;
    private final Errno errno;

    Nfserr(int value, Errno errno) {
        this.value = value;
        this.errno = errno;
    }

    /** The status on the wire. */
    public int value() {
        return value;
    }

    /** Whether this is {@code nfs_ok}. */
    public boolean ok() {
        return this == NFS_OK;
    }

    /** {@code nfs_stat_to_errno()}: the errno a local caller sees; {@code null} for NFS_OK. */
    public Errno nfsStatToErrno() {
        return errno;
    }

    /** {@code nfserrno()}: the status for a VFS error; unknown errors become {@code nfserr_io}. */
    @KernelSymbol(value = "nfserrno()", file = "fs/nfsd/vfs.c")
    public static Nfserr nfserrno(Errno errno) {
        if (errno == null) {
            return NFS_OK;
        }
        switch (errno) {
            case ENOMEM:
            case EAGAIN:
                return NFSERR_JUKEBOX;
            case EOPNOTSUPP:
                return NFSERR_NOTSUPP;
            default:
                break;
        }
        for (Nfserr e : values()) {
            if (e.errno == errno && e != NFSERR_WRONGSEC && e != NFSERR_SERVERFAULT) {
                return e;
            }
        }
        return NFSERR_IO;
    }
}

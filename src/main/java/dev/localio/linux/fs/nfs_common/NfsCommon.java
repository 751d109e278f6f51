package dev.localio.linux.fs.nfs_common;

import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.KernelSymbol;

/**
 * The status-to-errno table the NFS client shares with nfsd's local callers: what an NFS status
 * from the wire means as a kernel error.
 *
 * <p>Models fs/nfs_common/common.c: {@code nfs_stat_to_errno()} and its {@code nfs_errtbl}.
 */
@KernelSymbol(value = "nfs_common", file = "fs/nfs_common/")
public final class NfsCommon {

    private NfsCommon() {
    }

    /**
     * {@code nfs_stat_to_errno()}: the errno for NFS status {@code status} (0 is success, for which
     * there is none: {@code null}). Below 30 the numbers agree; above, NFS has its own (STALE is 70,
     * ESTALE 116); the NFS-only statuses above 10000 map to the kernel's NFS-only errnos; a status the
     * table does not know is {@code EIO}, as the table's last entry says.
     */
    @KernelSymbol(value = "nfs_stat_to_errno()", file = "fs/nfs_common/common.c")
    public static Errno nfsStatToErrno(int status) {
        return switch (status) {
            case 0 -> null;
            case 1 -> Errno.EPERM;
            case 2 -> Errno.ENOENT;
            case 5 -> Errno.EIO;
            case 6 -> Errno.ENXIO;
            case 11 -> Errno.EAGAIN;
            case 13 -> Errno.EACCES;
            case 17 -> Errno.EEXIST;
            case 18 -> Errno.EXDEV;
            case 19 -> Errno.ENODEV;
            case 20 -> Errno.ENOTDIR;
            case 21 -> Errno.EISDIR;
            case 22 -> Errno.EINVAL;
            case 27 -> Errno.EFBIG;
            case 28 -> Errno.ENOSPC;
            case 30 -> Errno.EROFS;
            case 31 -> Errno.EMLINK;
            case 45 -> Errno.EOPNOTSUPP;
            case 63 -> Errno.ENAMETOOLONG;
            case 66 -> Errno.ENOTEMPTY;
            case 69 -> Errno.EDQUOT;
            case 70 -> Errno.ESTALE;
            case 71 -> Errno.EREMOTE;
            case 10001 -> Errno.EBADHANDLE;
            case 10002 -> Errno.ENOTSYNC;
            case 10003 -> Errno.EBADCOOKIE;
            case 10004 -> Errno.ENOTSUPP;
            case 10005 -> Errno.ETOOSMALL;
            case 10006 -> Errno.EREMOTEIO;
            case 10007 -> Errno.EBADTYPE;
            case 10008 -> Errno.EJUKEBOX;
            default -> Errno.EIO;
        };
    }
}

package dev.localio.linux.fs.nfs_common;

import dev.localio.linux.kernel.Errno;

/**
 * The status-to-errno table the NFS client shares with nfsd's local callers: what an NFS status
 * from the wire means as a kernel error.
 *
 * <p>Models fs/nfs_common/common.c: {@code nfs_stat_to_errno()} and its {@code nfs_errtbl}.
 */
public final class NfsCommon {

    private NfsCommon() {
    }

    /**
     * {@code nfs_stat_to_errno()}: the errno for NFS status {@code status} (0 is success, for which
     * there is none: {@code null}); the NFS-only statuses above 10000 map to the kernel's NFS-only
     * errnos, an unknown status to {@code EREMOTEIO}.
     */
    public static Errno nfsStatToErrno(int status) {
        return switch (status) {
            case 0 -> null;
            case 10001 -> Errno.EBADHANDLE;
            case 10002 -> Errno.ENOTSYNC;
            case 10003 -> Errno.EBADCOOKIE;
            case 10004 -> Errno.ENOTSUPP;
            case 10005 -> Errno.ETOOSMALL;
            case 10006 -> Errno.EREMOTEIO;
            case 10007 -> Errno.EBADTYPE;
            case 10008 -> Errno.EJUKEBOX;
            default -> known(status);
        };
    }

    private static Errno known(int status) {
        try {
            return Errno.fromValue(status);
        } catch (IllegalArgumentException e) {
            return Errno.EREMOTEIO;
        }
    }
}

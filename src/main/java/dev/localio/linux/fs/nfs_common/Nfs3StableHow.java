package dev.localio.linux.fs.nfs_common;

/**
 * How durable a WRITE must be before the reply: the client asks, the server says what it did.
 *
 * <p>Models include/uapi/linux/nfs.h: {@code enum nfs3_stable_how} ({@code NFS_UNSTABLE},
 * {@code NFS_DATA_SYNC}, {@code NFS_FILE_SYNC}).
 */
public enum Nfs3StableHow {
    NFS_UNSTABLE,
    NFS_DATA_SYNC,
    NFS_FILE_SYNC;

    /** The value on the wire. */
    public int value() {
        return ordinal();
    }
}

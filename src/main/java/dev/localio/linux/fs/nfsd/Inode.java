package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.AddressSpace;

/**
 * A file or directory of an exported filesystem: number, generation, type, owner and permission
 * bits. The data lives in a real file; ownership and mode live here, so the model can check
 * permissions and squash users without running as root.
 *
 * <p>Models include/linux/fs.h: {@code struct inode} ({@code i_ino}, {@code i_generation},
 * {@code i_mode}, {@code i_uid}, {@code i_gid}, {@code i_mapping}). Guarded by its own monitor.
 */
public final class Inode {

    /** {@code S_IFMT}, {@code S_IFREG}, {@code S_IFDIR}: the type bits of {@code i_mode}. */
    public static final int S_IFMT = 0170000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFDIR = 0040000;

    private final long ino;
    private final int generation;
    private final String path;
    private int mode;
    private int uid;
    private int gid;
    private final AddressSpace iMapping = new AddressSpace();

    Inode(long ino, int generation, String path, int mode, int uid, int gid) {
        this.ino = ino;
        this.generation = generation;
        this.path = path;
        this.mode = mode;
        this.uid = uid;
        this.gid = gid;
    }

    /** {@code i_ino}. */
    public long ino() {
        return ino;
    }

    /** {@code i_generation}: tells a reused inode number from the old file. */
    public int generation() {
        return generation;
    }

    /** The path below the export root ({@code ""} for the root). Model-only. */
    public String path() {
        return path;
    }

    /** {@code i_mode}: type and permission bits. */
    public synchronized int mode() {
        return mode;
    }

    /** {@code i_uid}. */
    public synchronized int uid() {
        return uid;
    }

    /** {@code i_gid}. */
    public synchronized int gid() {
        return gid;
    }

    /** {@code inode->i_mapping}: its page cache, shared by every open of the file. */
    public AddressSpace iMapping() {
        return iMapping;
    }

    /** {@code S_ISDIR(inode->i_mode)}. */
    public boolean isDir() {
        return (mode() & S_IFMT) == S_IFDIR;
    }

    /** {@code S_ISREG(inode->i_mode)}. */
    public boolean isReg() {
        return (mode() & S_IFMT) == S_IFREG;
    }

    /** {@code notify_change()} for mode: keeps the type bits. */
    public synchronized void setPermissions(int perm) {
        mode = (mode & S_IFMT) | (perm & 07777);
    }

    /** {@code notify_change()} for owner. */
    public synchronized void setOwner(int newUid, int newGid) {
        uid = newUid;
        gid = newGid;
    }

    @Override
    public synchronized String toString() {
        return "inode " + ino + " /" + path + " mode=0" + Integer.toOctalString(mode) + " uid=" + uid
                + " gid=" + gid;
    }
}

package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.DioAlignment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inodes of one exported directory tree: the model's stand-in for the filesystem under an
 * export. Inode numbers are stable for the table's life (it outlives nfsd restarts and namespace
 * teardown, as a disk does), so a client's file handle stays valid across them. Every inode is a
 * real file or directory below {@link #root()}.
 *
 * <p>No single kernel structure: it plays the VFS's part (the superblock's inodes, lookup,
 * create) for fs/nfsd/vfs.c. Thread-safe.
 */
public final class InodeTable {

    /** The root's inode number, as on ext4. */
    public static final long ROOT_INO = 2;

    private final Path root;
    private final int fsid;
    private final Map<Long, Inode> byIno = new HashMap<>();
    private final Map<String, Inode> byPath = new HashMap<>();
    private long nextIno = ROOT_INO + 1;
    private volatile DioAlignment dioAlignment = DioAlignment.NONE;

    /**
     * The table of the tree at {@code root} (which must be a directory), root owned by 0:0, 0755;
     * {@code fsid} is the number exports of it use unless told otherwise ({@code fsid=}).
     */
    public InodeTable(Path root, int fsid) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a directory");
        }
        this.root = root.toAbsolutePath().normalize();
        this.fsid = fsid;
        Inode r = new Inode(ROOT_INO, 1, "", Inode.S_IFDIR | 0755, 0, 0);
        byIno.put(ROOT_INO, r);
        byPath.put("", r);
    }

    /** The filesystem's default export id. */
    public int fsid() {
        return fsid;
    }

    /**
     * What {@code statx()} reports for direct IO on this filesystem's regular files
     * ({@code STATX_DIOALIGN}, {@code STATX_DIO_READ_ALIGN}). Java cannot ask the real disk, so the
     * model's filesystems report none ({@link DioAlignment#NONE}) until told otherwise.
     */
    public DioAlignment dioAlignment() {
        return dioAlignment;
    }

    /** Sets what {@link #dioAlignment()} reports: a filesystem on a disk with that alignment. */
    public void setDioAlignment(DioAlignment dio) {
        this.dioAlignment = dio;
    }

    /** The real directory. */
    public Path root() {
        return root;
    }

    /** The root inode. */
    public Inode rootInode() {
        return iget(ROOT_INO, 1);
    }

    /** {@code iget}: the inode {@code ino} if its generation matches, else {@code null}. */
    public synchronized Inode iget(long ino, int generation) {
        Inode i = byIno.get(ino);
        return i != null && i.generation() == generation ? i : null;
    }

    /** {@code lookup_one_len()}: {@code name} in directory {@code dir}, or {@code null}. */
    public synchronized Inode lookup(Inode dir, String name) {
        return byPath.get(child(dir, name));
    }

    /** The inode at {@code relPath} below the root, or {@code null}. */
    public synchronized Inode lookupPath(String relPath) {
        return byPath.get(relPath);
    }

    /**
     * {@code vfs_create()}/{@code vfs_mkdir()}: a new file or directory {@code name} in
     * {@code dir}, owned by {@code uid}:{@code gid}, made on disk too.
     *
     * @param mode type and permission bits ({@code S_IFREG | 0644}, ...)
     * @return the new inode, or {@code null} if the name exists
     */
    public synchronized Inode create(Inode dir, String name, int mode, int uid, int gid) {
        String path = child(dir, name);
        if (byPath.containsKey(path)) {
            return null;
        }
        Path real = root.resolve(path);
        try {
            if ((mode & Inode.S_IFMT) == Inode.S_IFDIR) {
                Files.createDirectory(real);
            } else {
                Files.createFile(real);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Inode i = new Inode(nextIno++, 1, path, mode, uid, gid);
        byIno.put(i.ino(), i);
        byPath.put(path, i);
        return i;
    }

    /**
     * Test and scenario setup: the regular file {@code relPath} (parents made as root-owned 0755
     * directories), owned by {@code uid}:{@code gid} with permission bits {@code perm}, holding
     * {@code content}.
     */
    public synchronized Inode createFile(String relPath, int uid, int gid, int perm, byte[] content) {
        Inode dir = rootInode();
        String[] parts = relPath.split("/");
        for (int k = 0; k < parts.length - 1; k++) {
            Inode next = lookup(dir, parts[k]);
            dir = next != null ? next : create(dir, parts[k], Inode.S_IFDIR | 0755, 0, 0);
        }
        Inode f = create(dir, parts[parts.length - 1], Inode.S_IFREG | perm, uid, gid);
        if (f == null) {
            throw new IllegalArgumentException(relPath + " exists");
        }
        try {
            Files.write(realPath(f), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    /**
     * {@code dentry_open()}: the real file of {@code inode}, open for reading and/or writing. The
     * only place nfsd's file cache touches the real filesystem, so that a model checker can treat
     * the VFS as one step.
     */
    public FileChannel dentryOpen(Inode inode, boolean read, boolean write) throws IOException {
        List<OpenOption> opts = new ArrayList<>();
        if (read) {
            opts.add(StandardOpenOption.READ);
        }
        if (write) {
            opts.add(StandardOpenOption.WRITE);
        }
        return FileChannel.open(realPath(inode), opts.toArray(new OpenOption[0]));
    }

    /** The real file of {@code inode}. */
    public Path realPath(Inode inode) {
        return root.resolve(inode.path());
    }

    private static String child(Inode dir, String name) {
        if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("bad name " + name);
        }
        return dir.path().isEmpty() ? name : dir.path() + "/" + name;
    }
}

package dev.localio.linux.fs;

import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.KernelSymbol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * An open file: the real file's channel and the page cache of its inode. Reads and writes go through
 * it with the kernel's flags, so that a write leaves the inode dirty unless it was asked to be
 * synchronous, and an fsync makes it clean, whoever does it: nfsd for an RPC, or a LOCALIO client on
 * the file nfsd opened for it.
 *
 * <p>Models include/linux/fs.h: {@code struct file} ({@code f_mapping}), {@code IOCB_DSYNC},
 * {@code IOCB_SYNC}, {@code i_size_read()}; fs/read_write.c: {@code vfs_iter_read()},
 * {@code vfs_iter_write()}; include/linux/fs.h: {@code generic_write_sync()}; fs/sync.c:
 * {@code vfs_fsync_range()}; fs/file_table.c: {@code fput()}; and {@code IOCB_DIRECT}, direct IO
 * as the VFS and a block filesystem do it ({@code kiocb_write_and_wait()},
 * {@code kiocb_invalidate_pages()} in mm/filemap.c, the filesystem's alignment check): Java cannot
 * open a file {@code O_DIRECT}, so a direct IO goes through the same channel as a buffered one and
 * differs in what the model can see: it must be aligned to the file's {@link DioAlignment} or it
 * fails with {@code -EINVAL}, it first writes back what the page cache holds dirty (the whole file, as
 * an fsync of the model does), and a direct write leaves no dirty page behind.
 */
public final class File {

    /** {@code IOCB_DSYNC}: the write returns once its data is durable ({@code RWF_DSYNC}). */
    @KernelSymbol(value = "IOCB_DSYNC", file = "include/linux/fs.h")
    public static final int IOCB_DSYNC = 0x2;
    /** {@code IOCB_SYNC}: with {@link #IOCB_DSYNC}, metadata too ({@code RWF_SYNC}). */
    @KernelSymbol(value = "IOCB_SYNC", file = "include/linux/fs.h")
    public static final int IOCB_SYNC = 0x4;
    /** {@code IOCB_DIRECT}: the IO bypasses the page cache and must be aligned ({@code O_DIRECT}). */
    @KernelSymbol(value = "IOCB_DIRECT", file = "include/linux/fs.h")
    public static final int IOCB_DIRECT = 1 << 17;

    private final FileChannel channel;
    private final AddressSpace fMapping;
    private final DioAlignment dio;

    /** A file open on {@code channel}, whose inode's page cache is {@code fMapping}, on a filesystem without direct IO. */
    public File(FileChannel channel, AddressSpace fMapping) {
        this(channel, fMapping, DioAlignment.NONE);
    }

    /** A file open on {@code channel}, whose inode's page cache is {@code fMapping}, whose filesystem aligns direct IO as {@code dio}. */
    public File(FileChannel channel, AddressSpace fMapping, DioAlignment dio) {
        this.channel = channel;
        this.fMapping = fMapping;
        this.dio = dio;
    }

    /** What the file's filesystem asks of a direct IO ({@code vfs_getattr()} with {@code STATX_DIOALIGN}). */
    public DioAlignment dioAlignment() {
        return dio;
    }

    /** {@code file->f_mapping}. */
    public AddressSpace fMapping() {
        return fMapping;
    }

    /**
     * {@code vfs_iter_read()}: fills {@code buf} from {@code pos} until it is full or the file ends.
     *
     * @return the number of bytes read
     */
    public int vfsIterRead(ByteBuffer buf, long pos) throws IOException {
        return vfsIterRead(buf, pos, 0, 0);
    }

    /**
     * {@code read_iter()} with {@code iocbFlags}: as {@link #vfsIterRead(ByteBuffer, long)}; with
     * {@link #IOCB_DIRECT} the read must be aligned (offset and length to the read alignment, the
     * buffer's address {@code bufAddr} to the memory alignment), else {@code -EINVAL}, and dirty
     * pages are written back first.
     */
    public int vfsIterRead(ByteBuffer buf, long pos, int iocbFlags, long bufAddr) throws IOException {
        if ((iocbFlags & IOCB_DIRECT) != 0) {
            dioCheck("read", pos, buf.remaining(), bufAddr, dio.readAlign());
            kiocbWriteAndWait();
        }
        int total = 0;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, pos + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /**
     * {@code vfs_iter_write()} then {@code generic_write_sync()}: writes what {@code buf} holds at
     * {@code pos}, which dirties the page cache; with {@link #IOCB_DSYNC} the written range is then
     * synced ({@link #IOCB_SYNC} adds the metadata).
     *
     * @return the number of bytes written (fewer than asked when the device stops taking them)
     */
    public int vfsIterWrite(ByteBuffer buf, long pos, int iocbFlags) throws IOException {
        return vfsIterWrite(buf, pos, iocbFlags, 0);
    }

    /**
     * {@code write_iter()} then {@code generic_write_sync()}: as {@link #vfsIterWrite(ByteBuffer, long, int)};
     * with {@link #IOCB_DIRECT} the write must be aligned as {@link #vfsIterRead(ByteBuffer, long, int, long)}
     * says (with the write alignment), else {@code -EINVAL}; dirty pages are written back first
     * ({@code kiocb_invalidate_pages()}) and the write dirties none.
     */
    public int vfsIterWrite(ByteBuffer buf, long pos, int iocbFlags, long bufAddr) throws IOException {
        boolean direct = (iocbFlags & IOCB_DIRECT) != 0;
        if (direct) {
            dioCheck("write", pos, buf.remaining(), bufAddr, dio.offsetAlign());
            kiocbWriteAndWait();
        }
        int total = 0;
        while (buf.hasRemaining()) {
            int n = channel.write(buf, pos + total);
            if (n <= 0) {
                break;
            }
            total += n;
        }
        if (total > 0 && !direct) {
            fMapping.filemapDirtyFolio();
        }
        if ((iocbFlags & IOCB_DSYNC) != 0 && total > 0) {
            vfsFsyncRange(pos, pos + total - 1, (iocbFlags & IOCB_SYNC) == 0);
        }
        return total;
    }

    /**
     * {@code vfs_fsync_range()}: makes the data from {@code start} to {@code end} (inclusive; pass
     * {@link Long#MAX_VALUE} for "to the end") durable, and the metadata unless {@code datasync}.
     * The model syncs the whole file and cleans the whole mapping.
     */
    @KernelSymbol(value = "vfs_fsync_range()", file = "fs/sync.c")
    public void vfsFsyncRange(long start, long end, boolean datasync) throws IOException {
        channel.force(!datasync);
        fMapping.fileWriteAndWaitRange();
    }

    /**
     * The filesystem's check of a direct IO ({@code iomap_dio_rw()} and the like): a file whose
     * filesystem reports no alignment takes none, and offset, length and buffer address must be
     * multiples of what it reports.
     */
    private void dioCheck(String what, long pos, int len, long bufAddr, int offsetAlign) throws ErrnoException {
        int memAlign = dio.memAlign();
        if (memAlign == 0 || offsetAlign == 0) {
            throw new ErrnoException(Errno.EINVAL, "direct " + what + " on a filesystem without direct IO");
        }
        if (((pos | len) & (offsetAlign - 1)) != 0 || (bufAddr & (memAlign - 1)) != 0) {
            throw new ErrnoException(Errno.EINVAL, "misaligned direct " + what + " of " + len + " bytes at " + pos
                    + " from buffer address " + bufAddr + " (offset alignment " + offsetAlign + ", memory "
                    + memAlign + ")");
        }
    }

    /**
     * {@code kiocb_write_and_wait()}: a direct IO first writes back the dirty pages of its range; the
     * model's mark is per file, so this syncs the whole file as its fsync does.
     */
    private void kiocbWriteAndWait() throws IOException {
        if (fMapping.mappingTagged(AddressSpace.PAGECACHE_TAG_DIRTY)) {
            channel.force(false);
            fMapping.fileWriteAndWaitRange();
        }
    }

    /** {@code i_size_read(file_inode(file))}. */
    public long iSizeRead() throws IOException {
        return channel.size();
    }

    /** {@code fput()} of the last reference: closes the file. */
    public void fput() throws IOException {
        channel.close();
    }
}

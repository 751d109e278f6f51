package dev.localio.linux.fs;

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
 * {@code vfs_fsync_range()}; fs/file_table.c: {@code fput()}.
 */
public final class File {

    /** {@code IOCB_DSYNC}: the write returns once its data is durable ({@code RWF_DSYNC}). */
    @KernelSymbol(value = "IOCB_DSYNC", file = "include/linux/fs.h")
    public static final int IOCB_DSYNC = 0x2;
    /** {@code IOCB_SYNC}: with {@link #IOCB_DSYNC}, metadata too ({@code RWF_SYNC}). */
    public static final int IOCB_SYNC = 0x4;

    private final FileChannel channel;
    private final AddressSpace fMapping;

    /** A file open on {@code channel}, whose inode's page cache is {@code fMapping}. */
    public File(FileChannel channel, AddressSpace fMapping) {
        this.channel = channel;
        this.fMapping = fMapping;
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
        int total = 0;
        while (buf.hasRemaining()) {
            int n = channel.write(buf, pos + total);
            if (n <= 0) {
                break;
            }
            total += n;
        }
        if (total > 0) {
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

    /** {@code i_size_read(file_inode(file))}. */
    public long iSizeRead() throws IOException {
        return channel.size();
    }

    /** {@code fput()} of the last reference: closes the file. */
    public void fput() throws IOException {
        channel.close();
    }
}

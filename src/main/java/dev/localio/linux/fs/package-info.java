/**
 * The VFS objects both NFS sides touch: an open file ({@link dev.localio.linux.fs.File}, what
 * {@code nfsd_file_file()} hands the LOCALIO client) and the page cache of its inode
 * ({@link dev.localio.linux.fs.AddressSpace}), whose dirty mark says whether written data still
 * waits for an fsync. nfsd's READ, WRITE and COMMIT and the client's local read, write and commit
 * go through the same calls ({@code vfs_iter_read()}, {@code vfs_iter_write()},
 * {@code vfs_fsync_range()}), so both paths leave the same state behind.
 *
 * <p>Simplified against the kernel: the page cache is the operating system's (a real file
 * behind a {@link java.nio.channels.FileChannel}); the model keeps one dirty mark per inode
 * instead of per page, and an fsync of any range syncs the whole file (Java has no range sync),
 * so it clears the mark. No writeback thread cleans pages behind the caller's back.
 *
 * <p>Direct IO ({@code IOCB_DIRECT}, what {@code O_DIRECT} asks for) is simulated: Java cannot open a
 * file {@code O_DIRECT}, so a direct read or write goes through the same {@link java.nio.channels.FileChannel}
 * as a buffered one, and the operating system's page cache sees it. What the model does make of it is what
 * the kernel's VFS and filesystem check and leave behind: the IO must be aligned to what the filesystem
 * reports ({@link dev.localio.linux.fs.DioAlignment}: the buffer's address to {@code dio_mem_align}, offset
 * and length to {@code dio_offset_align}, or {@code dio_read_offset_align} for a read), else it fails with
 * {@code -EINVAL} ({@link dev.localio.linux.fs.ErrnoException}); it first writes back the dirty mark
 * ({@code kiocb_write_and_wait()}, the whole file as the model's fsync); and a direct write leaves no dirty
 * mark, since it puts nothing in the page cache. Simplified: the durability of a direct write without
 * {@code IOCB_DSYNC} (its data on the device, metadata perhaps not) is not told apart from a synced one;
 * LOCALIO's direct writes always carry {@code IOCB_DSYNC|IOCB_SYNC}. The model's filesystems report no
 * alignment (Java cannot ask the disk) unless told to
 * ({@code dev.localio.linux.fs.nfsd.InodeTable#setDioAlignment}), so they take no direct IO by default.
 */
package dev.localio.linux.fs;

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
 */
package dev.localio.linux.fs;

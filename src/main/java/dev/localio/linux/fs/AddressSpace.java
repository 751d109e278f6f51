package dev.localio.linux.fs;

/**
 * The page cache of one inode, reduced to what LOCALIO's commit claims need: whether it holds
 * written data that no fsync has made durable yet. A buffered write marks it dirty; a sync
 * ({@code vfs_fsync_range()}, or a write asked to be synchronous) cleans it. It belongs to the
 * inode, not to an open file: every open of the file, by nfsd for an RPC or for a LOCALIO client,
 * sees the same mark. Thread-safe.
 *
 * <p>Models include/linux/fs.h: {@code struct address_space} ({@code i_mapping}) with its
 * {@code PAGECACHE_TAG_DIRTY} mark; mm/filemap.c: {@code mapping_tagged()};
 * mm/page-writeback.c: {@code filemap_dirty_folio()}; mm/filemap.c:
 * {@code file_write_and_wait_range()}.
 */
public final class AddressSpace {

    /** {@code PAGECACHE_TAG_DIRTY}: pages written but not yet written back. */
    public static final int PAGECACHE_TAG_DIRTY = 0;

    private boolean dirty;

    /** {@code mapping_tagged()}: whether any page of the mapping carries {@code tag}. */
    public synchronized boolean mappingTagged(int tag) {
        if (tag != PAGECACHE_TAG_DIRTY) {
            throw new IllegalArgumentException("the model tracks only PAGECACHE_TAG_DIRTY, not tag " + tag);
        }
        return dirty;
    }

    /** {@code filemap_dirty_folio()}: a buffered write left data in the cache. */
    synchronized void filemapDirtyFolio() {
        dirty = true;
    }

    /**
     * {@code file_write_and_wait_range()}: the written data reached the disk. The model syncs the whole
     * file, so the whole mapping is clean.
     */
    synchronized void fileWriteAndWaitRange() {
        dirty = false;
    }

    @Override
    public synchronized String toString() {
        return dirty ? "address_space (dirty)" : "address_space (clean)";
    }
}

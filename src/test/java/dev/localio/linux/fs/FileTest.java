package dev.localio.linux.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open file's reads, writes and syncs, and the dirty mark they leave on the inode's page cache. */
class FileTest {

    @TempDir
    Path dir;

    private final AddressSpace mapping = new AddressSpace();

    private File open(String name) throws IOException {
        return new File(FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE), mapping);
    }

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    private boolean dirty() {
        return mapping.mappingTagged(AddressSpace.PAGECACHE_TAG_DIRTY);
    }

    @Test
    void a_buffered_write_leaves_the_mapping_dirty_until_an_fsync_of_the_file() throws IOException {
        File f = open("a");
        assertThat(dirty()).as("a fresh mapping").isFalse();

        assertThat(f.vfsIterWrite(bytes("unstable"), 0, 0)).isEqualTo(8);
        assertThat(dirty()).isTrue();

        f.vfsFsyncRange(0, Long.MAX_VALUE, false);
        assertThat(dirty()).isFalse();
        assertThat(Files.readString(dir.resolve("a"))).isEqualTo("unstable");
        f.fput();
    }

    @Test
    void a_write_with_iocb_dsync_is_synced_before_it_returns() throws IOException {
        File f = open("b");

        f.vfsIterWrite(bytes("data sync"), 0, File.IOCB_DSYNC);
        assertThat(dirty()).isFalse();
        f.vfsIterWrite(bytes("file sync"), 0, File.IOCB_DSYNC | File.IOCB_SYNC);
        assertThat(dirty()).isFalse();
        f.fput();
    }

    @Test
    void every_open_of_the_inode_sees_the_same_mark_so_one_opens_fsync_cleans_anothers_write() throws IOException {
        File writer = open("c");
        File committer = open("c");

        writer.vfsIterWrite(bytes("written through one open"), 0, 0);
        assertThat(committer.fMapping().mappingTagged(AddressSpace.PAGECACHE_TAG_DIRTY)).isTrue();
        committer.vfsFsyncRange(0, 23, true);

        assertThat(writer.fMapping().mappingTagged(AddressSpace.PAGECACHE_TAG_DIRTY)).isFalse();
        writer.fput();
        committer.fput();
    }

    @Test
    void a_read_fills_the_buffer_up_to_the_end_of_the_file_and_i_size_read_gives_the_size() throws IOException {
        Files.writeString(dir.resolve("d"), "twelve bytes");
        File f = open("d");
        ByteBuffer buf = ByteBuffer.allocate(64);

        assertThat(f.vfsIterRead(buf, 7)).isEqualTo(5);
        assertThat(new String(buf.array(), 0, 5, StandardCharsets.UTF_8)).isEqualTo("bytes");
        assertThat(f.iSizeRead()).isEqualTo(12);
        assertThat(dirty()).as("reading dirties nothing").isFalse();
        f.fput();
    }
}

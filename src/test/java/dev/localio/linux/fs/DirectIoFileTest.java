package dev.localio.linux.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.kernel.Errno;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Direct IO as the model's VFS does it: aligned or -EINVAL, and around the page cache. */
class DirectIoFileTest {

    private static final DioAlignment DISK = new DioAlignment(4, 512, 0);

    @TempDir
    Path dir;

    private final AddressSpace mapping = new AddressSpace();

    private File open(DioAlignment dio) throws IOException {
        return new File(FileChannel.open(dir.resolve("f"), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE), mapping, dio);
    }

    private static ByteBuffer block(int len) {
        byte[] b = new byte[len];
        Arrays.fill(b, (byte) 'x');
        return ByteBuffer.wrap(b);
    }

    private boolean dirty() {
        return mapping.mappingTagged(AddressSpace.PAGECACHE_TAG_DIRTY);
    }

    @Test
    void a_direct_write_at_a_misaligned_offset_fails_with_einval_and_writes_nothing() throws IOException {
        File f = open(DISK);
        assertThatThrownBy(() -> f.vfsIterWrite(block(512), 100, File.IOCB_DIRECT, 0))
                .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EINVAL));
        assertThat(Files.size(dir.resolve("f"))).isZero();
    }

    @Test
    void a_direct_read_of_a_misaligned_length_or_from_a_misaligned_buffer_fails_with_einval() throws IOException {
        File f = open(DISK);
        f.vfsIterWrite(block(1024), 0, 0);
        assertThatThrownBy(() -> f.vfsIterRead(block(500), 0, File.IOCB_DIRECT, 0))
                .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EINVAL));
        assertThatThrownBy(() -> f.vfsIterRead(block(512), 0, File.IOCB_DIRECT, 2))
                .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EINVAL));
    }

    @Test
    void a_filesystem_that_reports_no_alignment_takes_no_direct_io() throws IOException {
        File f = open(DioAlignment.NONE);
        assertThatThrownBy(() -> f.vfsIterWrite(block(512), 0, File.IOCB_DIRECT, 0))
                .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EINVAL));
    }

    @Test
    void a_direct_write_writes_back_the_dirty_cache_first_and_leaves_no_dirty_page() throws IOException {
        File f = open(DISK);
        f.vfsIterWrite(block(100), 0, 0);
        assertThat(dirty()).as("after a buffered write").isTrue();

        assertThat(f.vfsIterWrite(block(512), 512, File.IOCB_DIRECT, 0)).isEqualTo(512);

        assertThat(dirty()).as("after the direct write").isFalse();
        assertThat(Files.size(dir.resolve("f"))).isEqualTo(1024);
    }

    @Test
    void a_read_is_aligned_to_the_read_alignment_when_the_filesystem_reports_one() throws IOException {
        File f = open(new DioAlignment(4, 4096, 512));
        f.vfsIterWrite(block(4096), 0, 0);
        assertThat(f.vfsIterRead(block(512), 512, File.IOCB_DIRECT, 0)).isEqualTo(512);
        assertThatThrownBy(() -> f.vfsIterWrite(block(512), 512, File.IOCB_DIRECT, 0))
                .as("a write still needs the write alignment, 4096").isInstanceOf(ErrnoException.class);
    }
}

package dev.localio.linux.fs.nfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.fs.AddressSpace;
import dev.localio.linux.fs.File;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a local read reports end of file ({@code nfs_local_read_done()} in v6.12): a read that came back
 * short is the end, even if the file has grown by the time its size is read; a full read is the end only
 * where it reaches that size. The race a page scenario cannot schedule (an append landing between the
 * read and {@code i_size_read()}) is made here by a file that grows the moment a read finds its end.
 */
class LocalReadEofTest {

    private static final int PAGE = 4096;
    private static final NfsFh FH = NfsFh.of(new byte[8]);

    @TempDir
    Path dir;

    @Test
    void a_short_read_is_end_of_file_though_the_file_grew_before_its_size_was_read() throws IOException {
        NfsPgioHeader hdr = read(2 * PAGE);
        Localio.nfsDoLocalRead(growingFile(PAGE, PAGE), hdr);

        assertThat(hdr.resCount).as("bytes read").isEqualTo(PAGE);
        assertThat(hdr.resEof).as("end of file").isTrue();
    }

    @Test
    void a_full_read_that_reaches_the_size_is_end_of_file() throws IOException {
        NfsPgioHeader hdr = read(PAGE);
        Localio.nfsDoLocalRead(growingFile(PAGE, 0), hdr);

        assertThat(hdr.resCount).isEqualTo(PAGE);
        assertThat(hdr.resEof).isTrue();
    }

    @Test
    void a_full_read_short_of_the_size_is_not_end_of_file() throws IOException {
        NfsPgioHeader hdr = read(PAGE);
        Localio.nfsDoLocalRead(growingFile(2 * PAGE, 0), hdr);

        assertThat(hdr.resCount).isEqualTo(PAGE);
        assertThat(hdr.resEof).isFalse();
    }

    private static NfsPgioHeader read(int count) {
        return NfsPgioHeader.read(FH, Cred.of(1000, 1000), Fmode.FMODE_READ, 0, count);
    }

    /** A file of {@code size} bytes that gains {@code growth} more the first time a read finds its end. */
    private File growingFile(int size, int growth) throws IOException {
        Path path = dir.resolve("grows");
        Files.write(path, new byte[size]);
        FileChannel real = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new File(new GrowsAtEnd(real, growth), new AddressSpace());
    }

    /** A channel that appends {@code growth} bytes once, right after a read found the end of the file. */
    private static final class GrowsAtEnd extends FileChannel {
        private final FileChannel real;
        private int growth;

        GrowsAtEnd(FileChannel real, int growth) {
            this.real = real;
            this.growth = growth;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            int n = real.read(dst, position);
            if (n < 0 && growth > 0) {
                real.write(ByteBuffer.allocate(growth), real.size());
                growth = 0;
            }
            return n;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        // A local read uses only the positional read and the size; nothing else may be called.

        @Override
        public int read(ByteBuffer dst) {
            throw unused();
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            throw unused();
        }

        @Override
        public int write(ByteBuffer src) {
            throw unused();
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw unused();
        }

        @Override
        public int write(ByteBuffer src, long position) {
            throw unused();
        }

        @Override
        public long position() {
            throw unused();
        }

        @Override
        public FileChannel position(long newPosition) {
            throw unused();
        }

        @Override
        public FileChannel truncate(long size) {
            throw unused();
        }

        @Override
        public void force(boolean metaData) {
            throw unused();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw unused();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw unused();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw unused();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw unused();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw unused();
        }

        private static UnsupportedOperationException unused() {
            return new UnsupportedOperationException("a local read calls only read(ByteBuffer, long) and size()");
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }
}

package dev.localio.check;

import dev.localio.linux.fs.nfs.NfsOpenContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One file a worker owns: what it must hold (every write that succeeded, applied in order), the
 * unstable writes no COMMIT has covered yet with the verifier each came back with, and the file as
 * the worker has it open on its current mount. Used by its worker's thread only.
 *
 * <p>The expected bytes play the client's page cache: when a COMMIT's verifier differs from an
 * unstable write's, the client sends that range again from its cache, i.e. as it is now, not as it
 * was first written (fs/nfs/write.c: {@code nfs_commit_release_pages()} redirties the pages).
 */
final class SoakFile {

    /** An unstable write not committed yet: its range and the write verifier of its reply. */
    record Unstable(long offset, int length, long verf) {
    }

    final String name;
    private final byte[] expected;
    private final List<Unstable> unstable = new ArrayList<>();
    NfsOpenContext ctx;

    SoakFile(String name, byte[] initial) {
        this.name = name;
        this.expected = initial.clone();
    }

    int size() {
        return expected.length;
    }

    /** What {@code length} bytes at {@code offset} must read back as. */
    byte[] expected(long offset, int length) {
        return Arrays.copyOfRange(expected, (int) offset, (int) offset + length);
    }

    /** The whole expected content. */
    byte[] expected() {
        return expected.clone();
    }

    /** A write succeeded: its bytes are now what the file holds there. */
    void written(long offset, byte[] data) {
        System.arraycopy(data, 0, expected, (int) offset, data.length);
    }

    void unstable(long offset, int length, long verf) {
        unstable.add(new Unstable(offset, length, verf));
    }

    /**
     * A COMMIT came back with {@code verf}: forgets every uncommitted write and returns those whose
     * verifier differs, which the server may have lost and the client must send again.
     */
    List<Unstable> committed(long verf) {
        List<Unstable> lost = unstable.stream().filter(u -> u.verf() != verf).toList();
        unstable.clear();
        return lost;
    }
}

package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import dev.localio.check.PageDefaults;
import dev.localio.linux.fs.DioAlignment;
import dev.localio.linux.fs.nfs.NfsIo;
import dev.localio.linux.fs.nfs.NfsOpenContext;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;

/**
 * Steps about [D]'s local direct IO: the alignment the server's disk asks of it, reads and writes of a
 * range by a file opened with or without {@code O_DIRECT}, and the pieces the client issued them in
 * ({@link NfsIo#iters()}, each a {@code NfsLocalIter}). The written bytes are a fixed pattern, so a read can be checked against them.
 */
public class DirectIoSteps {

    private final Servers servers;
    private final Mounts mounts;
    private final FileHandles handles;
    /** The last read or write of these steps, its offset, and what a write wrote. */
    private NfsIo last;
    private long lastOffset;
    private byte[] lastWritten;

    public DirectIoSteps(Servers servers, Mounts mounts, FileHandles handles) {
        this.servers = servers;
        this.mounts = mounts;
        this.handles = handles;
    }

    /**
     * What statx() reports for the server's filesystem (STATX_DIOALIGN; 0 for the file: no direct IO); no
     * separate read alignment.
     */
    @Given("the server's disk reports a direct IO alignment of {int} bytes of the file and {int} bytes of memory")
    public void theDiskAligns(int offsetAlign, int memAlign) {
        Server s = servers.server();
        s.dataNfsd().tree(s.dataExport()).setDioAlignment(new DioAlignment(memAlign, offsetAlign, 0));
    }

    /** Creates the file (CREATE, an RPC), opens it for reading and writing, and writes the pattern UNSTABLE. */
    @When("the client writes {int} bytes at offset {int} of {string}, opened {odirect}")
    public void theClientWrites(int count, long offset, String file, Integer oflags) {
        Mount mount = mounts.mount();
        ErrPtr<NfsFh> fh = mount.nfs().create(PageDefaults.ALICE, file, 0644);
        assertThat(fh.isErr()).as("creating %s (%s)", file, fh).isFalse();
        handles.remember(file, fh.value());
        lastWritten = pattern(count);
        lastOffset = offset;
        last = open(file, oflags).write(offset, lastWritten, StableHow.NFS_UNSTABLE);
        assertThat(last.ok()).as("writing %s (%s)", file, last).isTrue();
    }

    @When("the client reads {int} bytes at offset {int} of {string}, opened {odirect}")
    public void theClientReads(int count, long offset, String file, Integer oflags) {
        lastOffset = offset;
        last = open(file, oflags).read(offset, count);
        assertThat(last.ok()).as("reading %s (%s)", file, last).isTrue();
    }

    private NfsOpenContext open(String file, int oflags) {
        ErrPtr<NfsOpenContext> ctx = mounts.mount().nfs().open(PageDefaults.ALICE, file,
                Fmode.FMODE_READ | Fmode.FMODE_WRITE, oflags);
        assertThat(ctx.isErr()).as("opening %s (%s)", file, ctx).isFalse();
        return ctx.value();
    }

    /** The pieces of the last IO, in order: bytes, offset, and "buffered" or "direct". */
    @Then("the client did it locally, in these pieces:")
    public void theClientDidItInPieces(DataTable table) {
        List<Map<String, String>> rows = table.asMaps();
        List<String> expected = rows.stream().map(r -> r.get("bytes") + " at " + r.get("offset") + " " + r.get("IO"))
                .toList();
        List<String> issued = last.iters().stream()
                .map(i -> i.count() + " at " + i.offset() + " " + (i.direct() ? "direct" : "buffered")).toList();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(last.path()).as("the path that served it (%s)", last).isEqualTo(NfsIo.Path.LOCALIO);
        softly.assertThat(issued).as("the pieces the client issued to the file nfsd opened").isEqualTo(expected);
        softly.assertAll();
    }

    /** The server's file holds the last write's bytes where it wrote them. */
    @Then("the server's {string} holds the bytes written")
    public void theServerHoldsTheBytesWritten(String file) {
        byte[] all = servers.backingBytes(file);
        int from = (int) lastOffset;
        assertThat(all.length).as("the size of the server's %s", file).isGreaterThanOrEqualTo(from + lastWritten.length);
        assertThat(Arrays.copyOfRange(all, from, from + lastWritten.length))
                .as("the server's %s from offset %d", file, lastOffset).isEqualTo(lastWritten);
    }

    /** The last read returned what the last write wrote, at the same offset. */
    @Then("the read returned the bytes written")
    public void theReadReturnedTheBytesWritten() {
        assertThat(lastWritten).as("a write before the read").isNotNull();
        assertThat(last.data()).as("what the read returned (%s)", last).isEqualTo(lastWritten);
    }

    /**
     * Bytes that differ from their neighbours and do not repeat within 64 KiB (the high byte of the
     * index is mixed in), so a piece put in the wrong place shows, even by a multiple of 256 bytes.
     */
    private static byte[] pattern(int len) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) ((i * 31 + 7) ^ ((i >>> 8) * 101));
        }
        return b;
    }
}

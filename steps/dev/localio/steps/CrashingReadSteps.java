package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

import dev.localio.check.PageDefaults;
import dev.localio.linux.fs.nfs.NfsIo;
import dev.localio.linux.fs.nfs.NfsOpenContext;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Fmode;

/**
 * Reads that may crash the client's kernel, as they do on a kernel without the interlock. A crash
 * kills the reading task and is the kernel's to report: a NULL dereference becomes an oops of the
 * client's kernel, a use-after-free was reported by KASAN as it happened; "the kernel reported a
 * ..." then finds it. The crash is also shown under the scenario.
 */
public class CrashingReadSteps {

    private final Mounts mounts;
    private final Map<String, NfsOpenContext> openFiles = new HashMap<>();
    private Scenario scenario;

    public CrashingReadSteps(Mounts mounts) {
        this.mounts = mounts;
    }

    @Before("not @prose")
    public void scenario(Scenario s) {
        scenario = s;
    }

    /** One read of the whole file as alice, through a fresh open (a LOOKUP first). */
    @When("the client reads {string}")
    public void theClientReads(String file) {
        crashIsAnOops(() -> mounts.mount().nfs().read(PageDefaults.ALICE, file, 0, 1 << 20));
    }

    /**
     * Opens the file as alice and keeps it open: its later reads need no LOOKUP, so they reach
     * LOCALIO even while the server answers no RPC, as the reads of a file an application holds
     * open do.
     */
    @Given("the client has {string} open")
    public void theClientHasOpen(String file) {
        ErrPtr<NfsOpenContext> ctx = mounts.mount().nfs().open(PageDefaults.ALICE, file, Fmode.FMODE_READ);
        assertThat(ctx.isErr()).as("opening %s (%s)", file, ctx).isFalse();
        openFiles.put(file, ctx.value());
    }

    @When("the client reads the {string} it has open")
    public void theClientReadsTheOpenFile(String file) {
        NfsOpenContext ctx = openFiles.get(file);
        if (ctx == null) {
            throw new IllegalStateException("the client has no open \"" + file + "\"; open it with a Given step first");
        }
        crashIsAnOops(() -> ctx.read(0, 1 << 20));
    }

    /** The file the client holds open, as a Given step opened it. */
    NfsOpenContext opened(String file) {
        NfsOpenContext ctx = openFiles.get(file);
        if (ctx == null) {
            throw new IllegalStateException("the client has no open \"" + file + "\"; open it with a Given step first");
        }
        return ctx;
    }

    private void crashIsAnOops(Supplier<NfsIo> read) {
        try {
            read.get();
        } catch (Throwable t) {
            mounts.mount().endpoint().subsystems().kernel().oops(t);
            scenario.attach(t.toString(), "text/plain", "The client's read crashed");
        }
    }
}

package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import dev.localio.linux.Host;
import dev.localio.linux.fs.nfs.NfsIo;
import dev.localio.linux.fs.nfs.NfsOpenContext;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.kernel.Trace;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;

/**
 * Why the interlock exists, with real servers and mounts: a container restarted under a mounted
 * client, on a kernel without the interlock (which crashes) and with it (which recovers: the
 * client's next local open fails with ENXIO, the client probes again, that read goes over RPC, and
 * the next one is local again).
 */
public class InterleavingRestartSteps {

    private final LocalioWorld world;
    private final InterleavingRun run;
    private final Map<String, NfsOpenContext> openFiles = new HashMap<>();
    private NfsIo lastRead;
    private long readStartedAt = -1;

    public InterleavingRestartSteps(LocalioWorld world, InterleavingRun run) {
        this.world = world;
        this.run = run;
    }

    @Given("a host {string} whose kernel has LOCALIO without the interlock")
    public void aHostWithoutTheInterlock(String name) {
        world.host(name, Kconfig.LOCALIO, LocalioDesign.PRE_INTERLOCK);
    }

    /**
     * One read of the whole file as alice. A crash kills the reading task and is the kernel's to
     * report: a NULL dereference becomes an oops of the client's kernel, a use-after-free was reported
     * by KASAN as it happened.
     */
    @When("the client reads {string}")
    public void theClientReads(String file) {
        crashIsAnOops(() -> world.mount().nfs().read(LocalioWorld.ALICE, file, 0, 1 << 20));
    }

    /**
     * Opens the file as alice and keeps it open: its later reads need no LOOKUP, so they reach
     * LOCALIO even while the server answers no RPC, as the reads of a file an application holds
     * open do.
     */
    @Given("the client has {string} open")
    public void theClientHasOpen(String file) {
        ErrPtr<NfsOpenContext> ctx = world.mount().nfs().open(LocalioWorld.ALICE, file, Fmode.FMODE_READ);
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

    private void crashIsAnOops(Supplier<NfsIo> read) {
        Host host = clientHost();
        readStartedAt = host.trace().events().stream().mapToLong(Trace.TraceEvent::seq).max().orElse(-1);
        try {
            lastRead = read.get();
        } catch (Throwable t) {
            lastRead = null;
            host.kernel().oops(t);
            run.attach("The client's read crashed", t.toString());
        }
    }

    @Then("the kernel reported a use-after-free")
    public void theKernelReportedAUseAfterFree() {
        List<String> reports = clientHost().kasan().reports().stream()
                .map(r -> "BUG: KASAN: " + r.kind() + " in " + r.access() + " on " + r.object() + " (task " + r.thread() + ")")
                .toList();
        run.attach("KASAN", String.join("\n", reports));
        assertThat(reports).as("KASAN reports of %s", clientHost().name()).isNotEmpty();
    }

    @Then("the kernel reported a NULL pointer dereference")
    public void theKernelReportedANullDereference() {
        List<String> oopses = clientHost().kernel().oopses().stream().filter(NullPointerException.class::isInstance)
                .map(Throwable::toString).toList();
        assertThat(oopses).as("NULL pointer dereferences in %s", clientHost().name()).isNotEmpty();
    }

    /**
     * The read of {@code the client reads} took the recovery path, in the kernel's order: its local
     * open failed with ENXIO; the open's error made the client disable LOCALIO and probe again on the
     * spot (a UUID_IS_LOCAL call, and LOCALIO enabled); the read itself then went over RPC. Attaches
     * the client's trace of that read.
     */
    @Then("that read met ENXIO, the client probed again, and the read went over RPC")
    public void thatReadRecovered() {
        assertThat(lastRead).as("the read (it crashed?)").isNotNull();
        List<Trace.TraceEvent> events = clientHost().trace().events().stream().filter(e -> e.seq() > readStartedAt)
                .toList();
        run.attach("The client's trace of that read", events.stream().filter(InterleavingRestartSteps::worthShowing)
                .map(e -> String.format("%-20s %s %s", e.thread(), e.name(), e.fields())).collect(Collectors.joining("\n")));
        int enxio = indexOf(events, e -> e.name().equals("nfs_local_open_fh")
                && Integer.valueOf(Errno.ENXIO.negative()).equals(e.field("result")));
        int probe = indexOf(events, e -> e.name().equals("rpc_request") && Integer.valueOf(Nfs.NFS_LOCALIO_PROGRAM).equals(
                e.field("prog")) && Integer.valueOf(Nfs.LOCALIOPROC_UUID_IS_LOCAL).equals(e.field("proc")));
        int enable = indexOf(events, e -> e.name().equals("nfs_local_enable"));
        int rpcRead = indexOf(events, e -> e.name().equals("rpc_request") && Integer.valueOf(Nfs.NFS_PROGRAM).equals(
                e.field("prog")) && Integer.valueOf(Nfs3.NFS3PROC_READ).equals(e.field("proc")));
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(lastRead.ok()).as("the read succeeded (%s)", lastRead).isTrue();
        softly.assertThat(lastRead.localioError()).as("why the read's local open failed").isEqualTo(Errno.ENXIO);
        softly.assertThat(lastRead.path()).as("the path that served the read").isEqualTo(NfsIo.Path.RPC);
        softly.assertThat(enxio).as("a local open that failed with ENXIO, in the trace").isNotNegative();
        softly.assertThat(probe).as("a UUID_IS_LOCAL after the ENXIO").isGreaterThan(enxio);
        softly.assertThat(enable).as("LOCALIO enabled again after the UUID_IS_LOCAL").isGreaterThan(probe);
        softly.assertThat(rpcRead).as("a READ over RPC after the probe").isGreaterThan(enable);
        softly.assertThat(clientHost().kasan().reports()).as("KASAN reports").isEmpty();
        softly.assertThat(clientHost().kernel().oopses()).as("oopses").isEmpty();
        softly.assertAll();
    }

    private static boolean worthShowing(Trace.TraceEvent e) {
        return e.name().startsWith("nfs_") || e.name().startsWith("nfsd_serv") || e.name().equals("rpc_request");
    }

    private static int indexOf(List<Trace.TraceEvent> events, java.util.function.Predicate<Trace.TraceEvent> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private Host clientHost() {
        return world.mount().endpoint().host();
    }
}

package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.Host;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.fs.nfs.NfsClient;
import dev.localio.linux.fs.nfs.NfsTrace;
import dev.localio.linux.kernel.Trace;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/**
 * Steps about what only the newest design ([D]) has: the files a client caches per open file, the
 * reference they hold on nfsd's namespace, the probe's thread, and nfsv3's
 * {@code nfs3_localio_probe_throttle}. On a v6.12 kernel they fail or do not apply: the page tags
 * the scenarios that use them {@code @newest}.
 */
public class NewestSteps {

    private final LocalioWorld world;
    private final Mounts mounts;
    private final CrashingReadSteps open;

    public NewestSteps(LocalioWorld world, Mounts mounts, CrashingReadSteps open) {
        this.world = world;
        this.mounts = mounts;
        this.open = open;
    }

    /** The variant of [D] whose {@code nfs_uuid_add_file()} lacks its check (see {@code LocalioDesign}). */
    @Given("a host {string} whose kernel is the newest mainline without nfs_uuid_add_file\\()'s check")
    public void aHostWithoutTheAddFileCheck(String name) {
        world.host(name, Kconfig.LOCALIO, LocalioDesign.NEWEST_UNCHECKED_ADD_FILE);
    }

    /** nfsv3's module parameter, written before anything mounts. */
    @Given("nfs3_localio_probe_throttle is {int} on {string}")
    public void throttle(int n, String host) {
        world.host(host).subsystems().nfs().setNfs3LocalioProbeThrottle(n);
    }

    /** The user closes the file: the last close of its open context. */
    @When("the client closes {string}")
    public void theClientCloses(String file) {
        open.opened(file).close();
    }

    /** The files nfsd opened that the client keeps in the open file's context ({@code ro_file}, {@code rw_file}). */
    @Then("the client keeps {int} file(s) of the server open for {string}")
    public void theClientKeeps(int n, String file) {
        assertThat(open.opened(file).nfl().cached()).as("files cached in the open context of %s (ro_file, rw_file)", file)
                .isEqualTo(n);
    }

    /** The count of {@code nn->nfsd_net_ref} of the server the client mounted (1: nfsd's own). */
    @Then("the server's namespace reference counts {int}")
    public void theNetReferenceCounts(int n) {
        NfsClient clp = mounts.mount().nfsClient();
        var net = clp.clUuid().netAccess();
        assertThat(net).as("the client records the server's namespace").isNotNull();
        // A local server shares the client's kernel.
        var nn = world.hostOf(mounts.mount().endpoint()).subsystems().nfsd().nfsdNet(net);
        assertThat(nn.nfsdNetRef().count()).as("nn->nfsd_net_ref").isEqualTo(n);
    }

    /** Which threads ran the probes of the client's {@code nfs_client}. */
    @Then("the client's probe ran in the thread {string}, not in the mounting one")
    public void theProbeRanIn(String thread) {
        Host host = world.hostOf(mounts.mount().endpoint());
        String clp = mounts.mount().nfsClient().clId();
        List<String> threads = host.subsystems().kernel().trace().events().stream()
                .filter(e -> e.event() instanceof NfsTrace.NfsLocalProbe p && p.clp().equals(clp))
                .map(Trace.TraceEvent::thread).distinct().toList();
        assertThat(threads).as("threads that ran nfs_local_probe() for %s", clp).containsExactly(thread)
                .doesNotContain(world.clientThread());
    }
}

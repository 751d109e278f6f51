package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.SoftAssertions;

import io.cucumber.java.en.Then;

import dev.localio.linux.Host;
import dev.localio.linux.fs.nfsd.NfsdNet;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdFileAcquire;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdFileFree;
import dev.localio.linux.fs.nfsd.Vfs;
import dev.localio.linux.kernel.Trace;

/** What the client holds of the server, and what the kernels reported. */
public class InterlockSteps {

    private final LocalioWorld world;
    private final Servers servers;
    private final Mounts mounts;

    public InterlockSteps(LocalioWorld world, Servers servers, Mounts mounts) {
        this.world = world;
        this.servers = servers;
        this.mounts = mounts;
    }

    /**
     * The server's serv reference is back to its base count (the initial reference while nfsd runs,
     * none once it stopped), and every nfsd_file opened for a local IO was put.
     */
    @Then("the client holds no reference on the server")
    public void theClientHoldsNoReference() {
        Server server = servers.server();
        NfsdNet nn = server.nfsd().nfsdNet();
        Host host = world.hostOf(server.endpoint());
        boolean running = nn.nfsdServ() != null;
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(nn.nfsdServRef().count()).as("nn->nfsd_serv_ref (nfsd %s)", running ? "running" : "stopped")
                .isEqualTo(running ? 1 : 0);
        softly.assertThat(mounts.mount().nfsClient().localioFilesHeld()).as("files the client opened locally and holds")
                .isZero();
        Trace trace = host.subsystems().kernel().trace();
        long freed = trace.events(NfsdFileFree.class).stream().filter(e -> forLocalio(e.mayFlags())).count();
        long opened = trace.events(NfsdFileAcquire.class).stream().filter(e -> forLocalio(e.mayFlags())).count();
        softly.assertThat(freed).as("nfsd_files opened for local IO and freed").isEqualTo(opened);
        softly.assertAll();
    }

    /** Whether an nfsd_file with these {@code NFSD_MAY_*} flags was opened for LOCALIO. */
    private static boolean forLocalio(int mayFlags) {
        return (mayFlags & Vfs.NFSD_MAY_LOCALIO) != 0;
    }

    /** Some host's kernel made at least one report of this kind (a crash the scenario expects). */
    @Then("the kernel reported a {report}")
    public void theKernelReported(Report report) {
        List<String> reports = world.hosts().stream().flatMap(h -> report.in(h).stream()).toList();
        assertThat(reports).as("%s reports of %s", report, world.hosts().stream().map(Host::name).toList())
                .isNotEmpty();
    }

    @Then("the kernel reported no {report}")
    public void theKernelReportedNo(Report report) {
        SoftAssertions softly = new SoftAssertions();
        for (Host host : world.hosts()) {
            softly.assertThat(report.in(host)).as("%s reports of %s", report, host.name()).isEmpty();
        }
        softly.assertAll();
    }
}

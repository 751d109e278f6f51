package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import dev.localio.linux.Container;
import dev.localio.linux.NfsdInstance;
import dev.localio.linux.fs.nfsd.NfsdNet;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.xdr.Nfs;

/** Servers and their containers stopping, starting and restarting, and what nfsd keeps per namespace. */
public class ServerSteps {

    /** How long a step may wait for the model to reach a state before it calls the wait a hang. */
    private static final long HANG_NANOS = 10_000_000_000L;

    private final LocalioWorld world;
    private final ScenarioThreads threads;
    private final IoInFlight inFlight;
    private final Map<String, Net> stoppedNets = new HashMap<>();
    private Thread stopping;
    private NfsdNet stoppingNn;

    public ServerSteps(LocalioWorld world, ScenarioThreads threads, IoInFlight inFlight) {
        this.world = world;
        this.threads = threads;
        this.inFlight = inFlight;
    }

    @When("container {string} stops")
    public void containerStops(String name) {
        Container c = world.containerNamed(name);
        stoppedNets.put(name, c.net());
        c.stop();
    }

    @When("container {string} restarts")
    public void containerRestarts(String name) {
        Container c = world.containerNamed(name);
        stoppedNets.put(name, c.net());
        c.restart();
    }

    @When("the NFS server {place} stops")
    public void theNfsServerStops(Place place) {
        world.nfsd(place).stop();
    }

    @When("the NFS server {place} starts again")
    public void theNfsServerStartsAgain(Place place) {
        world.nfsd(place).start();
    }

    /**
     * Stops nfsd on a thread of its own and returns once that thread has finished or sleeps in
     * nfsd_destroy_serv()'s wait for the last reference (its wait for the kill's confirmation only
     * lasts a grace period). A thread that does neither is a hang, reported as such.
     */
    @When("the NFS server {place} begins to stop")
    public void theNfsServerBeginsToStop(Place place) {
        NfsdInstance nfsd = world.nfsd(place);
        stoppingNn = nfsd.nfsdNet();
        stopping = threads.spawn("rpc.nfsd 0 " + place, nfsd::stop);
        long deadline = System.nanoTime() + HANG_NANOS;
        while (stopping.isAlive() && stoppingNn.nfsdServFreeDone().waiters() == 0) {
            assertThat(System.nanoTime()).as("the stopping nfsd neither finished nor waited for the last reference; "
                    + "it is at %s", (Object) stopping.getStackTrace()).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Then("the server's shutdown waits for the client's reference")
    public void theShutdownWaits() {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(stopping.isAlive()).as("the stopping nfsd is still stopping").isTrue();
        softly.assertThat(stoppingNn.nfsdServRef().percpuRefIsDying()).as("nn->nfsd_serv_ref is killed").isTrue();
        // What it waits for: a reference the client still holds. Once the client has put it, the ref may
        // still look the same for a grace period (a put in percpu mode is counted at the switch to atomic),
        // so the client's side says whether it still holds one.
        softly.assertThat(inFlight.holding()).as("the client holds a local read in flight, and its reference").isTrue();
        softly.assertThat(stoppingNn.nfsdServRef().percpuRefIsZero()).as("nn->nfsd_serv_ref has dropped to zero").isFalse();
        softly.assertThat(stoppingNn.nfsdServConfirmDone().waiters()).as("threads waiting for the kill's confirmation")
                .isZero();
        softly.assertThat(stoppingNn.nfsdServFreeDone().waiters()).as("threads waiting for the last reference")
                .isEqualTo(1);
        softly.assertThat(stoppingNn.nfsdServ()).as("nn->nfsd_serv").isNotNull();
        softly.assertAll();
    }

    @Then("the server's shutdown completes")
    public void theShutdownCompletes() throws InterruptedException {
        stopping.join(HANG_NANOS / 1_000_000);
        assertThat(stopping.isAlive()).as("the stopping nfsd finished").isFalse();
        assertThat(stoppingNn.nfsdServ()).as("nn->nfsd_serv").isNull();
    }

    @Then("the NFS server {place} lists {int} local client(s)")
    public void theNfsServerListsLocalClients(Place place, int n) {
        assertThat(world.nfsd(place).nfsdNet().localClients().size()).as("nn->local_clients of the NFS server %s",
                place).isEqualTo(n);
    }

    @Then("the NFS server {place} offers no LOCALIO program")
    public void offersNoLocalioProgram(Place place) {
        assertThat(world.nfsd(place).serv().svProgram()).as("the programs of the NFS server %s", place)
                .noneSatisfy(p -> assertThat(p.pgProg()).isEqualTo(Nfs.NFS_LOCALIO_PROGRAM));
    }

    @Then("the network namespace of container {string} is freed")
    public void theNetworkNamespaceIsFreed(String name) {
        Net net = stoppedNets.get(name);
        assertThat(net).as("container %s was stopped in this scenario", name).isNotNull();
        assertThat(net.isFreed()).as("%s went through cleanup_net() and was freed", net).isTrue();
    }
}

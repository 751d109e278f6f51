package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import dev.localio.check.DestroyServRace;
import dev.localio.check.Invariant;
import dev.localio.check.ModelCheck;
import dev.localio.check.ModelCheckResult;
import dev.localio.check.PercpuRefKillRace;
import dev.localio.check.Race;
import dev.localio.check.RcuReadersRace;
import dev.localio.check.ShutdownNetRace;
import dev.localio.check.TeardownRace;
import dev.localio.linux.fs.nfs_common.LocalioDesign;

/**
 * The interlock under the interleavings a model checker explores: each When runs one race of the model under Lincheck's
 * model checker, up to the number of interleavings the sentence gives, and attaches what it found
 * (how many interleavings it ran, and the first one that broke a promise, as a trace) under the
 * scenario; each Then asks whether the check found an interleaving that broke its promise.
 */
public class InterleavingSteps {

    /**
     * Each check's result, by everything it depends on (race, design, bound, host, container): the
     * checker's exploration is a function of these alone, and the Then steps only read its result. A
     * scenario that runs again with the same When (as the bite gate runs one with a Then step changed)
     * is judged against the same exploration instead of waiting for the checker to repeat it.
     */
    private static final Map<List<Object>, ModelCheckResult> CHECKED = new ConcurrentHashMap<>();

    private final LocalioWorld world;
    private final InterleavingRun run;

    public InterleavingSteps(LocalioWorld world, InterleavingRun run) {
        this.world = world;
        this.run = run;
    }

    @Before("not @prose")
    public void scenario(Scenario scenario) {
        run.scenario(scenario);
    }

    @Given("a client on {string} that the nfsd in container {string} confirmed as local")
    public void aConfirmedClient(String host, String container) {
        // A Given step made the host, with its design; the checker builds that design's kernel with LOCALIO
        // in it, so a host whose kernel lacks LOCALIO cannot have a confirmed client to check.
        assertThat(world.host(host).subsystems().kernel().kconfig().nfsLocalio())
                .as("the kernel of %s has CONFIG_NFS_LOCALIO, without which no nfsd confirms a client as local", host).isTrue();
        run.world(InterleavingRun.World.CONFIRMED_CLIENT, host, container);
    }

    @Given("an RCU-protected pointer to an object on {string}")
    public void anRcuProtectedPointer(String host) {
        world.host(host);
        run.world(InterleavingRun.World.RCU_POINTER, host, null);
    }

    @Given("a live percpu_ref guarding an object on {string}")
    public void aLivePercpuRef(String host) {
        world.host(host);
        run.world(InterleavingRun.World.PERCPU_REF, host, null);
    }

    @When("the checker runs the client's local read of a file against nfsd shutting down, in up to {int} interleavings")
    public void checkLocalReadAgainstShutdown(int bound) {
        check(InterleavingRun.World.CONFIRMED_CLIENT, DestroyServRace.RACE, bound);
    }

    @When("the checker runs the client's local open against the teardown of the namespace after nfsd stopped, in up to {int} interleavings")
    public void checkLocalOpenAgainstTeardown(int bound) {
        check(InterleavingRun.World.CONFIRMED_CLIENT, TeardownRace.RACE, bound);
    }

    @When("the checker runs two readers of the pointer against an updater that replaces the object, waits for a grace period and frees the old one, in up to {int} interleavings")
    public void checkRcuReadersAgainstUpdater(int bound) {
        check(InterleavingRun.World.RCU_POINTER, RcuReadersRace.RACE, bound);
    }

    @When("the checker runs a user that twice takes, uses and puts a reference against the owner killing the ref, waiting for the confirmation and the release, and freeing the object, in up to {int} interleavings")
    public void checkPercpuRefUserAgainstKill(int bound) {
        check(InterleavingRun.World.PERCPU_REF, PercpuRefKillRace.RACE, bound);
    }

    @When("the checker runs the client's local read that caches its file against nfsd_shutdown_net\\(), in up to {int} interleavings")
    public void checkCachingReadAgainstShutdownNet(int bound) {
        check(InterleavingRun.World.CONFIRMED_CLIENT, ShutdownNetRace.RACE, bound);
    }

    @Then("in each of them the open failed with ENXIO or ESTALE, or the read saw the file")
    public void theOpenFailedOrTheReadSawTheFile() {
        vouchFor(ShutdownNetRace.OPEN);
    }

    @Then("in each of them nfsd finished shutting down and no file stayed cached for the client")
    public void nfsdFinishedAndNothingStayedCached() {
        vouchFor(ShutdownNetRace.SHUTDOWN, ModelCheckResult.HANG);
    }

    @Then("the checker finds an interleaving in which nfsd never finishes shutting down")
    public void theCheckerFindsAHang() {
        ModelCheckResult r = run.result();
        assertThat(r.found()).as("the checker found an interleaving that breaks a promise, in %d interleavings", r.runs())
                .isTrue();
        assertThat(r.counterexample().promise()).as("the promise the interleaving it found broke")
                .isIn(ModelCheckResult.HANG, ShutdownNetRace.SHUTDOWN);
    }

    private void check(InterleavingRun.World from, Race race, int bound) {
        run.require(from);
        LocalioDesign design = world.host(run.host()).subsystems().nfsLocalio().design();
        String container = run.container() == null ? "c1" : run.container();
        List<Object> key = List.of(race, design, bound, run.host(), container);
        ModelCheckResult result = CHECKED.get(key);
        if (result == null) {
            result = ModelCheck.explore(race, design, bound, run.host(), container);
            CHECKED.putIfAbsent(key, result);
        }
        run.result(result);
        System.out.println("model check (" + design + "): " + result.summary());
        run.attach("Model check: " + race.name(), result.report());
        if (result.found()) {
            run.attach("The interleaving the checker found, a lane per thread", Swimlanes.json(race.legend(), result.counterexample().trace()),
                    Swimlanes.MEDIA_TYPE);
            run.attach("The interleaving the checker found", race.legend() + "\n" + result.counterexample().trace());
        }
    }

    /**
     * The bounds the page states in words are the race's: a sentence that said two threads where the
     * checker ran three would misreport what was checked.
     */
    @Then("the race ran in {int} threads, {int} operation(s) each")
    public void theRaceRanIn(int threads, int operations) {
        Race race = run.result().race();
        assertThat(race.boundsInWords()).as("the threads and operations the checker ran")
                .isEqualTo(threads + " threads, " + operations + " operation" + (operations == 1 ? "" : "s") + " each");
    }

    @Then("the race ran in {int} threads, up to {int} operations each")
    public void theRaceRanInUpTo(int threads, int operations) {
        Race race = run.result().race();
        assertThat(race.boundsInWords()).as("the threads and operations the checker ran")
                .isEqualTo(threads + " threads, up to " + operations + " operations each");
    }

    /**
     * How much the checker explored, as it reported it: {@code n} interleavings, and not every one the race
     * has. The page's sentences say "up to" that many, never "every".
     */
    @Then("the checker explored {int} interleavings, not all there are")
    public void theCheckerExploredNotAll(int n) {
        ModelCheckResult r = run.result();
        assertThat(r.runs()).as("interleavings the checker reported it explored (bound %d)", r.bound()).isEqualTo(n);
        assertThat(r.exhaustive()).as("whether the checker ran out of interleavings before its bound").isFalse();
    }

    /** The checker ran out of new interleavings before its bound: it explored all {@code n} there are. */
    @Then("the checker explored all {int} interleavings there are")
    public void theCheckerExploredAll(int n) {
        ModelCheckResult r = run.result();
        assertThat(r.runs()).as("interleavings the checker reported it explored (bound %d)", r.bound()).isEqualTo(n);
        assertThat(r.exhaustive()).as("whether the checker ran out of interleavings before its bound").isTrue();
    }

    @Then("in each of them the client read with a live service reference until its put, or failed with ENXIO")
    public void theClientHeldALiveReferenceOrGotEnxio() {
        vouchFor(DestroyServRace.REFERENCE);
    }

    @Then("in each of them nfsd finished shutting down, and only after the client's last put")
    public void nfsdFinishedAfterTheLastPut() {
        vouchFor(DestroyServRace.SHUTDOWN, ModelCheckResult.HANG);
    }

    @Then("in none of them did the kernel crash or touch freed memory")
    public void noCrashNoUseAfterFree() {
        vouchFor(Invariant.MEMORY);
    }

    @Then("in each of them a client that read the namespace finished its try for a service reference before exit freed nfsd_net")
    public void theTryGetCameBeforeExit() {
        vouchFor(TeardownRace.GRACE);
    }

    @Then("in each of them the open failed with ENXIO")
    public void theOpenFailedWithEnxio() {
        vouchFor(TeardownRace.ENXIO);
    }

    @Then("in each of them each reader saw the old object or the new one")
    public void eachReaderSawOldOrNew() {
        vouchFor(RcuReadersRace.SEEN);
    }

    @Then("in none of them did a try_get that began after the confirmation succeed")
    public void noLateTryGet() {
        vouchFor(PercpuRefKillRace.LATE_GET);
    }

    @Then("in each of them the release ran exactly once, after the last put")
    public void theReleaseRanOnce() {
        vouchFor(PercpuRefKillRace.RELEASE, ModelCheckResult.HANG);
    }

    @Then("the checker finds an interleaving in which the kernel reports a NULL pointer dereference")
    public void theCheckerFindsANullDereference() {
        theCheckerFinds("a NULL pointer dereference");
    }

    @Then("the checker finds an interleaving in which the kernel reports a use-after-free")
    public void theCheckerFindsAUseAfterFree() {
        theCheckerFinds("a freed object was touched", "a use-after-free");
    }

    private void theCheckerFinds(String... words) {
        ModelCheckResult r = run.result();
        assertThat(r.found()).as("the checker found an interleaving that breaks a promise, in %d interleavings", r.runs())
                .isTrue();
        assertThat(r.counterexample().broken()).as("what the interleaving it found broke")
                .containsAnyOf(words);
    }

    /**
     * Passes when the check found no interleaving that breaks {@code promise} (or the others given);
     * fails with that interleaving if it did, and also when it stopped at one that broke another
     * promise, since then not every interleaving was checked for this one.
     */
    private void vouchFor(String promise, String... alsoCovered) {
        ModelCheckResult r = run.result();
        if (!r.found()) {
            return;
        }
        ModelCheckResult.Counterexample c = r.counterexample();
        boolean mine = c.promise().equals(promise) || Set.of(alsoCovered).contains(c.promise());
        throw new AssertionError((mine ? "after " + r.runs() + " interleavings the checker found one that breaks this: "
                : "the checker stopped after " + r.runs() + " interleavings at one that breaks another promise ("
                        + c.promise() + "), so this one was not checked in all of them: ") + c.broken()
                + " (the interleaving is attached under the scenario)");
    }
}

package dev.localio.check;

import dev.localio.linux.kernel.Completion;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.lib.PercpuRef;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * percpu_ref's contract on its own, as nfsd uses it: a user takes a reference with
 * {@code percpu_ref_tryget_live()}, uses the object and puts it, twice; meanwhile its owner kills
 * the ref with {@code percpu_ref_kill_and_confirm()}, waits for the confirmation, waits for the
 * release, and frees the object. Models lib/percpu-refcount.c (and the switch to atomic mode after
 * an RCU grace period, run by the {@code rcu_gp} kthread).
 *
 * <p>What must hold in every interleaving: no try_get that begins after the confirmation succeeds;
 * the release runs exactly once; nothing freed is touched; the count ends at zero.
 */
public final class PercpuRefKillRace {

    /** No try_get that began after the confirmation succeeded. */
    public static final String LATE_GET = "late-get";
    /** The release ran exactly once, and the count ended at zero. */
    public static final String RELEASE = "release";

    public static final Race RACE = new Race("a percpu_ref's user racing its kill", PercpuRefKillRace.class,
            List.of(List.of("use", "use"), List.of("kill")),
            List.of("user", "owner", "rcu_gp"),
            List.of("percpu_ref_tryget_live(), use the object, percpu_ref_put(); twice",
                    "percpu_ref_kill_and_confirm(), wait for the confirmation, then for the release, kfree()",
                    "the RCU callback kthread that switches the ref to atomic mode"));

    private final Kernel kernel;
    private final PercpuRef ref;
    private final RcuReadersRace.Foo object;
    private final Completion confirmDone;
    private final Completion releaseDone;
    private final AtomicInteger releases = new AtomicInteger();
    private volatile boolean confirmed;
    private volatile boolean lateGet;
    private volatile Throwable crash;

    /** A new kernel with a live ref guarding foo 1, for this interleaving. */
    public PercpuRefKillRace() {
        Runs.next();
        kernel = new Kernel("h1", true, 64);
        object = new RcuReadersRace.Foo(kernel, 1);
        confirmDone = new Completion();
        releaseDone = new Completion();
        ref = new PercpuRef(kernel, "ref");
        ref.percpuRefInit(r -> {
            releases.incrementAndGet();
            releaseDone.complete();
        });
    }

    @Operation
    public void use() {
        try {
            boolean afterConfirm = confirmed;
            if (ref.percpuRefTrygetLive()) {
                lateGet |= afterConfirm;
                object.value();
                ref.percpuRefPut();
            }
        } catch (Throwable t) {
            crash = t;
        }
    }

    @Operation
    public void kill() {
        try {
            ref.percpuRefKillAndConfirm(r -> {
                confirmed = true;
                confirmDone.complete();
            });
            confirmDone.waitForCompletion();
            if (ref.percpuRefTrygetLive()) {
                lateGet = true;
                ref.percpuRefPut();
            }
            releaseDone.waitForCompletion();
            object.kfree();
        } catch (Throwable t) {
            crash = t;
        }
    }

    @Validate
    public void theRefWasKilledCleanly() {
        Invariant.noCrash("the user or the owner", crash);
        Invariant.noKasanReport(kernel);
        Invariant.require(!lateGet, LATE_GET, "a try_get that began after the kill was confirmed succeeded");
        Invariant.require(releases.get() == 1, RELEASE, "the release ran " + releases.get() + " times, not once");
        Invariant.require(ref.percpuRefIsZero(), RELEASE, "the count did not end at zero");
    }
}

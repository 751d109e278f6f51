package dev.localio.linux.lib;

import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.Wait;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A reference count that is cheap while live and exact once killed. In percpu mode gets and puts
 * touch only a {@link LongAdder} (the model's per-CPU counters) and never test for zero; killing
 * the ref switches it to atomic mode: the switch waits a grace period of the host's RCU (every
 * get, put and tryget runs inside a read-side section, as the kernel runs them under
 * {@code rcu_read_lock()}), then folds the percpu counts into the atomic count, calls the confirm
 * callback and drops the reference the switch held. From then on a put that reaches zero calls
 * the release callback, exactly once.
 *
 * <p>While percpu, the atomic count carries {@link #PERCPU_COUNT_BIAS} so that puts made in atomic
 * mode before the fold cannot reach zero early. After the confirm callback no
 * {@link #percpuRefTrygetLive()} succeeds: the DEAD flag was set before the grace period, and
 * every tryget that missed it ran inside a section the grace period waited for.
 *
 * <p>Models lib/percpu-refcount.c: {@code struct percpu_ref}, {@code percpu_ref_init()},
 * {@code percpu_ref_get()}, {@code percpu_ref_put()}, {@code percpu_ref_tryget()},
 * {@code percpu_ref_tryget_live()}, {@code percpu_ref_kill_and_confirm()},
 * {@code percpu_ref_exit()}, {@code percpu_ref_reinit()}, {@code percpu_ref_resurrect()},
 * {@code percpu_ref_is_zero()}, {@code percpu_ref_is_dying()}.
 */
public final class PercpuRef {

    /** {@code PERCPU_COUNT_BIAS}: keeps the atomic count off zero while percpu counts are live. */
    static final long PERCPU_COUNT_BIAS = 1L << 62;

    /** {@code PERCPU_REF_INIT_ATOMIC}: start in atomic mode. */
    public static final int PERCPU_REF_INIT_ATOMIC = 1;
    /** {@code PERCPU_REF_INIT_DEAD}: start dead (and atomic), with no live reference. */
    public static final int PERCPU_REF_INIT_DEAD = 2;
    /** {@code PERCPU_REF_ALLOW_REINIT}: keep the percpu counters after a kill, for reinit. */
    public static final int PERCPU_REF_ALLOW_REINIT = 4;

    private static final int ATOMIC = 1;
    private static final int DEAD = 2;

    /** {@code struct percpu_ref_data}: what {@code percpu_ref_exit()} frees. */
    private static final class Data {
        final AtomicLong count = new AtomicLong();
        final Consumer<PercpuRef> release;
        Consumer<PercpuRef> confirmSwitch;
        final boolean allowReinit;
        boolean forceAtomic;

        Data(Consumer<PercpuRef> release, boolean allowReinit) {
            this.release = release;
            this.allowReinit = allowReinit;
        }
    }

    private final Kernel kernel;
    private final String name;
    /** The per-CPU counters; {@code null} once freed (after a kill without reinit, or exit). */
    private volatile LongAdder percpuCount;
    private volatile int flags = ATOMIC | DEAD;
    private volatile Data data;
    /** What {@code percpu_ref_exit()} keeps of the count in the pointer bits. */
    private volatile long exitedCount;
    /** {@code percpu_ref_switch_lock} and {@code percpu_ref_switch_waitq}. */
    private final Object switchLock = new Object();

    /**
     * An uninitialised ref (as a zeroed {@code struct percpu_ref}): dead and atomic until
     * {@link #percpuRefInit}.
     */
    public PercpuRef(Kernel kernel, String name) {
        this.kernel = kernel;
        this.name = name;
    }

    /** {@code percpu_ref_init(ref, release, 0, ...)}: live, percpu mode, count one. */
    public void percpuRefInit(Consumer<PercpuRef> release) {
        percpuRefInit(release, 0);
    }

    /**
     * {@code percpu_ref_init()}: initialises (or, after {@link #percpuRefExit()}, re-initialises)
     * the ref with one reference held by the caller.
     */
    public void percpuRefInit(Consumer<PercpuRef> release, int initFlags) {
        Data d = new Data(release, (initFlags & PERCPU_REF_ALLOW_REINIT) != 0);
        d.forceAtomic = (initFlags & PERCPU_REF_INIT_ATOMIC) != 0;
        long start = 0;
        int f = 0;
        if ((initFlags & (PERCPU_REF_INIT_ATOMIC | PERCPU_REF_INIT_DEAD)) != 0) {
            f |= ATOMIC;
        } else {
            start += PERCPU_COUNT_BIAS;
        }
        if ((initFlags & PERCPU_REF_INIT_DEAD) != 0) {
            f |= DEAD;
        } else {
            start++; // the caller's initial reference
        }
        d.count.set(start);
        synchronized (switchLock) {
            percpuCount = new LongAdder();
            data = d;
            flags = f;
        }
        kernel.trace().event(new PercpuRefTrace.PercpuRefInit(name));
    }

    /** {@code percpu_ref_get()}. */
    public void percpuRefGet() {
        percpuRefGetMany(1);
    }

    /** {@code percpu_ref_get_many()}. */
    public void percpuRefGetMany(long nr) {
        kernel.rcu().rcuReadLock();
        try {
            LongAdder pcpu = percpuIfLive();
            if (pcpu != null) {
                pcpu.add(nr);
            } else {
                data.count.addAndGet(nr);
            }
        } finally {
            kernel.rcu().rcuReadUnlock();
        }
    }

    /** {@code percpu_ref_tryget()}: a reference unless the count already reached zero. */
    public boolean percpuRefTryget() {
        return tryget(false);
    }

    /**
     * {@code percpu_ref_tryget_live()}: a reference unless the ref has been killed. Once the confirm
     * callback of {@link #percpuRefKillAndConfirm} has run, this always fails.
     */
    @KernelSymbol(value = "percpu_ref_tryget_live()", file = "include/linux/percpu-refcount.h")
    public boolean percpuRefTrygetLive() {
        return tryget(true);
    }

    /** Both trygets: {@code live} also refuses a killed ref whose count is not zero yet. */
    private boolean tryget(boolean live) {
        kernel.rcu().rcuReadLock();
        try {
            LongAdder pcpu = percpuIfLive();
            if (pcpu != null) {
                pcpu.increment();
                return true;
            }
            if (live && (flags & DEAD) != 0) {
                return false;
            }
            return incNotZero(data.count);
        } finally {
            kernel.rcu().rcuReadUnlock();
        }
    }

    /** {@code percpu_ref_put()}. */
    public void percpuRefPut() {
        percpuRefPutMany(1);
    }

    /** {@code percpu_ref_put_many()}: the put that reaches zero calls the release callback. */
    public void percpuRefPutMany(long nr) {
        kernel.rcu().rcuReadLock();
        try {
            LongAdder pcpu = percpuIfLive();
            if (pcpu != null) {
                pcpu.add(-nr);
                return;
            }
            Data d = data;
            long now = d.count.addAndGet(-nr);
            if (now == 0) {
                kernel.trace().event(new PercpuRefTrace.PercpuRefPutMany(name));
                d.release.accept(this);
            } else {
                kernel.warnOn(now < 0, "percpu ref (" + name + ") <= 0 after put");
            }
        } finally {
            kernel.rcu().rcuReadUnlock();
        }
    }

    /**
     * {@code percpu_ref_kill_and_confirm()}: marks the ref dead, starts the switch to atomic mode
     * and drops the initial reference. {@code confirmKill} (may be {@code null}) runs on the
     * {@code rcu_gp} kthread once no new {@link #percpuRefTrygetLive()} can succeed; the release
     * callback follows as soon as the count reaches zero.
     */
    @KernelSymbol(value = "percpu_ref_kill_and_confirm()", file = "lib/percpu-refcount.c")
    public void percpuRefKillAndConfirm(Consumer<PercpuRef> confirmKill) {
        synchronized (switchLock) {
            kernel.warnOn((flags & DEAD) != 0,
                    "percpu_ref_kill_and_confirm called more than once on " + name);
            flags |= DEAD;
            kernel.trace().event(new PercpuRefTrace.PercpuRefKillAndConfirm(name));
            switchMode(confirmKill);
        }
        percpuRefPut();
    }

    /** {@code __percpu_ref_switch_mode()}; caller holds {@code switchLock}. */
    private void switchMode(Consumer<PercpuRef> confirmSwitch) {
        Data d = data;
        // Wait for a switch already in flight, as the kernel waits on percpu_ref_switch_waitq.
        Wait.waitEvent(switchLock, () -> d.confirmSwitch == null);
        if (d.forceAtomic || (flags & DEAD) != 0) {
            switchToAtomic(confirmSwitch);
        } else {
            switchToPercpu();
        }
    }

    /** {@code __percpu_ref_switch_to_atomic()}. */
    private void switchToAtomic(Consumer<PercpuRef> confirmSwitch) {
        if ((flags & ATOMIC) != 0) {
            if (confirmSwitch != null) {
                confirmSwitch.accept(this);
            }
            return;
        }
        flags |= ATOMIC;
        Data d = data;
        d.confirmSwitch = confirmSwitch != null ? confirmSwitch : r -> { };
        percpuRefGet(); // put after confirmation
        kernel.rcu().callRcu(this::switchToAtomicRcu);
    }

    /** {@code percpu_ref_switch_to_atomic_rcu()}: runs after the grace period. */
    private void switchToAtomicRcu() {
        Data d = data;
        LongAdder pcpu = percpuCount;
        long sum = pcpu.sum();
        long now = d.count.addAndGet(sum - PERCPU_COUNT_BIAS);
        kernel.warnOn(now <= 0, "percpu ref (" + name + ") <= 0 (" + now + ") after switching to atomic");
        Consumer<PercpuRef> confirm;
        synchronized (switchLock) {
            confirm = d.confirmSwitch;
        }
        kernel.trace().event(new PercpuRefTrace.PercpuRefSwitchToAtomicRcu(name));
        confirm.accept(this);
        synchronized (switchLock) {
            d.confirmSwitch = null;
            switchLock.notifyAll();
            if (!d.allowReinit) {
                percpuCount = null; // __percpu_ref_exit(): the percpu counters are freed
            }
        }
        percpuRefPut(); // drop the reference switchToAtomic() took
    }

    /** {@code __percpu_ref_switch_to_percpu()}. */
    private void switchToPercpu() {
        if ((flags & ATOMIC) == 0) {
            return;
        }
        if (percpuCount == null) {
            return; // no percpu counters to switch to
        }
        data.count.addAndGet(PERCPU_COUNT_BIAS);
        percpuCount.reset();
        flags &= ~ATOMIC;
    }

    /**
     * {@code percpu_ref_exit()}: frees what {@link #percpuRefInit} allocated. The ref must be dead
     * and at zero, or never used. Afterwards {@link #percpuRefTrygetLive()} fails and
     * {@link #percpuRefIsZero()} still answers; anything else dereferences freed data.
     */
    @KernelSymbol(value = "percpu_ref_exit()", file = "lib/percpu-refcount.c")
    public void percpuRefExit() {
        synchronized (switchLock) {
            Data d = data;
            percpuCount = null;
            if (d == null) {
                return;
            }
            exitedCount = d.count.get();
            flags = ATOMIC | DEAD;
            data = null;
        }
        kernel.trace().event(new PercpuRefTrace.PercpuRefExit(name));
    }

    /**
     * {@code percpu_ref_reinit()}: brings a killed ref whose count reached zero back to live,
     * percpu mode with one reference. Needs {@link #PERCPU_REF_ALLOW_REINIT}.
     */
    public void percpuRefReinit() {
        kernel.warnOn(!percpuRefIsZero(), "percpu_ref_reinit() of " + name + " not at zero");
        percpuRefResurrect();
    }

    /** {@code percpu_ref_resurrect()}: a killed ref live again, with one more reference. */
    public void percpuRefResurrect() {
        synchronized (switchLock) {
            kernel.warnOn((flags & DEAD) == 0 || percpuCount == null,
                    "percpu_ref_resurrect() of " + name + " not dead or without percpu counters");
            flags &= ~DEAD;
            percpuRefGet();
            switchMode(null);
        }
        kernel.trace().event(new PercpuRefTrace.PercpuRefReinit(name));
    }

    /** {@code percpu_ref_is_zero()}: whether the count is zero (false while percpu). */
    public boolean percpuRefIsZero() {
        if (percpuIfLive() != null) {
            return false;
        }
        Data d = data;
        return d != null ? d.count.get() == 0 : exitedCount == 0;
    }

    /** {@code percpu_ref_is_dying()}: whether the ref was killed (or never initialised). */
    public boolean percpuRefIsDying() {
        return (flags & DEAD) != 0;
    }

    /** Whether the ref is in percpu (fast) mode. Model-only observability. */
    public boolean isPercpu() {
        return percpuIfLive() != null;
    }

    /**
     * The current count: the percpu sum plus the unbiased atomic count. Model-only observability;
     * racy against concurrent gets and puts, like any read of a live count.
     */
    public long count() {
        Data d = data;
        if (d == null) {
            return exitedCount;
        }
        long c = d.count.get();
        LongAdder pcpu = percpuCount;
        if (c >= PERCPU_COUNT_BIAS / 2) {
            c -= PERCPU_COUNT_BIAS;
            if (pcpu != null) {
                c += pcpu.sum();
            }
        }
        return c;
    }

    /** {@code __ref_is_percpu()}: the percpu counters when in percpu mode, else {@code null}. */
    private LongAdder percpuIfLive() {
        if ((flags & ATOMIC) != 0) {
            return null;
        }
        return percpuCount;
    }

    private static boolean incNotZero(AtomicLong count) {
        while (true) {
            long c = count.get();
            if (c == 0) {
                return false;
            }
            if (count.compareAndSet(c, c + 1)) {
                return true;
            }
        }
    }

    @Override
    public String toString() {
        return "percpu_ref " + name;
    }
}

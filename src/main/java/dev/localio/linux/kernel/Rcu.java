package dev.localio.linux.kernel;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Read-copy-update for one kernel: read-side sections that never block, {@link #synchronizeRcu()}
 * that waits for every reader that began before it, and {@link #callRcu(Runnable)} that runs a
 * callback after a grace period on the host's {@code rcu_gp} kthread.
 *
 * <p>The grace period is SRCU-style: two reader counters and an index. A reader increments the
 * counter the index names and remembers which. A grace period first waits for the inactive
 * counter to drain (readers left there from before the previous flip), then flips the index and
 * waits for the formerly active counter to drain. A reader that began before the call is counted
 * on one of the two and is waited for; readers that begin after the flip land on the fresh
 * counter and never hold the writer up.
 * Waiting uses {@code synchronized}/{@code wait}/{@code notifyAll}, which a model checker follows.
 * Read sections nest per thread; only the outermost one counts.
 *
 * <p>Models kernel/rcu/update.c and kernel/rcu/srcutiny.c: {@code rcu_read_lock()},
 * {@code rcu_read_unlock()}, {@code synchronize_rcu()}, {@code call_rcu()}, {@code rcu_barrier()},
 * {@code rcu_read_lock_held()}; with lock events on ({@link Trace#setLockEventsEnabled}), the
 * {@code lock_acquire}/{@code lock_release} tracepoints lockdep fires for {@code rcu_read_lock}.
 */
public final class Rcu implements AutoCloseable {

    /** The per-thread read-side state: nesting depth and the counter the outermost lock used. */
    private static final class ReaderState {
        int depth;
        int idx;
    }

    private final Kernel kernel;
    private final AtomicLong[] readers = {new AtomicLong(), new AtomicLong()};
    private volatile int idx;
    private volatile boolean drainWaiting;
    private final Object drain = new Object();
    private final ReentrantLock gpMutex = new ReentrantLock();
    private final AtomicLong completed = new AtomicLong();
    private final ThreadLocal<ReaderState> reader = ThreadLocal.withInitial(ReaderState::new);

    private final Object cbLock = new Object();
    private final ArrayDeque<Runnable> callbacks = new ArrayDeque<>();
    /** The running {@code rcu_gp} kthread, {@code null} while no callback is pending. */
    private Thread gpThread;
    /** The kthread started last, which {@link #close()} waits for (it may be ending). */
    private Thread lastGpThread;
    private boolean stopping;
    private long queued;
    private long invoked;

    Rcu(Kernel kernel) {
        this.kernel = kernel;
    }

    /** {@code rcu_read_lock()}: enters a read-side section; nests. Never blocks. */
    @KernelSymbol(value = "rcu_read_lock()", file = "include/linux/rcupdate.h")
    public void rcuReadLock() {
        ReaderState s = reader.get();
        if (s.depth++ == 0) {
            int i = idx;
            readers[i].incrementAndGet();
            s.idx = i;
        }
        if (kernel.trace().lockEventsEnabled()) {
            kernel.trace().event(new KernelTrace.LockAcquire("rcu_read_lock", s.depth));
        }
    }

    /** {@code rcu_read_unlock()}: leaves the innermost read-side section. */
    @KernelSymbol(value = "rcu_read_unlock()", file = "include/linux/rcupdate.h")
    public void rcuReadUnlock() {
        ReaderState s = reader.get();
        if (kernel.warnOn(s.depth == 0, "rcu_read_unlock() without rcu_read_lock()")) {
            return;
        }
        if (kernel.trace().lockEventsEnabled()) {
            kernel.trace().event(new KernelTrace.LockRelease("rcu_read_lock", s.depth));
        }
        if (--s.depth == 0) {
            if (readers[s.idx].decrementAndGet() == 0 && drainWaiting) {
                synchronized (drain) {
                    drain.notifyAll();
                }
            }
        }
    }

    /** {@code rcu_read_lock_held()}: whether this thread is inside a read-side section. */
    public boolean rcuReadLockHeld() {
        return reader.get().depth > 0;
    }

    /**
     * {@code synchronize_rcu()}: returns once every read-side section that began before the call
     * has ended. Sections that begin during the call do not delay it.
     *
     * @throws KernelBug if called inside a read-side section (it would wait for itself)
     */
    @KernelSymbol(value = "synchronize_rcu()", file = "kernel/rcu/tree.c")
    public void synchronizeRcu() {
        kernel.bugOn(rcuReadLockHeld(), "synchronize_rcu() in RCU read-side critical section");
        gpMutex.lock();
        try {
            // Readers on the inactive counter began before the previous flip: wait them out
            // first, so that after the flip only the old active counter can hold an old reader.
            int active = idx;
            waitForReaders(1 - active);
            idx = 1 - active;
            waitForReaders(active);
            completed.incrementAndGet();
        } finally {
            gpMutex.unlock();
        }
    }

    private void waitForReaders(int i) {
        if (readers[i].get() == 0) {
            return;
        }
        synchronized (drain) {
            drainWaiting = true;
            Wait.waitEvent(drain, () -> readers[i].get() == 0);
            drainWaiting = false;
        }
    }

    Kernel kernel() {
        return kernel;
    }

    /** How many grace periods have completed (observability). */
    public long completedGracePeriods() {
        return completed.get();
    }

    /** How many readers are inside a read-side section now (observability; racy by nature). */
    public long activeReaders() {
        return readers[0].get() + readers[1].get();
    }

    /**
     * {@code call_rcu()}: runs {@code callback} on the {@code rcu_gp} kthread after a grace period
     * that starts after this call. Callbacks run in the order they were queued.
     */
    public void callRcu(Runnable callback) {
        synchronized (cbLock) {
            kernel.bugOn(stopping, "call_rcu() after the kernel stopped");
            callbacks.addLast(callback);
            queued++;
            if (gpThread == null) {
                gpThread = new Thread(this::gpKthread, "rcu_gp/" + kernel.name());
                gpThread.setDaemon(true);
                lastGpThread = gpThread;
                gpThread.start();
            }
        }
    }

    /**
     * The {@code rcu_gp} kthread: waits a grace period for each batch of callbacks, runs them, and
     * ends once none is left; the next {@link #callRcu} starts it again. The kernel's callback
     * kthreads sleep when idle instead; callers cannot tell (callbacks still run after a grace
     * period, in order), and a kthread that does not outlive its work leaves nothing running once
     * the kernel is quiet, which a model checker needs: it explores a section only if every
     * thread started in it ends.
     */
    private void gpKthread() {
        while (true) {
            ArrayDeque<Runnable> batch;
            synchronized (cbLock) {
                if (callbacks.isEmpty()) {
                    gpThread = null;
                    return;
                }
                batch = new ArrayDeque<>(callbacks);
                callbacks.clear();
            }
            synchronizeRcu();
            for (Runnable cb : batch) {
                try {
                    cb.run();
                } catch (Throwable t) {
                    kernel.oops(t);
                }
                synchronized (cbLock) {
                    invoked++;
                    cbLock.notifyAll();
                }
            }
        }
    }

    /** {@code rcu_barrier()}: waits until every callback queued before the call has run. */
    public void rcuBarrier() {
        synchronized (cbLock) {
            long target = queued;
            Wait.waitEvent(cbLock, () -> invoked >= target);
        }
    }

    /** Runs every queued callback and waits until the {@code rcu_gp} kthread has ended. Idempotent. */
    @Override
    public void close() {
        rcuBarrier();
        Thread t;
        synchronized (cbLock) {
            stopping = true;
            t = lastGpThread;
        }
        if (t != null) {
            boolean interrupted = false;
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Whether an {@code rcu_gp} kthread is running: from the {@link #callRcu} that finds none until
     * the last pending callback ran (lifecycle observability).
     */
    public boolean gpKthreadAlive() {
        synchronized (cbLock) {
            return gpThread != null && gpThread.isAlive();
        }
    }
}

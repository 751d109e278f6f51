package dev.localio.linux.kernel;

/**
 * A completion: one side waits until the other says "done". {@link #complete()} lets one waiter
 * through, {@link #completeAll()} lets every present and future waiter through until
 * {@link #reinitCompletion()}.
 *
 * <p>Models kernel/sched/completion.c: {@code struct completion}, {@code complete()},
 * {@code complete_all()}, {@code wait_for_completion()}, {@code try_wait_for_completion()},
 * {@code completion_done()}, {@code reinit_completion()}. The wait is uninterruptible, as
 * {@code wait_for_completion()} is; it uses {@code synchronized}/{@code wait}/{@code notifyAll}.
 */
public final class Completion {

    /** {@code UINT_MAX}: the "done" count that {@code complete_all()} sets. */
    private static final long COMPLETE_ALL = Long.MAX_VALUE;

    private long done;
    private int waiters;

    /** {@code init_completion()}: not done. */
    public Completion() {
    }

    /** {@code complete()}: lets one waiter (present or future) through. */
    public synchronized void complete() {
        if (done != COMPLETE_ALL) {
            done++;
        }
        notifyAll();
    }

    /** {@code complete_all()}: lets every waiter through until {@link #reinitCompletion()}. */
    public synchronized void completeAll() {
        done = COMPLETE_ALL;
        notifyAll();
    }

    /** {@code wait_for_completion()}: sleeps until done, then consumes one {@code complete()}. */
    public synchronized void waitForCompletion() {
        waiters++;
        try {
            Wait.waitEvent(this, () -> done != 0);
            if (done != COMPLETE_ALL) {
                done--;
            }
        } finally {
            waiters--;
        }
    }

    /** {@code try_wait_for_completion()}: consumes one {@code complete()} if there is one. */
    public synchronized boolean tryWaitForCompletion() {
        if (done == 0) {
            return false;
        }
        if (done != COMPLETE_ALL) {
            done--;
        }
        return true;
    }

    /** {@code completion_done()}: whether a wait would return at once. */
    public synchronized boolean completionDone() {
        return done != 0;
    }

    /** {@code reinit_completion()}: not done again, for reuse. */
    public synchronized void reinitCompletion() {
        done = 0;
    }

    /**
     * How many threads sleep in {@link #waitForCompletion()} now. Model-only: lets a test see
     * that a thread is blocked here without sleeping for it.
     */
    public synchronized int waiters() {
        return waiters;
    }
}

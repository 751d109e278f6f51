package dev.localio.linux;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Test helper: waits for an observable state (a thread parked in a wait, a counter reached) by
 * polling with {@link Thread#onSpinWait()}, never by sleeping a guessed time. The deadline only
 * turns a hang into a failure.
 */
public final class Await {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private Await() {
    }

    /** Spins until {@code condition} holds; fails the test after the deadline. */
    public static void until(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** Spins until {@code t} is blocked (WAITING, TIMED_WAITING or BLOCKED). */
    public static void blocked(Thread t) {
        until(t.getName() + " blocks", () -> {
            Thread.State s = t.getState();
            return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING
                    || s == Thread.State.BLOCKED;
        });
    }

    /** Joins {@code t}, failing if it does not end before the deadline. */
    public static void joined(Thread t) {
        try {
            t.join(DEADLINE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (t.isAlive()) {
            throw new AssertionError(t.getName() + " did not finish");
        }
        if (t instanceof Worker w && w.failure != null) {
            throw new AssertionError(t.getName() + " failed", w.failure);
        }
    }

    /** A thread that keeps what it threw, for {@link #joined} to rethrow. */
    private static final class Worker extends Thread {
        private final Runnable body;
        private volatile Throwable failure;

        Worker(Runnable body, String name) {
            super(name);
            this.body = body;
        }

        @Override
        public void run() {
            try {
                body.run();
            } catch (Throwable e) {
                failure = e;
            }
        }
    }

    /** Starts a named thread running {@code body}; its failure is rethrown by {@link #joined}. */
    public static Thread start(String name, Runnable body) {
        Thread t = new Worker(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}

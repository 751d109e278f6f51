package dev.localio.steps;

import java.util.ArrayList;
import java.util.List;

/** The threads a scenario starts besides its own; the scenario's end waits for them. */
public final class ScenarioThreads implements AutoCloseable {

    private static final long JOIN_MILLIS = 10_000;

    private final List<Thread> threads = new ArrayList<>();

    /** Runs {@code task} on a daemon thread called {@code name}. */
    public Thread spawn(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
        return t;
    }

    /** Waits, up to ten seconds each, for the threads to end. */
    @Override
    public void close() {
        for (Thread t : threads) {
            try {
                t.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

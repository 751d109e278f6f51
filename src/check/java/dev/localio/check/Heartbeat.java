package dev.localio.check;

import java.time.Duration;

/**
 * When a soak thread last got something done (an IO, a mount, a restart begun or finished), so the
 * run can tell a thread that waits as the model says it should (for a restart to finish) from one
 * that hangs (a restart waiting for a reference nobody will drop).
 */
final class Heartbeat {

    private volatile long last = System.nanoTime();

    void beat() {
        last = System.nanoTime();
    }

    /** How long since the last beat. */
    Duration idle() {
        return Duration.ofNanos(System.nanoTime() - last);
    }
}

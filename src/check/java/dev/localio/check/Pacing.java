package dev.localio.check;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The soak's only timed waits, and none of them synchronises anything: the restarter's pause
 * between restarts (so that IO happens in between, as on a real host where restarts are seconds
 * apart) and a worker's backoff before it retries an RPC or a mount the server did not answer (the
 * RPC client's {@code rpc_delay()} before a retransmit, net/sunrpc/clnt.c). Whatever happens during
 * a pause, nothing after it assumes that it happened; every outcome is checked on the model's state.
 */
final class Pacing {

    private static final long BACKOFF_FIRST_NANOS = 1_000_000;
    private static final long BACKOFF_MAX_NANOS = 32_000_000;

    private Pacing() {
    }

    /** Pauses for about {@code d} (longer if the machine is busy; an interrupt ends it early). */
    static void pause(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        for (long left = d.toNanos(); left > 0 && !Thread.currentThread().isInterrupted();
                left = end - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** The pause before retry {@code attempt} (0 first): 1 ms, doubling up to 32 ms. */
    static void backoff(int attempt) {
        pause(Duration.ofNanos(Math.min(BACKOFF_MAX_NANOS, BACKOFF_FIRST_NANOS << Math.min(attempt, 10))));
    }
}

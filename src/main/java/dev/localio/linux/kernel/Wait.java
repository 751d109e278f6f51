package dev.localio.linux.kernel;

import java.util.function.BooleanSupplier;

/**
 * Sleeping until a condition holds, uninterruptibly, on a Java monitor that the waker
 * {@code notifyAll()}s after changing the condition.
 *
 * <p>Models include/linux/wait.h: {@code wait_event()} ({@code TASK_UNINTERRUPTIBLE}). An
 * interrupt does not end the wait; the thread's interrupt flag is set again once it returns.
 */
public final class Wait {

    private Wait() {
    }

    /**
     * {@code wait_event()}: waits on {@code monitor}, which the caller holds, until
     * {@code condition} is true.
     */
    public static void waitEvent(Object monitor, BooleanSupplier condition) {
        boolean interrupted = false;
        while (!condition.getAsBoolean()) {
            try {
                monitor.wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.localio.linux.kernel;

/**
 * A {@code WARN_ON} that fired while {@code panic_on_warn} is set. An {@link Error}, because code
 * must not catch and carry on from a broken kernel invariant.
 *
 * <p>Models kernel/panic.c: {@code __warn()} followed by {@code check_panic_on_warn()}.
 */
public final class KernelWarning extends Error {
    private static final long serialVersionUID = 1L;

    public KernelWarning(String message) {
        super(message);
    }
}

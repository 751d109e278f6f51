package dev.localio.linux.kernel;

/**
 * A {@code BUG_ON} that fired.
 *
 * <p>Models include/asm-generic/bug.h: {@code BUG()}.
 */
public final class KernelBug extends Error {
    private static final long serialVersionUID = 1L;

    public KernelBug(String message) {
        super(message);
    }
}

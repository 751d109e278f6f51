package dev.localio.linux.kernel;

/**
 * A pointer or an error: what the kernel returns as a pointer or as {@code ERR_PTR(-E...)}. Callers
 * branch on {@link #isErr()} (the kernel's {@code IS_ERR()}) or with a {@code switch} over the two
 * record cases.
 *
 * <p>Models include/linux/err.h: {@code ERR_PTR}, {@code IS_ERR}, {@code PTR_ERR}.
 *
 * @param <T> the type pointed to
 */
public sealed interface ErrPtr<T> {

    /** A valid pointer; {@code value} may be {@code null} where the kernel returns NULL. */
    record Ptr<T>(T value) implements ErrPtr<T> {
    }

    /** An {@code ERR_PTR(-errno)}. */
    record Err<T>(Errno errno) implements ErrPtr<T> {
        public Err {
            java.util.Objects.requireNonNull(errno, "errno");
        }
    }

    /** A valid pointer. */
    static <T> ErrPtr<T> ptr(T value) {
        return new Ptr<>(value);
    }

    /** {@code ERR_PTR(-errno)}. */
    static <T> ErrPtr<T> err(Errno errno) {
        return new Err<>(errno);
    }

    /** {@code IS_ERR()}. */
    default boolean isErr() {
        return this instanceof Err;
    }

    /**
     * The pointer. Dereferencing an error pointer oopses in the kernel; here it throws.
     *
     * @throws IllegalStateException on an {@link Err}
     */
    default T value() {
        throw new IllegalStateException("dereference of ERR_PTR(" + errno().negative() + ")");
    }

    /** {@code PTR_ERR()}: the error, or {@code null} for a valid pointer. */
    default Errno errno() {
        return null;
    }

    /** The same error as another pointer type, as C code returns {@code ERR_CAST(p)}. */
    @SuppressWarnings("unchecked")
    default <U> ErrPtr<U> errCast() {
        if (!isErr()) {
            throw new IllegalStateException("ERR_CAST of a valid pointer");
        }
        return (ErrPtr<U>) this;
    }
}

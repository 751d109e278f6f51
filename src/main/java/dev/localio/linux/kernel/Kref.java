package dev.localio.linux.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A reference count whose release callback runs exactly once, when the count drops to zero.
 * Taking a reference on zero and dropping below zero WARN, as {@code refcount_t} does
 * ("addition on 0; use-after-free", "underflow; use-after-free").
 *
 * <p>Models include/linux/kref.h: {@code kref_init()}, {@code kref_get()}, {@code kref_put()},
 * {@code kref_get_unless_zero()}, {@code kref_read()}; and lib/refcount.c's saturation warnings.
 */
public final class Kref {

    private final Kernel kernel;
    private final AtomicInteger refcount = new AtomicInteger(1);
    /** What the trace calls the object this count is in, or {@code null}: its gets go untraced. */
    private final String object;

    /** {@code kref_init()}: a count of one, owned by the caller. */
    public Kref(Kernel kernel) {
        this(kernel, null);
    }

    /** {@code kref_init()} of a count whose every {@link #krefGet()} the trace records, naming {@code object}. */
    public Kref(Kernel kernel, String object) {
        this.kernel = kernel;
        this.object = object;
    }

    /** {@code kref_get()}: takes a reference; WARNs when the count was zero. */
    public void krefGet() {
        int old = refcount.getAndIncrement();
        kernel.warnOn(old <= 0, "refcount_t: addition on 0; use-after-free");
        if (object != null) {
            kernel.trace().event(new KernelTrace.KrefGet(object, old + 1));
        }
    }

    /** {@code kref_get_unless_zero()}: takes a reference unless the object is already dying. */
    public boolean krefGetUnlessZero() {
        while (true) {
            int c = refcount.get();
            if (c <= 0) {
                return false;
            }
            if (refcount.compareAndSet(c, c + 1)) {
                return true;
            }
        }
    }

    /**
     * {@code kref_put()}: drops a reference and, when it was the last, calls {@code release}.
     *
     * @return whether {@code release} ran
     */
    public <T> boolean krefPut(T object, Consumer<T> release) {
        int now = refcount.decrementAndGet();
        if (now == 0) {
            release.accept(object);
            return true;
        }
        kernel.warnOn(now < 0, "refcount_t: underflow; use-after-free");
        return false;
    }

    /** {@code kref_read()}: the current count. */
    public int krefRead() {
        return refcount.get();
    }
}

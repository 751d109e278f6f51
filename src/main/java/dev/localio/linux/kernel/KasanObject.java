package dev.localio.linux.kernel;

/**
 * An object with a lifetime: allocated by its constructor, released by {@link #kfree()}. Its
 * accessors call {@link #kasanCheck(String)} so that touching it after the free raises a
 * use-after-free report instead of silently reading stale state.
 *
 * <p>Models mm/slab_common.c: {@code kfree()} under KASAN (poisoned memory, checked on access).
 * KASAN sees an access only when it happens; an access that races with the free and reads before
 * it goes unreported, as in the kernel.
 */
public abstract class KasanObject {

    private final Kernel kernel;
    private final String kasanName;
    private volatile boolean freed;

    protected KasanObject(Kernel kernel, String kasanName) {
        this.kernel = kernel;
        this.kasanName = kasanName;
    }

    /** The kernel whose KASAN watches this object. */
    public final Kernel kernel() {
        return kernel;
    }

    /** The name reports use, e.g. {@code struct net "c1"}. */
    public final String kasanName() {
        return kasanName;
    }

    /**
     * Checks that the object is live before an access.
     *
     * @param access what is touched, in C terms, e.g. {@code nn->nfsd_serv}
     * @throws KasanUseAfterFree if the object was freed (after recording the report)
     */
    protected final void kasanCheck(String access) {
        if (freed) {
            throw kernel.kasan().report("slab-use-after-free", kasanName, access);
        }
    }

    /**
     * {@code kfree()}: poisons the object; a second free is a {@code double-free} report.
     *
     * @throws KasanUseAfterFree on a double free
     */
    public final void kfree() {
        synchronized (this) {
            if (freed) {
                throw kernel.kasan().report("double-free", kasanName, "kfree");
            }
            freed = true;
        }
        kernel.trace().event(new KernelTrace.Kfree(kasanName));
    }

    /** Whether {@link #kfree()} ran (observation only; does not count as an access). */
    public final boolean isFreed() {
        return freed;
    }

    @Override
    public String toString() {
        return kasanName + (freed ? " (freed)" : "");
    }
}

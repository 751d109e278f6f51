package dev.localio.linux.kernel;

/**
 * A pointer published under RCU: writers publish with {@link #rcuAssignPointer(Object)} (a
 * volatile store, so everything initialised before it is visible to a reader that sees the
 * pointer), readers load with {@link #rcuDereference()} inside a read-side section.
 *
 * <p>Models include/linux/rcupdate.h: {@code __rcu} pointers, {@code rcu_assign_pointer()},
 * {@code rcu_dereference()}, {@code rcu_access_pointer()}, {@code RCU_INIT_POINTER()},
 * {@code rcu_dereference_protected()}, with lockdep's "suspicious RCU usage" check. With lock events
 * on, each {@code rcu_dereference()} is recorded as {@code rcu_dereference} (a model-only event: the
 * kernel has no tracepoint there), so a trace shows what a reader loaded inside which section, and
 * each {@code rcu_assign_pointer()} as {@code rcu_assign_pointer}, so it shows when a writer published.
 *
 * @param <T> the type pointed to
 */
public final class RcuPointer<T> {

    private final Rcu rcu;
    private final String name;
    private volatile T pointer;

    /** A NULL pointer guarded by {@code rcu}; {@code name} appears in lockdep warnings. */
    public RcuPointer(Rcu rcu, String name) {
        this.rcu = rcu;
        this.name = name;
    }

    /** {@code rcu_assign_pointer()}: publishes {@code value} with release semantics. */
    @KernelSymbol(value = "rcu_assign_pointer()", file = "include/linux/rcupdate.h")
    public void rcuAssignPointer(T value) {
        pointer = value;
        if (rcuKernel().trace().lockEventsEnabled()) {
            rcuKernel().trace().event(new KernelTrace.RcuAssignPointer(name, value == null));
        }
    }

    /**
     * {@code RCU_INIT_POINTER()}: stores without ordering, allowed for NULL or for a pointer that
     * readers cannot reach yet. The model's store is volatile all the same.
     */
    public void rcuInitPointer(T value) {
        pointer = value;
    }

    /**
     * {@code rcu_dereference()}: loads the pointer for use inside a read-side section. Outside one
     * it WARNs, as lockdep does with "suspicious rcu_dereference_check() usage".
     */
    @KernelSymbol(value = "rcu_dereference()", file = "include/linux/rcupdate.h")
    public T rcuDereference() {
        rcuKernel().warnOn(!rcu.rcuReadLockHeld(),
                "suspicious rcu_dereference_check() usage of " + name + " outside rcu_read_lock()");
        T p = pointer;
        if (rcuKernel().trace().lockEventsEnabled()) {
            rcuKernel().trace().event(new KernelTrace.RcuDereference(name, p == null));
        }
        return p;
    }

    /** {@code rcu_access_pointer()}: loads the value for a NULL test only; never dereference it. */
    public T rcuAccessPointer() {
        return pointer;
    }

    /**
     * {@code rcu_dereference_protected(p, c)}: loads on the update side, where {@code lockHeld}
     * says the lock that excludes writers is held; WARNs otherwise.
     */
    public T rcuDereferenceProtected(boolean lockHeld) {
        rcuKernel().warnOn(!lockHeld, "suspicious rcu_dereference_protected() usage of " + name);
        return pointer;
    }

    private Kernel rcuKernel() {
        return rcu.kernel();
    }

    @Override
    public String toString() {
        return name + "=" + pointer;
    }
}

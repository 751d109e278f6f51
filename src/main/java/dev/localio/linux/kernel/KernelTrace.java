package dev.localio.linux.kernel;

/**
 * The tracepoints of the kernel's core that the model emits: memory, locks, RCU, and the reports
 * of a kernel that went wrong.
 *
 * <p>Models include/trace/events/kmem.h ({@code kfree}), include/trace/events/lock.h
 * ({@code lock_acquire}, {@code lock_release}) and include/trace/events/module.h ({@code module_get},
 * {@code module_put}); the rest are the model's, named after the kernel function or macro they mark.
 */
public final class KernelTrace {

    private KernelTrace() {
    }

    /**
     * Kernel tracepoint {@code kfree} (include/trace/events/kmem.h): {@code object} was freed. The
     * model names the object where the kernel gives its address.
     */
    public record Kfree(String object) implements Tracepoint {
    }

    /**
     * Kernel tracepoint {@code lock_acquire} (include/trace/events/lock.h), for {@code rcu_read_lock}
     * only: a read-side section entered, {@code depth} deep.
     */
    public record LockAcquire(String lock, int depth) implements Tracepoint {
    }

    /** Kernel tracepoint {@code lock_release} (include/trace/events/lock.h): the section at {@code depth} left. */
    public record LockRelease(String lock, int depth) implements Tracepoint {
    }

    /**
     * Kernel tracepoint {@code module_get} (include/trace/events/module.h): a reference on module
     * {@code name} taken, leaving {@code refcnt}.
     */
    public record ModuleGet(String name, int refcnt) implements Tracepoint {
    }

    /** Kernel tracepoint {@code module_put} (include/trace/events/module.h): a reference dropped, leaving {@code refcnt}. */
    public record ModulePut(String name, int refcnt) implements Tracepoint {
    }

    /**
     * The model's, no kernel tracepoint: {@code rcu_dereference()} loaded {@code pointer}, which was
     * {@code null} if {@code isNull}.
     */
    public record RcuDereference(String pointer, boolean isNull) implements Tracepoint {
    }

    /**
     * The model's, no kernel tracepoint: {@code rcu_assign_pointer()} published {@code pointer}, which
     * is {@code null} if {@code isNull}. Recorded, as {@code rcu_dereference}, only with lock events on.
     */
    public record RcuAssignPointer(String pointer, boolean isNull) implements Tracepoint {
    }

    /**
     * The model's, no kernel tracepoint: {@code kref_get()} took a reference on {@code object}, leaving
     * {@code refcount}. Only a kref that was given a name records it (the auth domain's).
     */
    public record KrefGet(String object, int refcount) implements Tracepoint {
    }

    /**
     * The model's, no kernel tracepoint: {@code synchronize_rcu()} called from {@code why} after
     * {@code gracePeriods} completed grace periods.
     */
    public record SynchronizeRcu(String why, long gracePeriods) implements Tracepoint {
    }

    /**
     * The model's, no kernel tracepoint: {@code kasan_report()} (mm/kasan/report.c) found a
     * {@code kind} access to {@code object} by {@code access}.
     */
    public record KasanReport(String kind, String object, String access) implements Tracepoint {
    }

    /** The model's, no kernel tracepoint: {@code __warn()} (kernel/panic.c), a {@code WARN_ON} of {@code check} fired. */
    public record Warn(String check) implements Tracepoint {
        @Override
        public String tracepoint() {
            return "__warn";
        }
    }

    /** The model's, no kernel tracepoint: {@code report_bug()} (lib/bug.c), a {@code BUG_ON} of {@code check} fired. */
    public record ReportBug(String check) implements Tracepoint {
    }

    /**
     * The model's, no kernel tracepoint: {@code die()} (arch/x86/kernel/dumpstack.c), an oops: a kernel
     * thread's callback failed with {@code error}.
     */
    public record Die(String error) implements Tracepoint {
    }
}

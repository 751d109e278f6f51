package dev.localio.linux.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The kernel-wide facilities of one running kernel (one host): its RCU, KASAN, trace buffer and
 * the WARN/BUG machinery. Everything that the C code keeps in global variables lives here, so many
 * kernels coexist in one JVM.
 *
 * <p>Models kernel/panic.c ({@code WARN_ON}, {@code panic_on_warn}), include/asm-generic/bug.h
 * ({@code BUG_ON}) and gathers kernel/rcu, mm/kasan and kernel/trace for one host.
 */
public final class Kernel implements AutoCloseable {

    /** One {@code WARN_ON} that fired. */
    public record Warning(long seq, String thread, String check) {
    }

    private final String name;
    private final Kconfig kconfig;
    private final boolean panicOnWarn;
    private final Trace trace;
    private final Kasan kasan;
    private final Rcu rcu;
    private final List<Warning> warnings = new ArrayList<>();
    private final List<Throwable> oopses = new ArrayList<>();

    /**
     * A kernel named {@code name}.
     *
     * @param panicOnWarn whether a {@code WARN_ON} throws {@link KernelWarning} after recording it
     *     (the {@code panic_on_warn} sysctl); the model's tests run with it on so that a broken
     *     invariant fails where it breaks
     * @param traceCapacity how many trace events the ring buffer keeps before overwriting the oldest
     */
    public Kernel(String name, boolean panicOnWarn, int traceCapacity) {
        this(name, Kconfig.LOCALIO, panicOnWarn, traceCapacity);
    }

    /**
     * A kernel named {@code name} built with {@code kconfig}.
     *
     * @see #Kernel(String, boolean, int)
     */
    public Kernel(String name, Kconfig kconfig, boolean panicOnWarn, int traceCapacity) {
        this.name = name;
        this.kconfig = kconfig;
        this.panicOnWarn = panicOnWarn;
        this.trace = new Trace(traceCapacity);
        this.kasan = new Kasan(trace);
        this.rcu = new Rcu(this);
    }

    /**
     * A kernel with {@code CONFIG_NFS_LOCALIO=y}, {@code panic_on_warn} set and a trace buffer of a million
     * events.
     */
    public Kernel(String name) {
        this(name, true, 1 << 20);
    }

    public String name() {
        return name;
    }

    /** What the kernel was built with. */
    public Kconfig kconfig() {
        return kconfig;
    }

    public Trace trace() {
        return trace;
    }

    public Kasan kasan() {
        return kasan;
    }

    public Rcu rcu() {
        return rcu;
    }

    public boolean panicOnWarn() {
        return panicOnWarn;
    }

    /**
     * {@code WARN_ON(condition)}: when {@code condition} holds, records a warning naming the kernel
     * check (and the trace event {@code __warn}), then throws if {@code panic_on_warn} is set.
     *
     * @return {@code condition}, as {@code WARN_ON} does, so callers can branch on it
     */
    public boolean warnOn(boolean condition, String check) {
        if (!condition) {
            return false;
        }
        long seq = trace.event(new KernelTrace.Warn(check));
        synchronized (warnings) {
            warnings.add(new Warning(seq, Thread.currentThread().getName(), check));
        }
        trace.counter("warnings").incrementAndGet();
        if (panicOnWarn) {
            throw new KernelWarning(name + ": WARNING: " + check);
        }
        return true;
    }

    /** {@code BUG_ON(condition)}: a broken invariant that the kernel cannot survive. */
    public void bugOn(boolean condition, String check) {
        if (condition) {
            trace.event(new KernelTrace.ReportBug(check));
            throw new KernelBug(name + ": kernel BUG: " + check);
        }
    }

    /** Every warning so far, oldest first. */
    public List<Warning> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    /**
     * Records a crash of a kernel thread (an oops): a callback or worker that threw. The thread
     * goes on, as the model's kthreads must outlive a bad callback to be stoppable.
     */
    public void oops(Throwable t) {
        trace.event(new KernelTrace.Die(t.toString()));
        synchronized (oopses) {
            oopses.add(t);
        }
    }

    /** Every oops so far, oldest first. */
    public List<Throwable> oopses() {
        synchronized (oopses) {
            return List.copyOf(oopses);
        }
    }

    /** Stops the kernel's threads (the RCU callback kthread) after running every queued callback. */
    @Override
    public void close() {
        rcu.close();
    }

    @Override
    public String toString() {
        return "Kernel[" + name + "]";
    }
}

package dev.localio.linux.kernel;

/**
 * One kind of event a {@link Trace} records: a record type per tracepoint, whose components are the
 * event's fields, so that whoever matches an event names its type and fields and a rename fails to
 * compile. Each subsystem keeps its tracepoints in one class ({@code KernelTrace}, {@code NfsTrace},
 * {@code NfsdTrace}, ...).
 *
 * <p>Models include/linux/tracepoint.h: {@code TRACE_EVENT()}, a name with typed fields.
 */
public interface Tracepoint {

    /**
     * The event's name: the kernel's tracepoint name where the kernel has one, else the name of the
     * kernel function the model emits it from.
     */
    String tracepoint();
}

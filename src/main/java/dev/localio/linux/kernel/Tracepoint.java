package dev.localio.linux.kernel;

/**
 * One kind of event a {@link Trace} records: a record type per tracepoint, whose components are the
 * event's fields, so that whoever matches an event names its type and fields and a rename fails to
 * compile. Each subsystem keeps its tracepoints in one class ({@code KernelTrace}, {@code NfsTrace},
 * {@code NfsdTrace}, ...), and each record's name is its tracepoint's in camel case.
 *
 * <p>Models include/linux/tracepoint.h: {@code TRACE_EVENT()}, a name with typed fields.
 */
public interface Tracepoint {

    /**
     * The event's name: the kernel's tracepoint name where the kernel has one, else the name of the
     * kernel function the model emits it from. By default the record's name in snake case
     * ({@code NfsLocalOpenFh} is {@code nfs_local_open_fh}, {@code Nfs4FfLayoutPrepareDs} is
     * {@code nfs4_ff_layout_prepare_ds}); a name that does not follow overrides it.
     */
    default String tracepoint() {
        return TracepointName.NAMES.get(getClass());
    }
}

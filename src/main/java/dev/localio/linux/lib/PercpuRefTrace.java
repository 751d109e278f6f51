package dev.localio.linux.lib;

import dev.localio.linux.kernel.Tracepoint;

/**
 * A percpu_ref's life as the model traces it. The kernel has no tracepoints here: each event is the
 * model's, named after the function of lib/percpu-refcount.c that emits it; {@code ref} names the
 * reference ({@code nfsd_serv_ref}, ...).
 */
public final class PercpuRefTrace {

    private PercpuRefTrace() {
    }

    /** The model's: {@code percpu_ref_init()}. */
    public record PercpuRefInit(String ref) implements Tracepoint {
    }

    /** The model's: {@code percpu_ref_kill_and_confirm()} marks the ref dead and starts the switch to atomic. */
    public record PercpuRefKillAndConfirm(String ref) implements Tracepoint {
    }

    /**
     * The model's: {@code percpu_ref_switch_to_atomic_rcu()}, after the grace period, is about to call the
     * confirm callback: no new tryget_live can succeed from here on.
     */
    public record PercpuRefSwitchToAtomicRcu(String ref) implements Tracepoint {
    }

    /** The model's: {@code percpu_ref_put_many()} dropped the last reference and is about to call the release callback. */
    public record PercpuRefPutMany(String ref) implements Tracepoint {
    }

    /** The model's: {@code percpu_ref_exit()}. */
    public record PercpuRefExit(String ref) implements Tracepoint {
    }

    /** The model's: {@code percpu_ref_reinit()}. */
    public record PercpuRefReinit(String ref) implements Tracepoint {
    }
}

package dev.localio.linux.net;

import dev.localio.linux.kernel.Tracepoint;

/**
 * A network namespace's life as the model traces it. The kernel has no tracepoints here: each event
 * is the model's, named after the function of net/core/net_namespace.c that it marks.
 */
public final class NetTrace {

    private NetTrace() {
    }

    /** The model's: {@code setup_net()} begins for the new namespace {@code net}. */
    public record SetupNet(String net) implements Tracepoint {
    }

    /** The model's: {@code ops_init()} runs {@code ops}'s init for {@code net}. */
    public record OpsInit(String ops, String net) implements Tracepoint {
    }

    /** The model's: {@code cleanup_net()} begins to tear {@code net} down. */
    public record CleanupNet(String net) implements Tracepoint {
    }

    /** The model's: {@code ops_pre_exit_list()} runs {@code ops}'s pre_exit for {@code net}. */
    public record OpsPreExitList(String ops, String net) implements Tracepoint {
    }

    /** The model's: {@code ops_exit_list()} runs {@code ops}'s exit for {@code net}, after the grace period. */
    public record OpsExitList(String ops, String net) implements Tracepoint {
    }

    /** The model's: {@code net_free()}, the namespace {@code net} is freed. */
    public record NetFree(String net) implements Tracepoint {
    }
}

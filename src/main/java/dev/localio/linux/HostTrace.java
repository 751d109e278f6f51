package dev.localio.linux;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.kernel.Tracepoint;

/**
 * The machines' own events: a host booting and shutting down, a container starting and stopping.
 * The model's, with no kernel counterpart: they mark what an administrator or a container runtime
 * does, so that a trace shows where a kernel's events begin and end.
 */
public final class HostTrace {

    private HostTrace() {
    }

    /**
     * The model's: host {@code host} booted, running {@code design}, built with or without
     * {@code CONFIG_NFS_LOCALIO}, at {@code address} ({@code null} off any network).
     */
    public record HostBoot(String host, LocalioDesign design, boolean configNfsLocalio, String address)
            implements Tracepoint {
    }

    /** The model's: host {@code host} shut down. */
    public record HostShutdown(String host) implements Tracepoint {
    }

    /** The model's: container {@code container} starts (its namespace is about to be made). */
    public record ContainerStart(String container) implements Tracepoint {
    }

    /** The model's: container {@code container} stops (its mounts, nfsd and namespace are about to go). */
    public record ContainerStop(String container) implements Tracepoint {
    }
}

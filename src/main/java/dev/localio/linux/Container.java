package dev.localio.linux;

import dev.localio.linux.net.Net;
import java.nio.file.Path;

/**
 * A container with its own network namespace and its own nfsd, as podman runs one.
 * {@link #start()} creates the namespace and starts nfsd in it; {@link #stop()} shuts nfsd down and
 * then drops the container's reference on the namespace, which tears it down
 * ({@code cleanup_net()}) and frees it; {@link #restart()} does both, so the restarted container
 * has a new namespace. Stopping is idempotent.
 *
 * <p>Not a kernel structure: it drives net/core/net_namespace.c and fs/nfsd the way a container
 * runtime and the container's nfs-utils do.
 */
public final class Container implements AutoCloseable {

    private final Host host;
    private final String name;
    private final NfsdInstance nfsd;
    private Net net;

    Container(Host host, String name, int threads) {
        this.host = host;
        this.name = name;
        this.nfsd = new NfsdInstance(host, threads);
    }

    public String name() {
        return name;
    }

    /** The container's NFS server. */
    public NfsdInstance nfsd() {
        return nfsd;
    }

    /** Shorthand for {@code nfsd().export(...)}. */
    public Container export(String clientSpec, Path dir, String options) {
        nfsd.export(clientSpec, dir, options);
        return this;
    }

    /** The container's namespace, or {@code null} while stopped. */
    public synchronized Net net() {
        return net;
    }

    public synchronized boolean isRunning() {
        return net != null;
    }

    /** Creates the namespace ({@code setup_net()}) and starts nfsd in it. */
    public synchronized Container start() {
        if (net == null) {
            host.trace().event("container_start", "container", name);
            net = host.netns().copyNetNs(name).value();
            nfsd.start(net);
        }
        return this;
    }

    /** Shuts nfsd down, then tears the namespace down and frees it. */
    public synchronized void stop() {
        if (net != null) {
            host.trace().event("container_stop", "container", name);
            nfsd.stop();
            Net n = net;
            net = null;
            host.netns().putNet(n);
        }
    }

    /** {@link #stop()} then {@link #start()}: a new namespace, nfsd and exports as configured. */
    public synchronized Container restart() {
        stop();
        return start();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "container " + name + (isRunning() ? "" : " (stopped)");
    }
}

package dev.localio.linux;

import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.Rpcbind;
import dev.localio.linux.net.sunrpc.SunrpcNet;
import java.nio.file.Path;

/**
 * A container with its own network namespace and its own nfsd, as podman runs one.
 * {@link #start()} creates the namespace and starts nfsd in it; {@link #stop()} unmounts the NFS
 * mounts made in it, shuts nfsd down and then drops the container's reference on the namespace, which tears it down
 * ({@code cleanup_net()}) and frees it; {@link #restart()} does both, so the restarted container
 * has a new namespace. Stopping is idempotent. On a host with a {@link Network} the container may
 * have addresses: one on its host's bridge ({@link #address(String)}) and global ones
 * ({@link Network#attach}); its namespace is plugged into the network at every start.
 *
 * <p>Not a kernel structure: it drives net/core/net_namespace.c and fs/nfsd the way a container
 * runtime and the container's nfs-utils do.
 */
public final class Container implements AutoCloseable, Endpoint {

    private final Subsystems sys;
    private final Network network;
    private final String hostAddress;
    private final String name;
    private final NfsdInstance nfsd;
    /*
     * Written under this container's lock (start, stop, address), read without it: a stop holds the
     * lock while nfsd waits for the last LOCALIO IO in flight, and a client that connects meanwhile,
     * under the NFS client's nfs_client_lock, asks for this namespace's rpcbind. Had that read taken
     * the lock, a mount and a restart could deadlock (the stop unmounts under nfs_client_lock first).
     * A kernel has no such lock: the namespace being torn down answers, or refuses, as it stands.
     */
    private volatile Net net;
    private volatile Rpcbind rpcbind;
    private volatile String address;

    /**
     * A container of the kernel {@code sys}, whose host is on {@code network} (or {@code null}) at
     * {@code hostAddress}.
     */
    Container(Subsystems sys, Network network, String hostAddress, String name, int threads) {
        this.sys = sys;
        this.network = network;
        this.hostAddress = hostAddress;
        this.name = name;
        this.nfsd = new NfsdInstance(sys, threads);
    }

    @Override
    public String name() {
        return name;
    }

    /** The kernel of the container's host: a container has none of its own. */
    @Override
    public Subsystems subsystems() {
        return sys;
    }

    /** The host's address, which the container's connections show once they leave the host. */
    @Override
    public String hostAddress() {
        return hostAddress;
    }

    /**
     * Gives the container {@code address} on its host's bridge (reachable from its host only), the
     * address its connections come from.
     *
     * @throws IllegalStateException if the host is on no network
     */
    public synchronized Container address(String address) {
        if (network == null) {
            throw new IllegalStateException("host " + sys.kernel().name() + " is on no network");
        }
        network.attachHostScoped(this, address);
        if (this.address == null) {
            this.address = address;
        }
        return this;
    }

    /** The container's first address, or {@code null}. */
    @Override
    public String address() {
        return address;
    }

    /** The rpcbind of the container's namespace, or {@code null} while stopped. */
    @Override
    public Rpcbind rpcbind() {
        return rpcbind;
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
    @Override
    public Net net() {
        return net;
    }

    public boolean isRunning() {
        return net != null;
    }

    /** Creates the namespace ({@code setup_net()}) and starts nfsd in it. */
    public synchronized Container start() {
        startNetns();
        nfsd.start(net);
        return this;
    }

    /**
     * Creates the namespace ({@code setup_net()}) and nothing else: a container that runs a job (an
     * NFS client, say), not a server. {@link #start()} may start nfsd in it later.
     */
    public synchronized Container startNetns() {
        if (net == null) {
            sys.kernel().trace().event(new HostTrace.ContainerStart(name));
            Net n = sys.netns().copyNetNs(name).value();
            SunrpcNet sn = sys.sunrpc().sunrpcNet(n);
            if (network != null) {
                sn.setWire(network.wire(this));
            }
            rpcbind = sn.rpcbind();
            net = n;
        }
        return this;
    }

    /** Shuts nfsd down, then tears the namespace down and frees it. */
    public synchronized void stop() {
        if (net != null) {
            sys.kernel().trace().event(new HostTrace.ContainerStop(name));
            sys.nfs().nfsKillSupers(net);
            nfsd.stop();
            Net n = net;
            net = null;
            rpcbind = null;
            sys.netns().putNet(n);
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

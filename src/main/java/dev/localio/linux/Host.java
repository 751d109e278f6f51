package dev.localio.linux;

import dev.localio.linux.fs.nfs.NfsFs;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsLocalio;
import dev.localio.linux.fs.nfsd.Nfsd;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.NetNamespace;
import dev.localio.linux.net.sunrpc.Rpcbind;
import dev.localio.linux.net.sunrpc.Sunrpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One machine running one kernel: the kernel and its subsystems ({@link Subsystems}: network
 * namespaces with {@code init_net}, sunrpc, nfs_common, nfsd, the NFS client), the host's own NFS
 * server in {@code init_net}, and any containers, to which it hands its subsystems, never itself. The LOCALIO design
 * and the kernel's configuration ({@code CONFIG_NFS_LOCALIO}) are fixed per host. A host may sit
 * on a {@link Network} with an address; without one it reaches only itself. Many hosts coexist in
 * one JVM; {@link #close()} stops everything the host started.
 *
 * <p>Make one with {@link #builder(String)}:
 * <pre>{@code
 * Network lan = new Network();
 * Host h1 = Host.builder("h1").network(lan).address("10.0.0.1").build();
 * Host old = Host.builder("old").kconfig(Kconfig.NO_LOCALIO).network(lan).address("10.0.0.2").build();
 * }</pre>
 *
 * <p>Not a kernel structure: the model's unit of "same host" (a client and a server are local to
 * each other exactly when they run on the same {@code Host}). As an {@link Endpoint} it is the
 * host's {@code init_net}.
 */
public final class Host implements AutoCloseable, Endpoint {

    /** The nfsd thread count a server starts with ({@code rpc.nfsd}'s default). */
    public static final int DEFAULT_THREADS = 8;

    /** Trace events a host keeps unless told otherwise. */
    public static final int DEFAULT_TRACE_CAPACITY = 1 << 16;

    /** How to make a host: name, design, kernel configuration, network and address. */
    public static final class Builder {
        private final String name;
        private LocalioDesign design = LocalioDesign.INTERLOCK;
        private Kconfig kconfig = Kconfig.LOCALIO;
        private boolean panicOnWarn = true;
        private Network network;
        private String address;
        private int traceCapacity = DEFAULT_TRACE_CAPACITY;

        private Builder(String name) {
            this.name = name;
        }

        /** The LOCALIO lifetime design the kernel runs; {@link LocalioDesign#INTERLOCK} by default. */
        public Builder design(LocalioDesign design) {
            this.design = design;
            return this;
        }

        /** What the kernel was built with; {@code CONFIG_NFS_LOCALIO=y} by default. */
        public Builder kconfig(Kconfig kconfig) {
            this.kconfig = kconfig;
            return this;
        }

        /** Whether a {@code WARN_ON} throws ({@code panic_on_warn}); on by default. */
        public Builder panicOnWarn(boolean panicOnWarn) {
            this.panicOnWarn = panicOnWarn;
            return this;
        }

        /** The network the host is plugged into, with its (global) address. */
        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        /**
         * How many events the host's trace keeps before overwriting the oldest; {@value
         * #DEFAULT_TRACE_CAPACITY} by default (a busy scenario makes about ten per IO).
         */
        public Builder traceCapacity(int traceCapacity) {
            this.traceCapacity = traceCapacity;
            return this;
        }

        /** The host's address on its network, e.g. {@code 10.0.0.1}. */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Boots the host.
         *
         * @throws IllegalArgumentException with a network but no address, or an address but no network
         */
        public Host build() {
            if ((network == null) != (address == null)) {
                throw new IllegalArgumentException("a host on a network needs an address, and the other way round");
            }
            return new Host(this);
        }
    }

    private final Network network;
    private final String address;
    private final Subsystems subsystems;
    private final NfsdInstance hostNfsd;
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private boolean closed;

    /** A builder for a host called {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    private Host(Builder b) {
        Kernel kernel = new Kernel(b.name, b.kconfig, b.panicOnWarn, b.traceCapacity);
        this.network = b.network;
        this.address = b.address;
        NetNamespace netns = new NetNamespace(kernel);
        Sunrpc sunrpc = new Sunrpc(kernel, netns);
        NfsLocalio nfsLocalio = new NfsLocalio(kernel, b.design);
        Nfsd nfsd = new Nfsd(kernel, netns, nfsLocalio, sunrpc);
        nfsd.initNfsd();
        NfsFs nfs = new NfsFs(kernel, nfsLocalio, sunrpc);
        this.subsystems = new Subsystems(kernel, netns, sunrpc, nfsLocalio, nfsd, nfs);
        this.hostNfsd = new NfsdInstance(subsystems, DEFAULT_THREADS);
        if (network != null) {
            network.attach(this, address);
            sunrpc.sunrpcNet(netns.initNet()).setWire(network.wire(this));
        }
        kernel.trace().event(new HostTrace.HostBoot(b.name, b.design, b.kconfig.nfsLocalio(), address));
    }

    /**
     * A host called {@code name} running {@code design}, with nfsd loaded but not started, on no
     * network.
     *
     * @param panicOnWarn whether a {@code WARN_ON} throws (see {@link Kernel#warnOn}); with
     *     {@code false} warnings are only recorded, for scenarios that count them
     */
    public Host(String name, LocalioDesign design, boolean panicOnWarn) {
        this(builder(name).design(design).panicOnWarn(panicOnWarn));
    }

    /** A host running {@code design} with {@code panic_on_warn} set. */
    public Host(String name, LocalioDesign design) {
        this(name, design, true);
    }

    /** A host running design [A] with {@code panic_on_warn} set. */
    public Host(String name) {
        this(name, LocalioDesign.INTERLOCK);
    }

    @Override
    public String name() {
        return subsystems.kernel().name();
    }

    /** The host's kernel and its subsystems. */
    @Override
    public Subsystems subsystems() {
        return subsystems;
    }

    /** The host's address on its network, or {@code null}: as an {@link Endpoint}, its own. */
    @Override
    public String hostAddress() {
        return address;
    }

    /** {@code init_net}, as an {@link Endpoint}. */
    @Override
    public Net net() {
        return subsystems.netns().initNet();
    }

    /** The host's address on its network, or {@code null}. */
    @Override
    public String address() {
        return address;
    }

    /** The rpcbind of {@code init_net}. */
    @Override
    public Rpcbind rpcbind() {
        return subsystems.sunrpc().sunrpcNet(net()).rpcbind();
    }

    /** The network the host is on, or {@code null}. */
    public Network network() {
        return network;
    }

    /** The host's own NFS server, in {@code init_net} (not started until {@link #startNfsd()}). */
    public NfsdInstance hostNfsd() {
        return hostNfsd;
    }

    /** Starts the host's own NFS server in {@code init_net}. */
    public synchronized NfsdInstance startNfsd() {
        hostNfsd.start(net());
        return hostNfsd;
    }

    /** The container {@code name}, created (stopped) on first use. */
    public synchronized Container container(String name) {
        if (closed) {
            throw new IllegalStateException("host " + name() + " is closed");
        }
        return containers.computeIfAbsent(name, n -> new Container(subsystems, network, address, n, DEFAULT_THREADS));
    }

    /** Every container made so far. */
    public synchronized List<Container> containers() {
        return new ArrayList<>(containers.values());
    }

    /**
     * Unmounts every mount, stops every container (nfsd, then the namespace), the host's own nfsd,
     * and the kernel's threads. Idempotent.
     */
    @Override
    public void close() {
        List<Container> all;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            all = new ArrayList<>(containers.values());
        }
        subsystems.nfs().close();
        for (Container c : all) {
            c.stop();
        }
        hostNfsd.stop();
        subsystems.kernel().close();
        subsystems.kernel().trace().event(new HostTrace.HostShutdown(name()));
    }

    @Override
    public String toString() {
        return "host " + name() + " (" + subsystems.nfsLocalio().design() + ")";
    }
}

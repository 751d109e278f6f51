package dev.localio.linux;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsLocalio;
import dev.localio.linux.fs.nfs_common.NfsdLocalioOperations;
import dev.localio.linux.fs.nfsd.Nfsd;
import dev.localio.linux.kernel.Kasan;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.Rcu;
import dev.localio.linux.kernel.Trace;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.NetNamespace;
import dev.localio.linux.net.sunrpc.Svcauth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One machine running one kernel: its RCU, KASAN and trace, its network namespaces (with
 * {@code init_net}), nfs_common's LOCALIO state and {@code nfs_to}, the nfsd module, the host's
 * own NFS server in {@code init_net}, and any containers. The LOCALIO design is fixed per host.
 * Many hosts coexist in one JVM; {@link #close()} stops everything the host started.
 *
 * <p>Not a kernel structure: the model's unit of "same host" (a client and a server are local to
 * each other exactly when they run on the same {@code Host}).
 */
public final class Host implements AutoCloseable {

    /** The nfsd thread count a server starts with ({@code rpc.nfsd}'s default). */
    public static final int DEFAULT_THREADS = 8;

    private final Kernel kernel;
    private final NetNamespace netns;
    private final Svcauth svcauth;
    private final NfsLocalio nfsLocalio;
    private final Nfsd nfsd;
    private final NfsdInstance hostNfsd;
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private boolean closed;

    /**
     * A host called {@code name} running {@code design}, with nfsd loaded but not started.
     *
     * @param panicOnWarn whether a {@code WARN_ON} throws (see {@link Kernel#warnOn}); with
     *     {@code false} warnings are only recorded, for scenarios that count them
     */
    public Host(String name, LocalioDesign design, boolean panicOnWarn) {
        this.kernel = new Kernel(name, panicOnWarn, 1 << 20);
        this.netns = new NetNamespace(kernel);
        this.svcauth = new Svcauth(kernel);
        this.nfsLocalio = new NfsLocalio(kernel, design);
        this.nfsd = new Nfsd(kernel, netns, nfsLocalio, svcauth);
        nfsd.initNfsd();
        this.hostNfsd = new NfsdInstance(this, DEFAULT_THREADS);
        kernel.trace().event("host_boot", "host", name, "design", design);
    }

    /** A host running {@code design} with {@code panic_on_warn} set. */
    public Host(String name, LocalioDesign design) {
        this(name, design, true);
    }

    /** A host running design [A] with {@code panic_on_warn} set. */
    public Host(String name) {
        this(name, LocalioDesign.INTERLOCK);
    }

    public String name() {
        return kernel.name();
    }

    public LocalioDesign design() {
        return nfsLocalio.design();
    }

    public Kernel kernel() {
        return kernel;
    }

    public Trace trace() {
        return kernel.trace();
    }

    public Kasan kasan() {
        return kernel.kasan();
    }

    public Rcu rcu() {
        return kernel.rcu();
    }

    public NetNamespace netns() {
        return netns;
    }

    public Net initNet() {
        return netns.initNet();
    }

    public Svcauth svcauth() {
        return svcauth;
    }

    /** nfs_common's state: the uuid lists and lock. */
    public NfsLocalio nfsLocalio() {
        return nfsLocalio;
    }

    /** {@code nfs_to}: nfsd's LOCALIO operations as the client reaches them. */
    public NfsdLocalioOperations nfsTo() {
        return nfsLocalio.nfsTo();
    }

    /** The nfsd module. */
    public Nfsd nfsd() {
        return nfsd;
    }

    /** The host's own NFS server, in {@code init_net} (not started until {@link #startNfsd()}). */
    public NfsdInstance hostNfsd() {
        return hostNfsd;
    }

    /** Starts the host's own NFS server in {@code init_net}. */
    public synchronized NfsdInstance startNfsd() {
        hostNfsd.start(initNet());
        return hostNfsd;
    }

    /** The container {@code name}, created (stopped) on first use. */
    public synchronized Container container(String name) {
        if (closed) {
            throw new IllegalStateException("host " + name() + " is closed");
        }
        return containers.computeIfAbsent(name, n -> new Container(this, n, DEFAULT_THREADS));
    }

    /** Every container made so far. */
    public synchronized List<Container> containers() {
        return new ArrayList<>(containers.values());
    }

    /**
     * Stops every container (nfsd, then the namespace), the host's own nfsd, and the kernel's
     * threads. Idempotent.
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
        for (Container c : all) {
            c.stop();
        }
        hostNfsd.stop();
        kernel.close();
        kernel.trace().event("host_shutdown", "host", name());
    }

    @Override
    public String toString() {
        return "host " + name() + " (" + design() + ")";
    }
}

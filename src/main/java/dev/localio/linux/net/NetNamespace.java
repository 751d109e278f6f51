package dev.localio.linux.net;

import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.KernelTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network namespaces of one kernel: the registered pernet operations, the live namespaces
 * and {@code init_net}. Creating a namespace runs every init in registration order; tearing one
 * down runs every pre_exit, then {@code synchronize_rcu()}, then every exit (both in reverse
 * registration order), then frees each subsystem's data and the namespace, recording each step in
 * the trace ({@link NetTrace}).
 *
 * <p>Models net/core/net_namespace.c: {@code pernet_list}, {@code net_namespace_list},
 * {@code init_net}, {@code register_pernet_subsys()}, {@code setup_net()}/{@code copy_net_ns()},
 * {@code get_net()}, {@code put_net()}, {@code cleanup_net()}. Teardown runs in the thread of the
 * last {@code put_net()} rather than on the {@code netns_wq} workqueue.
 */
public final class NetNamespace {

    private final Kernel kernel;
    private final Object pernetOpsRwsem = new Object();
    private final List<PernetOperations<?>> pernetList = new ArrayList<>();
    private final List<Net> netNamespaceList = new ArrayList<>();
    private final AtomicLong nextInum = new AtomicLong(4026531840L);
    private final Net initNet;

    /** The namespaces of {@code kernel}, with {@code init_net} set up (no subsystem yet). */
    public NetNamespace(Kernel kernel) {
        this.kernel = kernel;
        this.initNet = copyNetNs("init_net").value();
    }

    /** {@code init_net}: the host's namespace; it is never torn down. */
    public Net initNet() {
        return initNet;
    }

    /**
     * {@code register_pernet_subsys()}: adds {@code ops} and runs its init for every live
     * namespace.
     *
     * @return 0 or the error of the first init that failed (then {@code ops} is not registered)
     */
    public ErrPtr<Void> registerPernetSubsys(PernetOperations<?> ops) {
        synchronized (pernetOpsRwsem) {
            List<Net> done = new ArrayList<>();
            for (Net net : netNamespaceList) {
                ErrPtr<Void> r = opsInit(ops, net);
                if (r.isErr()) {
                    exitNets(List.of(ops), done);
                    return r;
                }
                done.add(net);
            }
            pernetList.add(ops);
            return ErrPtr.ptr(null);
        }
    }

    /**
     * {@code unregister_pernet_subsys()}: removes {@code ops}, running its pre_exit, a grace
     * period and its exit for every live namespace.
     */
    public void unregisterPernetSubsys(PernetOperations<?> ops) {
        synchronized (pernetOpsRwsem) {
            if (pernetList.remove(ops)) {
                exitNets(List.of(ops), new ArrayList<>(netNamespaceList));
            }
        }
    }

    /**
     * {@code copy_net_ns()} with {@code CLONE_NEWNET}: a new namespace called {@code name}, set up
     * by every registered init ({@code setup_net()}).
     *
     * @return the namespace, with one counted reference for the caller, or the first init's error
     */
    public ErrPtr<Net> copyNetNs(String name) {
        synchronized (pernetOpsRwsem) {
            Net net = new Net(kernel, name, nextInum.getAndIncrement());
            kernel.trace().event(new NetTrace.SetupNet(name));
            List<PernetOperations<?>> done = new ArrayList<>();
            for (PernetOperations<?> ops : pernetList) {
                ErrPtr<Void> r = opsInit(ops, net);
                if (r.isErr()) {
                    exitNets(done, List.of(net));
                    net.kfree();
                    return r.errCast();
                }
                done.add(ops);
            }
            netNamespaceList.add(net);
            return ErrPtr.ptr(net);
        }
    }

    /**
     * {@code get_net()}: one more counted reference. LOCALIO never calls it: its pointer to the
     * server's namespace is not counted.
     */
    public Net getNet(Net net) {
        int old = net.count.getAndIncrement();
        kernel.warnOn(old <= 0, "get_net() on a dying namespace " + net.name());
        return net;
    }

    /**
     * {@code put_net()}: drops a counted reference; the last one tears the namespace down
     * ({@code cleanup_net()}) in this thread and frees it.
     */
    public void putNet(Net net) {
        int now = net.count.decrementAndGet();
        if (now == 0) {
            kernel.bugOn(net == initNet, "put_net() dropped the last reference to init_net");
            cleanupNet(net);
        } else {
            kernel.warnOn(now < 0, "put_net() underflow on " + net.name());
        }
    }

    /** The live namespaces, {@code init_net} first. */
    public List<Net> nets() {
        synchronized (pernetOpsRwsem) {
            return List.copyOf(netNamespaceList);
        }
    }

    /**
     * {@code cleanup_net()}: unlinks the namespace, runs every pre_exit, waits a grace period, runs
     * every exit, waits for pending RCU callbacks ({@code rcu_barrier()}), then frees each
     * subsystem's data (those that are KASAN-tracked) and the namespace itself.
     */
    @KernelSymbol(value = "cleanup_net()", file = "net/core/net_namespace.c")
    private void cleanupNet(Net net) {
        synchronized (pernetOpsRwsem) {
            kernel.trace().event(new NetTrace.CleanupNet(net.name()));
            netNamespaceList.remove(net);
            List<PernetOperations<?>> ops = new ArrayList<>(pernetList);
            exitNets(ops, List.of(net));
            kernel.rcu().rcuBarrier();
            net.kfree();
            kernel.trace().event(new NetTrace.NetFree(net.name()));
        }
    }

    /**
     * {@code ops_pre_exit_list()}, {@code synchronize_rcu()}, {@code ops_exit_list()},
     * {@code ops_free_list()} for {@code ops} (in reverse order) over {@code nets}.
     */
    private void exitNets(List<PernetOperations<?>> ops, List<Net> nets) {
        for (int i = ops.size() - 1; i >= 0; i--) {
            for (Net net : nets) {
                opsPreExit(ops.get(i), net);
            }
        }
        kernel.rcu().synchronizeRcu();
        // Recorded once the grace period is over: every reader that saw the namespace before
        // pre_exit has left its read-side section.
        kernel.trace().event(new KernelTrace.SynchronizeRcu("cleanup_net", kernel.rcu().completedGracePeriods()));
        for (int i = ops.size() - 1; i >= 0; i--) {
            for (Net net : nets) {
                opsExit(ops.get(i), net);
            }
        }
        for (int i = ops.size() - 1; i >= 0; i--) {
            for (Net net : nets) {
                Object data = net.removeGeneric(ops.get(i));
                if (data instanceof KasanObject k) {
                    k.kfree();
                }
            }
        }
    }

    private <T> ErrPtr<Void> opsInit(PernetOperations<T> ops, Net net) {
        kernel.trace().event(new NetTrace.OpsInit(ops.name(), net.name()));
        ErrPtr<T> r = ops.init(net);
        if (r.isErr()) {
            return r.errCast();
        }
        if (r.value() == null) {
            return ErrPtr.err(Errno.ENOMEM);
        }
        net.setGeneric(ops, r.value());
        return ErrPtr.ptr(null);
    }

    private <T> void opsPreExit(PernetOperations<T> ops, Net net) {
        kernel.trace().event(new NetTrace.OpsPreExitList(ops.name(), net.name()));
        ops.preExit(net, net.netGeneric(ops));
    }

    private <T> void opsExit(PernetOperations<T> ops, Net net) {
        kernel.trace().event(new NetTrace.OpsExitList(ops.name(), net.name()));
        ops.exit(net, net.netGeneric(ops));
    }
}

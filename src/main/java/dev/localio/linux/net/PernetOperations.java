package dev.localio.linux.net;

import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.KernelSymbol;

/**
 * A subsystem's per-namespace hooks. {@link #init} creates the subsystem's data for a new
 * namespace (what {@code net_generic()} then returns); at teardown every {@link #preExit} runs,
 * then one {@code synchronize_rcu()}, then every {@link #exit}, then the data and the namespace
 * are freed.
 *
 * <p>Models include/net/net_namespace.h: {@code struct pernet_operations} ({@code .init},
 * {@code .pre_exit}, {@code .exit}, {@code .id}/{@code .size}).
 *
 * @param <T> the per-namespace data ({@code .size} bytes in C)
 */
public interface PernetOperations<T> {

    /** The subsystem's name, used in traces (e.g. {@code nfsd_net}). */
    String name();

    /** {@code .init}: the data for {@code net}, or an error that aborts the namespace's setup. */
    ErrPtr<T> init(Net net);

    /**
     * {@code .pre_exit}: the namespace is going away; readers may still see it until the grace
     * period that follows every pre_exit.
     */
    @KernelSymbol(value = "pre_exit", file = "include/net/net_namespace.h")
    default void preExit(Net net, T data) {
    }

    /** {@code .exit}: after the grace period; no RCU reader can still reach what pre_exit hid. */
    default void exit(Net net, T data) {
    }
}

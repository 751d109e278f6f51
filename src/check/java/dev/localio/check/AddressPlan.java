package dev.localio.check;

/**
 * The page's address plan, in one place. Hosts share one network, {@code 10.0.0.h}. Each host's
 * containers sit on its bridge, {@code 172.17.0.n} (the bridge itself is {@code .1}), reachable
 * from that host only, so two hosts may reuse them. A container that serves NFS also gets an address
 * on its host's pod network, {@code 10.244.h.n}, routable from every host, as a pod has; a server
 * that needs more addresses there (one per client, say) takes them from {@code .10} on.
 *
 * <p>Hosts and containers are numbered from 1 in the order a scenario sets them up (containers per
 * host). Not the model's business: a real network is planned by its administrator, and the model
 * takes any address it is given.
 */
public final class AddressPlan {

    /** Container numbers stop below the first extra pod address. */
    private static final int CONTAINERS = 8;
    private static final int FIRST_EXTRA = 10;

    private AddressPlan() {
    }

    /** Host {@code h}'s address: {@code 10.0.0.h}. */
    public static String host(int h) {
        return "10.0.0." + check("host", h, 254);
    }

    /** The address of its host's {@code n}-th container on the host's bridge: {@code 172.17.0.(n+1)}. */
    public static String bridge(int n) {
        return "172.17.0." + (check("container", n, CONTAINERS) + 1);
    }

    /** The routable address of host {@code h}'s {@code n}-th container: {@code 10.244.h.(n+1)}. */
    public static String routable(int h, int n) {
        return "10.244." + check("host", h, 254) + "." + (check("container", n, CONTAINERS) + 1);
    }

    /**
     * The {@code k}-th (from 0) extra routable address on host {@code h}'s pod network, for a
     * container that needs more than its own: {@code 10.244.h.(10+k)}.
     */
    public static String extraRoutable(int h, int k) {
        if (k < 0 || FIRST_EXTRA + k > 254) {
            throw new IllegalArgumentException("extra address " + k + " is not in 0.." + (254 - FIRST_EXTRA));
        }
        return "10.244." + check("host", h, 254) + "." + (FIRST_EXTRA + k);
    }

    private static int check(String what, int n, int most) {
        if (n < 1 || n > most) {
            throw new IllegalArgumentException(what + " " + n + " is not in 1.." + most + " of the address plan");
        }
        return n;
    }
}

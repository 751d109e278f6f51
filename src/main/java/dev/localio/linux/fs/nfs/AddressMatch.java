package dev.localio.linux.fs.nfs;

/**
 * How locality was decided before LOCALIO: not a kernel function. The out-of-tree code that preceded
 * LOCALIO compared the server's address with the addresses of the client's own namespace, and upstream
 * rejected that for the handshake (localio.rst, FAQ 3: containers and NAT make the answer wrong both
 * ways). The model keeps it only so that the page can show where it goes wrong; no path of the model
 * acts on its answer.
 */
public final class AddressMatch {

    private AddressMatch() {
    }

    /**
     * Whether an address match would call {@code clp}'s server local: the address the client connected
     * to is one of its namespace's own, as {@code inet_addr_type(net, addr) == RTN_LOCAL} tells
     * (net/ipv4/fib_frontend.c). Where a NAT rule leads that address, and whose kernel a container's
     * address belongs to, it cannot see.
     */
    public static boolean serverAddressIsLocal(NfsClient clp) {
        return clp.nfs.inetAddrTypeLocal(clp.clInit().net(), clp.clInit().hostname());
    }
}

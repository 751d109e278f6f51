package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KernelSymbol;
import java.net.InetSocketAddress;

/**
 * The model's network as one namespace's RPC clients and servers see it. Every socket is a real one on
 * 127.0.0.1, so the addresses of the model ({@code 10.0.0.1}, a container's {@code 172.17.0.2}) live
 * here: a client asks for the route to a server address, a server asks what a connection's real peer
 * address is in its own namespace's eyes (after any address translation).
 *
 * <p>A namespace that no network was attached to has a loopback wire ({@link SunrpcNet#wire()}): it
 * reaches only itself, at {@code 127.0.0.1} and {@code localhost}, and sees every peer as it is.
 *
 * <p>Not a kernel structure: it stands for the routing tables, interfaces and netfilter NAT rules of a
 * namespace (net/ipv4, net/netfilter) that the kernel consults below the socket layer.
 */
public interface Wire {

    /**
     * The route to {@code daddr} from this namespace, or {@code null} if there is none (no such host).
     *
     * @param resvport whether the client binds a privileged source port (the NFS client's default,
     *                 {@code noresvport} turns it off); the server then sees a port below 1024
     */
    XprtRoute xprtRoute(String daddr, boolean resvport);

    /**
     * The peer address a server in this namespace sees for the connection from the real socket address
     * {@code real} to its own {@code local} one. Both ends name the connection: the kernel may give two
     * connections to different servers the same source port.
     */
    InetSocketAddress svcPeer(InetSocketAddress local, InetSocketAddress real);

    /**
     * Whether {@code addr} is one of this namespace's own addresses, loopback included: what
     * {@code inet_addr_type(net, addr) == RTN_LOCAL} answers (net/ipv4/fib_frontend.c). Address
     * translation does not enter into it: an address forwarded elsewhere is still local here.
     */
    @KernelSymbol(value = "inet_addr_type()", file = "net/ipv4/fib_frontend.c")
    @KernelSymbol(value = "RTN_LOCAL", file = "include/uapi/linux/rtnetlink.h")
    boolean inetAddrTypeLocal(String addr);
}

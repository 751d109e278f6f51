package dev.localio.linux.net.sunrpc;

import java.net.InetSocketAddress;
import java.util.function.Supplier;

/**
 * The way from one client namespace to one server address of the model's network, as an RPC transport
 * uses it: which rpcbind answers at that address now (the transport asks it for the port at every
 * (re)connect, which is how the kernel's autobind finds a server that restarted on another port), and
 * where the transport reports each connection it makes and closes, so that the network can tell the
 * server who is calling (connection tracking).
 *
 * <p>Not a kernel structure: routing and NAT (net/ipv4, net/netfilter) reduced to what a client of
 * net/sunrpc sees; the autobind it enables models net/sunrpc/clnt.c {@code call_bind()} with
 * rpcb_clnt.c {@code rpcb_getport_async()} for a transport created with port 0.
 */
public interface XprtRoute {

    /** The server address as the caller wrote it ({@code "10.0.0.1"}), for traces. */
    String daddr();

    /**
     * The rpcbind of the namespace the address leads to now, or {@code null} when nothing answers there
     * (the connection is then refused).
     */
    Rpcbind rpcbind();

    /** The transport connected from the real local socket {@code local} to {@code remote}. */
    void xprtConnected(InetSocketAddress local, InetSocketAddress remote);

    /** The connection from {@code local} to {@code remote} was closed. */
    void xprtClosed(InetSocketAddress local, InetSocketAddress remote);

    /** A route to {@code daddr} whose rpcbind is {@code rpcbind}'s answer, tracking no connection. */
    static XprtRoute untracked(String daddr, Supplier<Rpcbind> rpcbind) {
        return new XprtRoute() {
            @Override
            public String daddr() {
                return daddr;
            }

            @Override
            public Rpcbind rpcbind() {
                return rpcbind.get();
            }

            @Override
            public void xprtConnected(InetSocketAddress local, InetSocketAddress remote) {
                // Nothing to track: the server sees the real peer.
            }

            @Override
            public void xprtClosed(InetSocketAddress local, InetSocketAddress remote) {
                // Nothing to forget.
            }
        };
    }
}

package dev.localio.linux;

import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.net.sunrpc.Rpcbind;
import dev.localio.linux.net.sunrpc.Wire;
import dev.localio.linux.net.sunrpc.XprtRoute;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wire between the model's hosts: which namespace answers at which address, seen from where.
 * Every server really listens on 127.0.0.1 at an ephemeral port; this table is what makes
 * {@code 10.0.0.1} mean "the nfsd of host h1" to a client, and what tells that nfsd who called.
 *
 * <p>Addresses come in three kinds:
 * <ul>
 *   <li>global ({@link #attach}): reachable from every host, e.g. a host's {@code 10.0.0.1}, or a
 *       container's own routable address;</li>
 *   <li>host-scoped ({@link Container#address}): a container's address on its host's bridge, e.g.
 *       {@code 172.17.0.2}, reachable only from that host; two hosts may use the same one;</li>
 *   <li>forwarded ({@link #forward}): a destination NAT rule (a port forward of NFS, mountd and
 *       rpcbind) that sends traffic for an address to another namespace, e.g. host h1's
 *       {@code 10.0.0.1} to its container c1.</li>
 * </ul>
 * {@code 127.0.0.1} and {@code localhost} always lead back to the caller's own namespace.
 *
 * <p>What a server sees: a caller on the same host appears with its own address (a container's
 * bridge address, a host's address); a caller from another host appears with its host's address
 * (containers are masqueraded when their traffic leaves the host). A caller that asked for a
 * privileged source port ({@code resvport}, the NFS client's default) appears with a port below
 * 1024. Connections are recorded when they are made and told apart by both real ends, as conntrack
 * tells them apart by the whole address tuple: the kernel gives two connections to different servers
 * the same source port when it likes, and one's close must not make the other a stranger.
 *
 * <p>Not a kernel structure: routing, bridges and netfilter NAT (net/ipv4, net/bridge,
 * net/netfilter) reduced to a table. LOCALIO's point (localio.rst FAQ 3) is that none of this
 * decides locality: the handshake does.
 */
public final class Network {

    private static final String LOOPBACK = "127.0.0.1";

    /** A tracked connection: which namespace made it, to which address, with which kind of port. */
    private record Conntrack(Endpoint from, String daddr, boolean resvport) {
    }

    /** A connection's real ends: every socket is on 127.0.0.1, so the client's port and the server's. */
    private record Ends(int clientPort, int serverPort) {

        static Ends of(InetSocketAddress client, InetSocketAddress server) {
            return new Ends(client.getPort(), server.getPort());
        }
    }

    private final Map<String, Endpoint> global = new HashMap<>();
    private final Map<Kernel, Map<String, Endpoint>> hostScoped = new HashMap<>();
    private final Map<String, Endpoint> forwards = new HashMap<>();
    private final Map<Ends, Conntrack> conntrack = new ConcurrentHashMap<>();

    /**
     * Gives {@code endpoint} the global address {@code address}.
     *
     * @throws IllegalArgumentException if the address is not an IP literal or is taken
     */
    public synchronized Network attach(Endpoint endpoint, String address) {
        checkLiteral(address);
        Endpoint taken = global.putIfAbsent(address, endpoint);
        if (taken != null && taken != endpoint) {
            throw new IllegalArgumentException(address + " is already " + taken.name() + "'s");
        }
        return this;
    }

    /**
     * Gives {@code endpoint} the address {@code address} on its host's bridge: reachable from that
     * host only.
     *
     * @throws IllegalArgumentException if the address is not an IP literal or is taken on that host
     */
    synchronized void attachHostScoped(Endpoint endpoint, String address) {
        checkLiteral(address);
        Kernel machine = endpoint.subsystems().kernel();
        Endpoint taken = hostScoped.computeIfAbsent(machine, k -> new HashMap<>()).putIfAbsent(address, endpoint);
        if (taken != null && taken != endpoint) {
            throw new IllegalArgumentException(address + " is already " + taken.name() + "'s on " + machine.name());
        }
    }

    /**
     * A destination NAT rule: from now on every connection to {@code address} (from any host)
     * reaches {@code to}'s servers, whatever answered there before.
     */
    public synchronized Network forward(String address, Endpoint to) {
        checkLiteral(address);
        forwards.put(address, to);
        return this;
    }

    /** Drops the forwarding rule for {@code address}. */
    public synchronized Network unforward(String address) {
        forwards.remove(address);
        return this;
    }

    /**
     * The namespace a connection from {@code from} to {@code daddr} reaches, or {@code null} if no
     * route leads there.
     */
    public synchronized Endpoint resolve(Endpoint from, String daddr) {
        if (daddr.equals(LOOPBACK) || daddr.equals("localhost")) {
            return from;
        }
        Endpoint forwarded = forwards.get(daddr);
        if (forwarded != null) {
            return forwarded;
        }
        Endpoint local = hostScoped.getOrDefault(from.subsystems().kernel(), Map.of()).get(daddr);
        if (local != null) {
            return local;
        }
        return global.get(daddr);
    }

    /** The wire of {@code endpoint}: how its clients reach addresses and its servers see callers. */
    Wire wire(Endpoint endpoint) {
        return new Wire() {
            @Override
            public XprtRoute xprtRoute(String daddr, boolean resvport) {
                return resolve(endpoint, daddr) == null ? null : route(endpoint, daddr, resvport);
            }

            @Override
            public InetSocketAddress svcPeer(InetSocketAddress local, InetSocketAddress real) {
                return peer(endpoint, local, real);
            }

            @Override
            public boolean inetAddrTypeLocal(String addr) {
                return addr.equals(LOOPBACK) || addr.equals("localhost") || addresses(endpoint).contains(addr);
            }
        };
    }

    private XprtRoute route(Endpoint from, String daddr, boolean resvport) {
        return new XprtRoute() {
            @Override
            public String daddr() {
                return daddr;
            }

            @Override
            public Rpcbind rpcbind() {
                Endpoint to = resolve(from, daddr);
                return to == null ? null : to.rpcbind();
            }

            @Override
            public void xprtConnected(InetSocketAddress local, InetSocketAddress remote) {
                conntrack.put(Ends.of(local, remote), new Conntrack(from, daddr, resvport));
            }

            @Override
            public void xprtClosed(InetSocketAddress local, InetSocketAddress remote) {
                conntrack.remove(Ends.of(local, remote));
            }
        };
    }

    /**
     * The caller's address as a server in {@code server} sees the connection from {@code real} to its
     * {@code local} address:
     * loopback stays loopback, same host shows the caller's own address, another host shows the
     * caller's host address; a reserved-port caller shows a port below 1024. A connection the
     * network did not make (a test's raw socket) is seen as it is.
     */
    private InetSocketAddress peer(Endpoint server, InetSocketAddress local, InetSocketAddress real) {
        Conntrack c = conntrack.get(Ends.of(real, local));
        if (c == null) {
            return real;
        }
        String seen;
        if (c.daddr().equals(LOOPBACK) || c.daddr().equals("localhost")) {
            seen = LOOPBACK;
        } else if (c.from().subsystems().kernel() == server.subsystems().kernel()) {
            seen = c.from().address() != null ? c.from().address() : c.from().hostAddress();
        } else {
            seen = c.from().hostAddress();
        }
        int port = c.resvport() ? 600 + real.getPort() % 424 : real.getPort();
        try {
            return new InetSocketAddress(InetAddress.getByName(seen == null ? LOOPBACK : seen), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("BUG: " + seen + " was checked to be a literal", e);
        }
    }

    /**
     * The addresses {@code endpoint} owns: its global ones and those on its host's bridge, as
     * {@code ip -o addr} would list them in its namespace (forwarding rules give it none).
     */
    public synchronized List<String> addresses(Endpoint endpoint) {
        List<String> out = new ArrayList<>();
        global.forEach((address, e) -> {
            if (e == endpoint) {
                out.add(address);
            }
        });
        hostScoped.getOrDefault(endpoint.subsystems().kernel(), Map.of()).forEach((address, e) -> {
            if (e == endpoint) {
                out.add(address);
            }
        });
        Collections.sort(out);
        return out;
    }

    /** Connections the network tracks now (each open client connection made through it). */
    public int trackedConnections() {
        return conntrack.size();
    }

    private static void checkLiteral(String address) {
        if (!address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IllegalArgumentException("not an IPv4 literal: " + address);
        }
    }
}

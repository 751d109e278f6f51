package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.net.Net;
import java.net.InetSocketAddress;
import java.util.Set;

/**
 * sunrpc's state in one network namespace: the namespace's rpcbind (servers register there, clients of
 * this namespace's addresses look ports up there) and the {@link Wire} that connects the namespace to the
 * model's network. Freed with the namespace.
 *
 * <p>Models net/sunrpc/netns.h: {@code struct sunrpc_net}, whose {@code rpcb_local_clnt} is the
 * namespace's way to its rpcbind daemon; the daemon itself is reduced to its table ({@link Rpcbind}).
 */
public final class SunrpcNet extends KasanObject {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost");

    private final Net net;
    private final Rpcbind rpcbind = new Rpcbind();
    private volatile Wire wire;

    SunrpcNet(Kernel kernel, Net net) {
        super(kernel, "struct sunrpc_net of \"" + net.name() + "\"");
        this.net = net;
        this.wire = loopback();
    }

    /** The namespace (model-only back pointer). */
    public Net net() {
        return net;
    }

    /** The rpcbind of this namespace. */
    public Rpcbind rpcbind() {
        kasanCheck("sn->rpcb_local_clnt");
        return rpcbind;
    }

    /** How this namespace reaches others, and sees its peers. */
    public Wire wire() {
        kasanCheck("net->ipv4");
        return wire;
    }

    /** Attaches the namespace to a network (the container runtime plugging in its interfaces). */
    public void setWire(Wire wire) {
        kasanCheck("net->ipv4");
        this.wire = wire;
    }

    /** Only this namespace, at 127.0.0.1 and localhost; peers are seen as they are. */
    private Wire loopback() {
        return new Wire() {
            @Override
            public XprtRoute xprtRoute(String daddr, boolean resvport) {
                if (!LOOPBACK_NAMES.contains(daddr)) {
                    return null;
                }
                return XprtRoute.untracked(daddr, () -> isFreed() ? null : rpcbind);
            }

            @Override
            public InetSocketAddress svcPeer(InetSocketAddress local, InetSocketAddress real) {
                return real;
            }

            @Override
            public boolean inetAddrTypeLocal(String addr) {
                return LOOPBACK_NAMES.contains(addr);
            }
        };
    }
}

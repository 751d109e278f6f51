package dev.localio.linux.net.sunrpc;

import java.net.InetSocketAddress;

/**
 * One accepted TCP connection of a server. Every call that arrives on the connection points at the same
 * {@code SvcXprt}, so an upper layer can tell that two programs (NFS and LOCALIO) were called over one
 * connection, and from which source port.
 *
 * <p>Models include/linux/sunrpc/svc_xprt.h: {@code struct svc_xprt} ({@code xpt_local},
 * {@code xpt_remote}); the Grizzly connection underneath stays inside {@link SvcSock}.
 */
public final class SvcXprt {

    private final long xptId;
    private final InetSocketAddress xptLocal;
    private final InetSocketAddress xptRemote;
    private final SvcSock.Connection connection;

    SvcXprt(long xptId, InetSocketAddress xptLocal, InetSocketAddress xptRemote, SvcSock.Connection connection) {
        this.xptId = xptId;
        this.xptLocal = xptLocal;
        this.xptRemote = xptRemote;
        this.connection = connection;
    }

    /** A number that tells this connection apart from the server's other connections. */
    public long xptId() {
        return xptId;
    }

    /** The server's end: 127.0.0.1 and the listening port. */
    public InetSocketAddress xptLocal() {
        return xptLocal;
    }

    /** The client's end: its address and source port. */
    public InetSocketAddress xptRemote() {
        return xptRemote;
    }

    SvcSock.Connection connection() {
        return connection;
    }

    @Override
    public String toString() {
        return "svc_xprt#" + xptId + "(" + xptRemote + "->" + xptLocal + ")";
    }
}

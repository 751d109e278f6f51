package dev.localio.linux.net.sunrpc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BinaryOperator;
import org.dcache.oncrpc4j.xdr.XdrAble;

/**
 * One accepted TCP connection of a server, and the functions that give a server its transports. Every
 * call that arrives on a connection points at the same {@code SvcXprt}, so an upper layer can tell that
 * two programs (NFS and LOCALIO) were called over one connection, and from which source port.
 *
 * <p>Models include/linux/sunrpc/svc_xprt.h: {@code struct svc_xprt} ({@code xpt_local},
 * {@code xpt_remote}); net/sunrpc/svc_xprt.c: {@code svc_xprt_create()}, {@code svc_xprt_enqueue()},
 * {@code svc_send()}, {@code svc_xprt_destroy_all()}. The Grizzly connection underneath stays inside
 * {@link SvcSock}.
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

    /** {@link #svcXprtCreate(SvcServ, Rpcbind, int)} on an ephemeral port. */
    public static int svcXprtCreate(SvcServ serv, Rpcbind rpcbind) throws IOException {
        return svcXprtCreate(serv, rpcbind, 0);
    }

    /**
     * {@code svc_xprt_create()} with the {@code svc_register()} it triggers: {@code serv} listens on
     * 127.0.0.1 at {@code port} (0: an ephemeral one) and registers its versions that are not hidden with
     * {@code rpcbind} (if not {@code null}). Returns the port.
     *
     * @throws IOException if the port cannot be bound
     * @throws IllegalStateException if the server already listens or was destroyed
     */
    public static int svcXprtCreate(SvcServ serv, Rpcbind rpcbind, int port) throws IOException {
        return svcXprtCreate(serv, rpcbind, port, (local, real) -> real);
    }

    /**
     * As {@link #svcXprtCreate(SvcServ, Rpcbind, int)}, each connection's peer address being what
     * {@code peer} makes of its real ends (the server's, then the caller's): the model's network, so that
     * {@link SvcRqst#rqAddr()} is the caller as this server's namespace sees it (the kernel reads it from
     * the socket).
     */
    public static int svcXprtCreate(SvcServ serv, Rpcbind rpcbind, int port, BinaryOperator<InetSocketAddress> peer)
            throws IOException {
        synchronized (serv) {
            if (serv.isDestroyed() || serv.svSock != null) {
                throw new IllegalStateException("WARN_ON: svc_xprt_create on a "
                        + (serv.isDestroyed() ? "destroyed" : "listening") + " server");
            }
            serv.svSock = SvcSock.svcCreateSocket(serv.svMaxMesg(),
                    (xprt, record, wireBytes) -> svcXprtEnqueue(serv, xprt, record, wireBytes),
                    serv.threadFactory("-svcsock-"), port, peer);
            serv.svcRegister(rpcbind, serv.svSock.local().getPort());
            return serv.svSock.local().getPort();
        }
    }

    /**
     * {@code svc_xprt_destroy_all()}: closes {@code serv}'s listener and every connection, so the port is
     * free and callers see their connection reset; the server threads stay until
     * {@link SvcServ#svcDestroy()}. Idempotent.
     */
    public static void svcXprtDestroyAll(SvcServ serv) {
        SvcSock sock;
        synchronized (serv) {
            if (serv.svXprtsDestroyed) {
                return;
            }
            serv.svXprtsDestroyed = true;
            sock = serv.svSock;
        }
        if (sock != null) {
            sock.svcSockDetach();
        }
    }

    /**
     * {@code svc_xprt_enqueue()}: a complete record arrived on {@code xprt}; a server thread of
     * {@code serv} takes it ({@code svc_recv()}) unless none is left.
     */
    private static void svcXprtEnqueue(SvcServ serv, SvcXprt xprt, byte[] record, int wireBytes) {
        try {
            serv.svPool.execute(() -> {
                if (!serv.svcThreadEnter()) {
                    return;
                }
                try {
                    serv.svcProcess(xprt, record, wireBytes);
                } finally {
                    serv.svcThreadExit();
                }
            });
        } catch (RejectedExecutionException e) {
            // The server is being destroyed: the call is dropped with its connection.
        }
    }

    /**
     * {@code svc_send()}, after {@code svc_authorise()}: sends the reply for {@code status}, with results
     * {@code resp} on success; results that do not encode turn it into SYSTEM_ERR.
     */
    static void svcSend(SvcRqst rqstp, RpcStatus status, XdrAble resp) {
        SvcAuthenticate.svcAuthorise(rqstp);
        SvcServ serv = rqstp.rqServer();
        byte[] record;
        RpcStatus sent = status;
        try {
            record = SvcServ.svcEncodeReply(rqstp, status, resp);
        } catch (IOException | RuntimeException e) {
            sent = RpcStatus.systemErr();
            try {
                record = SvcServ.svcEncodeReply(rqstp, sent, null);
            } catch (IOException impossible) {
                throw new IllegalStateException("BUG: an empty reply failed to encode", impossible);
            }
        }
        // Counted before it is sent, so that a caller holding the reply sees the server's counters agree.
        serv.svStats.countReply(rqstp.rqProg(), rqstp.rqVers(), rqstp.rqProc(), record.length, sent);
        serv.svcTrace(rqstp, RpcTraceEvent.Direction.REPLY, record.length, sent);
        rqstp.rqXprt().connection().xptSendto(record);
    }

    @Override
    public String toString() {
        return "svc_xprt#" + xptId + "(" + xptRemote + "->" + xptLocal + ")";
    }
}

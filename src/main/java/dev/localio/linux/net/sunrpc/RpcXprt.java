package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.Errno;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * One client TCP connection to one server address, shared by an {@link RpcClnt} and every clone made from
 * it with {@link RpcClnt#rpcBindNewProgram}. Calls from many threads are written one whole record at a time
 * and matched to replies by xid; one receive thread per connection reads replies. If the connection breaks,
 * calls in flight fail with ECONNRESET (their {@link RpcClnt} sends them once more) and the next call connects
 * again to the same address (the server's new connection has a new source port). A transport created through an {@link XprtRoute} asks the route's
 * rpcbind for the port at every connect, so it finds a server that came back on another port, and reports
 * each connection it makes and closes to the route.
 *
 * <p>The transport is reference counted: each client using it holds one reference, and the last
 * {@link RpcClnt#rpcShutdownClient()} closes the socket and joins the receive thread.
 *
 * <p>Models include/linux/sunrpc/xprt.h: {@code struct rpc_xprt} ({@code xprt_get()}, {@code xprt_put()},
 * {@code xprt_transmit()}, {@code xprt_lookup_rqst()}, {@code xprt_complete_rqst()}); net/sunrpc/xprtsock.c
 * ({@code xs_tcp_setup_socket()}, {@code xs_read_stream()}) over a blocking java.net socket.
 */
public final class RpcXprt {

    /** Largest reply record accepted; a larger one is a broken stream and closes the connection. */
    static final int MAX_REPLY_RECORD = 16 << 20;

    /** The server's address; a routed transport changes its port when it rebinds. Guarded by this. */
    private InetSocketAddress addr;
    /** The route this transport binds through, or {@code null} for a fixed address. */
    private final XprtRoute route;
    /** What a routed transport asks rpcbind for: the program and version it was created for. */
    private final int bindProg;
    private final int bindVers;
    /** Serialises connecting and writing: one sender owns the socket at a time ({@code XPRT_LOCKED}). */
    private final Object sendLock = new Object();
    private final Map<Integer, RpcRqst> recvQueue = new ConcurrentHashMap<>();
    private final AtomicInteger xid = new AtomicInteger(ThreadLocalRandom.current().nextInt());
    private final RpcIostats xprtStats = new RpcIostats(RpcIostats.Side.CLIENT);
    private final List<RpcTraceListener> listeners = new CopyOnWriteArrayList<>();
    private final LongAdder badXids = new LongAdder();

    // Connection state, guarded by this.
    private Socket sock;
    private Thread reader;
    private int connectGen;
    private int refcount = 1;
    private boolean destroyed;
    private InetSocketAddress srcaddr;

    private RpcXprt(InetSocketAddress addr, XprtRoute route, int bindProg, int bindVers) {
        this.addr = addr;
        this.route = route;
        this.bindProg = bindProg;
        this.bindVers = bindVers;
    }

    /** Connects to {@code addr}. Models {@code xs_setup_tcp()} followed by an eager {@code xprt_connect()}. */
    static RpcXprt xprtCreate(InetSocketAddress addr) throws IOException {
        return xprtCreate(addr, null, 0, 0);
    }

    /**
     * Connects to {@code addr}, or with a {@code route}, to the port the route's rpcbind gives for
     * {@code prog} version {@code vers} (at this connect and every later one).
     */
    static RpcXprt xprtCreate(InetSocketAddress addr, XprtRoute route, int prog, int vers) throws IOException {
        RpcXprt xprt = new RpcXprt(addr, route, prog, vers);
        synchronized (xprt.sendLock) {
            xprt.xprtConnect();
        }
        return xprt;
    }

    /**
     * Asks the route's rpcbind for the port of the program this transport was made for. The model's servers
     * come back on a new ephemeral port, all on 127.0.0.1, so a routed transport rebinds before every
     * connect rather than only after a refused one. Models {@code rpc_force_rebind()} and {@code call_bind()}.
     */
    private InetSocketAddress xprtRebind() throws IOException {
        Rpcbind rpcbind = route.rpcbind();
        if (rpcbind == null) {
            throw new IOException("no route to " + route.daddr());
        }
        int port = rpcbind.rpcbGetport(bindProg, bindVers, Rpcbind.IPPROTO_TCP);
        if (port == 0) {
            throw new IOException("nothing registered for program " + bindProg + " version " + bindVers + " at "
                    + route.daddr());
        }
        InetSocketAddress bound = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        synchronized (this) {
            addr = bound;
        }
        return bound;
    }

    private Socket xprtConnect() throws IOException {
        InetSocketAddress to = route != null ? xprtRebind() : xprtRemoteAddress();
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(to);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        if (route != null) {
            // Before the first record: the server looks the connection up when that record arrives.
            route.xprtConnected((InetSocketAddress) socket.getLocalSocketAddress(), to);
        }
        synchronized (this) {
            if (destroyed) {
                socket.close();
                xprtClosed(socket);
                throw new IOException("transport destroyed");
            }
            sock = socket;
            srcaddr = (InetSocketAddress) socket.getLocalSocketAddress();
            int gen = ++connectGen;
            reader = new Thread(() -> xsReadStream(socket, gen), "rpc-xprt " + srcaddr + "->" + to);
            reader.setDaemon(true);
            reader.start();
        }
        return socket;
    }

    /** A fresh transaction id. */
    int xprtAllocXid() {
        return xid.getAndIncrement();
    }

    /**
     * Writes {@code record}, after connecting if the last connection broke, and queues {@code rqst} for its
     * reply. Returns {@code null} once the record is on the wire, else why it is not. Models
     * {@code xprt_transmit()} with {@code xprt_connect()}.
     */
    RpcStatus xprtTransmit(RpcRqst rqst, byte[] record) {
        synchronized (sendLock) {
            Socket socket;
            synchronized (this) {
                if (destroyed) {
                    return RpcStatus.transportError(Errno.ENOTCONN, "transport destroyed");
                }
                socket = sock;
            }
            if (socket == null) {
                try {
                    socket = xprtConnect();
                } catch (IOException e) {
                    return RpcStatus.transportError(Errno.ECONNREFUSED, "connect to " + xprtRemoteAddress() + ": "
                            + e.getMessage());
                }
            }
            synchronized (this) {
                rqst.connectGen = connectGen;
            }
            recvQueue.put(rqst.rqXid, rqst);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(record);
                out.flush();
            } catch (IOException e) {
                recvQueue.remove(rqst.rqXid);
                xprtDisconnect(socket, rqst.connectGen, "send failed: " + e.getMessage());
                return RpcStatus.transportError(Errno.ECONNRESET, "send to " + xprtRemoteAddress() + ": "
                        + e.getMessage());
            }
        }
        return null;
    }

    /** Forgets {@code rqst}: its reply, if one still comes, is dropped as an unknown xid. */
    void xprtReleaseRqst(RpcRqst rqst) {
        recvQueue.remove(rqst.rqXid, rqst);
    }

    /** The receive thread: reads reply records and hands each to its call. Models {@code xs_read_stream()}. */
    private void xsReadStream(Socket socket, int gen) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            while (true) {
                int wireBytes = 0;
                byte[] record = new byte[0];
                boolean last;
                do {
                    int mark = in.readInt();
                    int length = mark & RpcRecord.RPC_FRAGMENT_SIZE_MASK;
                    last = (mark & RpcRecord.RPC_LAST_STREAM_FRAGMENT) != 0;
                    if (record.length + (long) length > MAX_REPLY_RECORD) {
                        throw new IOException("reply record longer than " + MAX_REPLY_RECORD);
                    }
                    byte[] grown = Arrays.copyOf(record, record.length + length);
                    in.readFully(grown, record.length, length);
                    record = grown;
                    wireBytes += RpcRecord.RPC_FRAGMENT_HEADER_SIZE + length;
                } while (!last);
                xprtLookupRqst(record, wireBytes);
            }
        } catch (EOFException e) {
            xprtDisconnect(socket, gen, "server closed the connection");
        } catch (IOException e) {
            xprtDisconnect(socket, gen, e.getMessage());
        }
    }

    /** Finds the call a reply belongs to by its xid and completes it. Models {@code xprt_lookup_rqst()}. */
    private void xprtLookupRqst(byte[] record, int wireBytes) {
        if (record.length < 4) {
            badXids.increment();
            return;
        }
        int replyXid = ((record[0] & 0xff) << 24) | ((record[1] & 0xff) << 16) | ((record[2] & 0xff) << 8)
                | (record[3] & 0xff);
        RpcRqst rqst = recvQueue.remove(replyXid);
        if (rqst == null) {
            badXids.increment();
        } else {
            rqst.xprtCompleteRqst(record, wireBytes);
        }
    }

    /**
     * Closes connection {@code gen} and fails the calls it carried; the next call reconnects. Models
     * {@code xprt_disconnect_done()} waking the pending tasks.
     */
    private void xprtDisconnect(Socket socket, int gen, String reason) {
        synchronized (this) {
            if (sock == socket) {
                sock = null;
            }
        }
        closeQuietly(socket);
        xprtClosed(socket);
        recvQueue.values().removeIf(rqst -> {
            if (rqst.connectGen != gen) {
                return false;
            }
            rqst.rpcExit(RpcStatus.transportError(Errno.ECONNRESET, reason));
            return true;
        });
    }

    /** Takes a reference for one more client. Models {@code xprt_get()}. */
    synchronized RpcXprt xprtGet() {
        if (refcount == 0) {
            throw new IllegalStateException("WARN_ON: xprt_get() on a destroyed transport");
        }
        refcount++;
        return this;
    }

    /** Drops a client's reference; the last one closes the connection. Models {@code xprt_put()}. */
    void xprtPut() {
        Socket socket;
        Thread receiver;
        synchronized (this) {
            if (refcount == 0) {
                throw new IllegalStateException("WARN_ON: xprt_put() underflow");
            }
            if (--refcount > 0) {
                return;
            }
            destroyed = true;
            socket = sock;
            sock = null;
            receiver = reader;
        }
        xprtDestroy(socket, receiver);
    }

    /** Closes the socket, fails what is left and waits for the receive thread. Models {@code xprt_destroy()}. */
    private void xprtDestroy(Socket socket, Thread receiver) {
        closeQuietly(socket);
        xprtClosed(socket);
        recvQueue.values().removeIf(rqst -> {
            rqst.rpcExit(RpcStatus.transportError(Errno.ENOTCONN, "transport destroyed"));
            return true;
        });
        if (receiver != null && receiver != Thread.currentThread()) {
            try {
                receiver.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Tells the route that the connection of {@code socket} is gone, by both its ends (a closed socket
     * still knows them). A socket closed twice is told twice; the second finds nothing.
     */
    private void xprtClosed(Socket socket) {
        if (route != null && socket != null && socket.getLocalSocketAddress() instanceof InetSocketAddress local
                && socket.getRemoteSocketAddress() instanceof InetSocketAddress remote) {
            route.xprtClosed(local, remote);
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a socket that failed already: nothing more to release.
            }
        }
    }

    /** The server's address ({@code rpc_peeraddr()}): the real socket address it was last bound to. */
    public synchronized InetSocketAddress xprtRemoteAddress() {
        return addr;
    }

    /** The route this transport binds through, or {@code null}. */
    public XprtRoute xprtRoute() {
        return route;
    }

    /** This end of the current (or last) connection: the source port the server sees. */
    public synchronized InetSocketAddress xprtLocalAddress() {
        return srcaddr;
    }

    /** {@code xprt->connect_cookie}: how many connections this transport has made so far. */
    public synchronized int xprtConnectCookie() {
        return connectGen;
    }

    /** Whether a connection is open now. */
    public synchronized boolean xprtConnected() {
        return sock != null;
    }

    /** Whether the last reference was dropped and the socket closed. */
    public synchronized boolean xprtDestroyed() {
        return destroyed;
    }

    /** The receive thread of the current connection, for tests that check no thread is left behind. */
    synchronized Thread xprtReader() {
        return reader;
    }

    /** Counters of every call on this connection, whichever client sent it. */
    public RpcIostats xprtStats() {
        return xprtStats;
    }

    /** Replies whose xid matched no call in flight (late, duplicate or bogus). Models {@code bad_xids}. */
    public long badXids() {
        return badXids.sum();
    }

    void addTraceListener(RpcTraceListener listener) {
        listeners.add(listener);
    }

    void removeTraceListener(RpcTraceListener listener) {
        listeners.remove(listener);
    }

    void xprtTrace(RpcTraceEvent event) {
        for (RpcTraceListener listener : listeners) {
            listener.rpcTrace(event);
        }
    }
}

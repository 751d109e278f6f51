package dev.localio.linux.net.sunrpc;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.filterchain.TransportFilter;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.nio.transport.TCPNIOServerConnection;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.nio.transport.TCPNIOTransportBuilder;
import org.glassfish.grizzly.strategies.SameThreadIOStrategy;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BinaryOperator;

/**
 * A server's TCP listener on 127.0.0.1 and its accepted connections, on a Grizzly NIO transport with one
 * selector thread, built the way oncrpc4j's {@code OncRpcSvc} builds its own (TCP transport, same-thread
 * I/O strategy, a filter chain) but with this model's filter in place of oncrpc4j's
 * {@code RpcMessageParserTCP}/{@code RpcProtocolFilter}/{@code RpcDispatcher}: the filter cuts the byte
 * stream into records, refuses records longer than the server's {@code sv_max_mesg} by closing the
 * connection, measures each record's real size on the wire, and hands each record to
 * {@link SvcServ} for a server thread to process. oncrpc4j's dispatcher cannot be used as is: it answers
 * PROG_UNAVAIL for a known program with an unknown version, looks programs up before authenticating, and
 * has no record size limit.
 *
 * <p>Models net/sunrpc/svcsock.c: {@code svc_create_socket()}, {@code svc_tcp_recvfrom()} with
 * {@code svc_tcp_read_marker()} (the "fragment too large" check), {@code svc_tcp_sendto()},
 * {@code svc_sock_detach()}.
 */
final class SvcSock {

    /** The reply path of one accepted connection, so that the rest of the package never sees Grizzly. */
    static final class Connection {
        private final org.glassfish.grizzly.Connection<?> grizzly;

        private Connection(org.glassfish.grizzly.Connection<?> grizzly) {
            this.grizzly = grizzly;
        }

        /** Queues {@code record} (mark included) for sending. Models {@code svc_tcp_sendto()}. */
        void xptSendto(byte[] record) {
            grizzly.write(Buffers.wrap(grizzly.getMemoryManager(), record));
        }

        /** Closes the connection. Models {@code svc_xprt_close()}. */
        void xptClose() {
            grizzly.closeSilently();
        }
    }

    /** Receives one complete record, with its size on the wire, from connection {@code xprt}. */
    @FunctionalInterface
    interface RecordSink {
        void svcXprtEnqueue(SvcXprt xprt, byte[] record, int wireBytes);
    }

    private final TCPNIOTransport transport;
    private final InetSocketAddress local;
    private java.nio.channels.SelectableChannel listening;
    private final Map<org.glassfish.grizzly.Connection<?>, SvcXprt> xprts = new ConcurrentHashMap<>();
    private final AtomicLong nextXptId = new AtomicLong();
    private final int maxMesg;
    private final RecordSink sink;
    private final BinaryOperator<InetSocketAddress> peer;

    private SvcSock(int maxMesg, RecordSink sink, ThreadFactory selectorThreads, int port,
            BinaryOperator<InetSocketAddress> peer) throws IOException {
        this.maxMesg = maxMesg;
        this.sink = sink;
        this.peer = peer;
        ThreadPoolConfig selector = ThreadPoolConfig.defaultConfig().copy()
                .setCorePoolSize(1).setMaxPoolSize(1).setThreadFactory(selectorThreads).setDaemon(true);
        transport = TCPNIOTransportBuilder.newInstance()
                .setIOStrategy(SameThreadIOStrategy.getInstance())
                .setSelectorThreadPoolConfig(selector)
                .setSelectorRunnersCount(1)
                .setWorkerThreadPoolConfig(null)
                .setReuseAddress(true)
                .setTcpNoDelay(true)
                .build();
        transport.setProcessor(FilterChainBuilder.stateless()
                .add(new TransportFilter())
                .add(new SvcTcpFilter())
                .build());
        try {
            TCPNIOServerConnection listener = transport.bind("127.0.0.1", port, 64);
            local = (InetSocketAddress) listener.getLocalAddress();
            listening = (java.nio.channels.SelectableChannel) listener.getChannel();
            transport.start();
        } catch (IOException | RuntimeException e) {
            transport.shutdownNow();
            throw e;
        }
    }

    /**
     * Listens on 127.0.0.1 at {@code port} (0 for an ephemeral one) and feeds complete records to
     * {@code sink}; each connection's peer address is {@code peer} applied to its real ends (this end,
     * then the caller's), when the
     * connection's first record arrives (the caller has recorded its connection by then). Models
     * {@code svc_create_socket()}.
     */
    static SvcSock svcCreateSocket(int maxMesg, RecordSink sink, ThreadFactory selectorThreads, int port,
            BinaryOperator<InetSocketAddress> peer) throws IOException {
        return new SvcSock(maxMesg, sink, selectorThreads, port, peer);
    }

    /** Bytes not yet decoded in {@code xdr}: oncrpc4j exposes its position only as a Grizzly buffer. */
    static int remaining(org.dcache.oncrpc4j.xdr.Xdr xdr) {
        return xdr.asBuffer().remaining();
    }

    /** The listening address. */
    InetSocketAddress local() {
        return local;
    }

    /** Connections open now. */
    int connections() {
        return xprts.size();
    }

    /**
     * Closes the listener and every connection and stops the selector thread. Models
     * {@code svc_sock_detach()} for the listener and each connection.
     */
    void svcSockDetach() {
        try {
            transport.shutdownNow();
        } catch (IOException e) {
            // Closing sockets that are already broken: nothing more to release.
        }
        // The JDK releases a listening socket registered with a selector only once the selector
        // thread deregisters it; until then the port still accepts. Destroying a server must free
        // its port before it returns, as svc_xprt_destroy_all() does, so wait for that (bounded).
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (listening != null && (listening.isOpen() || listening.isRegistered()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        xprts.clear();
    }

    /** Cuts the byte stream into records and hands them on. Models {@code svc_tcp_recvfrom()}. */
    private final class SvcTcpFilter extends BaseFilter {

        @Override
        public NextAction handleRead(FilterChainContext ctx) {
            Buffer buffer = ctx.getMessage();
            org.glassfish.grizzly.Connection<?> connection = ctx.getConnection();
            SvcXprt xprt = xprts.computeIfAbsent(connection, c -> new SvcXprt(nextXptId.incrementAndGet(),
                    (InetSocketAddress) c.getLocalAddress(),
                    peer.apply((InetSocketAddress) c.getLocalAddress(), (InetSocketAddress) c.getPeerAddress()),
                    new Connection(c)));
            int consumed = buffer.position();
            while (true) {
                int end = svcTcpRecordEnd(buffer, consumed);
                if (end == TOO_LARGE) {
                    connection.closeSilently();
                    return ctx.getStopAction();
                }
                if (end == INCOMPLETE) {
                    break;
                }
                byte[] record = svcTcpAssemble(buffer, consumed, end);
                sink.svcXprtEnqueue(xprt, record, end - consumed);
                consumed = end;
            }
            if (consumed == buffer.limit()) {
                return ctx.getStopAction();
            }
            buffer.position(consumed);
            return ctx.getStopAction(consumed == 0 ? buffer : buffer.split(consumed));
        }

        @Override
        public NextAction handleClose(FilterChainContext ctx) {
            xprts.remove(ctx.getConnection());
            return ctx.getInvokeAction();
        }
    }

    private static final int INCOMPLETE = -1;
    private static final int TOO_LARGE = -2;

    /**
     * Where the record starting at {@code start} ends, {@link #INCOMPLETE} if it has not all arrived, or
     * {@link #TOO_LARGE} once its fragments announce more than {@code sv_max_mesg} bytes. Models
     * {@code svc_tcp_read_marker()}.
     */
    private int svcTcpRecordEnd(Buffer buffer, int start) {
        long payload = 0;
        int at = start;
        while (true) {
            if (buffer.limit() - at < RpcRecord.RPC_FRAGMENT_HEADER_SIZE) {
                return INCOMPLETE;
            }
            int mark = markAt(buffer, at);
            int length = mark & RpcRecord.RPC_FRAGMENT_SIZE_MASK;
            payload += length;
            if (payload > maxMesg) {
                return TOO_LARGE;
            }
            at += RpcRecord.RPC_FRAGMENT_HEADER_SIZE;
            if (buffer.limit() - at < length) {
                return INCOMPLETE;
            }
            at += length;
            if ((mark & RpcRecord.RPC_LAST_STREAM_FRAGMENT) != 0) {
                return at;
            }
        }
    }

    /** The big-endian record mark at absolute index {@code at}, whatever the buffer's byte order. */
    private static int markAt(Buffer buffer, int at) {
        return ((buffer.get(at) & 0xff) << 24) | ((buffer.get(at + 1) & 0xff) << 16)
                | ((buffer.get(at + 2) & 0xff) << 8) | (buffer.get(at + 3) & 0xff);
    }

    /** The payload of the record in {@code [start, end)}, marks removed, as one array. */
    private static byte[] svcTcpAssemble(Buffer buffer, int start, int end) {
        int payload = 0;
        for (int at = start; at < end; at += RpcRecord.RPC_FRAGMENT_HEADER_SIZE + fragmentLength(buffer, at)) {
            payload += fragmentLength(buffer, at);
        }
        byte[] record = new byte[payload];
        int filled = 0;
        for (int at = start; at < end; ) {
            int length = fragmentLength(buffer, at);
            buffer.position(at + RpcRecord.RPC_FRAGMENT_HEADER_SIZE);
            buffer.get(record, filled, length);
            filled += length;
            at += RpcRecord.RPC_FRAGMENT_HEADER_SIZE + length;
        }
        return record;
    }

    private static int fragmentLength(Buffer buffer, int at) {
        return markAt(buffer, at) & RpcRecord.RPC_FRAGMENT_SIZE_MASK;
    }
}

package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.Errno;

import dev.localio.linux.kernel.KernelSymbol;
import org.dcache.oncrpc4j.xdr.Xdr;
import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrVoid;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An RPC client: one program version, one credential, one TCP connection to one server. Many threads may
 * call {@link #rpcCallSync} at once; their calls share the connection.
 *
 * <p>{@link #rpcBindNewProgram} makes a clone for another program on the same connection and with the same
 * credential, without asking rpcbind: this is how the NFS client reaches NFSACL and LOCALIO, and why the
 * server sees the LOCALIO handshake arrive on the connection that carries NFS. Each client counts its own
 * calls ({@link #clMetrics()}); the connection counts everyone's ({@link RpcXprt#xprtStats()}).
 *
 * <p>A call whose connection breaks before its reply (the server went away: restarted, or closed the
 * connection) is sent once more, with the same xid, on a new connection, which reaches the server that
 * replaced it. The kernel keeps sending it, after a reconnect delay of at least 3 s that grows each time
 * ({@code XS_TCP_INIT_REEST_TO}, net/sunrpc/xprtsock.c), until a soft mount's timeout, or for ever on a
 * hard mount; the model's second reset, or a refused connect, ends the call with its error at once.
 *
 * <p>Typical use:
 * <pre>{@code
 * RpcClnt nfs = RpcClnt.rpcCreate(serverAddress, NFS, 3, RpcAuth.authUnix(1000, 1000, new int[0], "client"))
 *         .value();
 * RpcStatus status = nfs.rpcCallSync(NFS3PROC_GETATTR, new Getattr3Args(fh), res);
 * RpcResult<RpcClnt> localio = nfs.rpcBindNewProgram(NFSLOCALIO, LOCALIO_V1);
 * if (!localio.isErr()) { ...; localio.value().rpcShutdownClient(); }
 * nfs.rpcShutdownClient();
 * }</pre>
 *
 * <p>Models net/sunrpc/clnt.c: {@code struct rpc_clnt} ({@code cl_prog}, {@code cl_vers},
 * {@code cl_auth}, {@code cl_xprt}, {@code cl_parent}, {@code cl_metrics}, {@code cl_tasks}).
 */
public final class RpcClnt {

    private final RpcProgram clProgram;
    private final int clVers;
    private final RpcAuth clAuth;
    private final RpcXprt clXprt;
    private final RpcClnt clParent;
    private final Duration clTimeout;
    private final RpcIostats clMetrics = new RpcIostats(RpcIostats.Side.CLIENT);
    /** Calls in flight, so that a shutdown can end them ({@code cl_tasks}). */
    private final Set<RpcRqst> clTasks = ConcurrentHashMap.newKeySet();
    // Guarded by this.
    private boolean clShutdown;

    private RpcClnt(RpcProgram clProgram, int clVers, RpcAuth clAuth, RpcXprt clXprt, RpcClnt clParent,
            Duration clTimeout) {
        this.clProgram = clProgram;
        this.clVers = clVers;
        this.clAuth = clAuth;
        this.clXprt = clXprt;
        this.clParent = clParent;
        this.clTimeout = clTimeout;
    }

    /**
     * Creates a client and opens its connection. With port 0 in the address, the port comes from
     * {@code args.rpcbind()} first (one lookup); with a route, from the route's rpcbind, at every connect.
     * Fails with ECONNREFUSED if nobody listens, or EACCES if
     * rpcbind does not know the program version. Models {@code rpc_create()}; unlike the kernel, the
     * connection is opened at once rather than by the first call.
     *
     * @throws IllegalArgumentException if the port is 0 and no rpcbind was given
     */
    public static RpcResult<RpcClnt> rpcCreate(RpcCreateArgs args) {
        if (args.route() != null) {
            try {
                RpcXprt xprt = RpcXprt.xprtCreate(args.address(), args.route(), args.program().number(),
                        args.version());
                return RpcResult.ptr(new RpcClnt(args.program(), args.version(), args.auth(), xprt, null,
                        args.timeout()));
            } catch (IOException e) {
                return RpcResult.err(RpcStatus.transportError(Errno.ECONNREFUSED, "connect to "
                        + args.route().daddr() + ": " + e.getMessage()));
            }
        }
        InetSocketAddress address = args.address();
        if (address.getPort() == 0) {
            if (args.rpcbind() == null) {
                throw new IllegalArgumentException("rpc_create: port 0 needs an rpcbind to ask");
            }
            int port = args.rpcbind().rpcbGetport(args.program().number(), args.version(), Rpcbind.IPPROTO_TCP);
            if (port == 0) {
                return RpcResult.err(RpcStatus.transportError(Errno.EACCES, "rpcbind: " + args.program().name()
                        + " version " + args.version() + " is not registered"));
            }
            address = new InetSocketAddress(address.getAddress(), port);
        }
        try {
            RpcXprt xprt = RpcXprt.xprtCreate(address);
            return RpcResult.ptr(new RpcClnt(args.program(), args.version(), args.auth(), xprt, null,
                    args.timeout()));
        } catch (IOException e) {
            return RpcResult.err(RpcStatus.transportError(Errno.ECONNREFUSED, "connect to " + address + ": "
                    + e.getMessage()));
        }
    }

    /** {@link #rpcCreate(RpcCreateArgs)} for a server at a known port, with the default timeout. */
    public static RpcResult<RpcClnt> rpcCreate(InetSocketAddress address, RpcProgram program, int version,
            RpcAuth auth) {
        return rpcCreate(RpcCreateArgs.of(address, program, version, auth));
    }

    /**
     * A clone of this client for version {@code vers} of {@code program}: same connection, same credential,
     * same timeout, no rpcbind lookup. The clone pings the program (a NULL call) before it is returned; if
     * the ping fails (the server lacks the program: PROG_UNAVAIL, or the version: PROG_MISMATCH) the clone
     * is shut down and the ping's status is the error. The clone holds its own reference on the connection,
     * so it keeps working after this client is shut down. Models {@code rpc_bind_new_program()}.
     */
    @KernelSymbol(value = "rpc_bind_new_program()", file = "net/sunrpc/clnt.c")
    public RpcResult<RpcClnt> rpcBindNewProgram(RpcProgram program, int vers) {
        synchronized (this) {
            if (clShutdown) {
                return RpcResult.err(RpcStatus.transportError(Errno.EIO, "rpc_bind_new_program on a shut down client"));
            }
            clXprt.xprtGet();
        }
        RpcClnt clone = new RpcClnt(program, vers, clAuth, clXprt, this, clTimeout);
        RpcStatus ping = clone.rpcPing();
        if (!ping.isSuccess()) {
            clone.rpcShutdownClient();
            return RpcResult.err(ping);
        }
        return RpcResult.ptr(clone);
    }

    /** Calls procedure 0 (NULL) of this client's program. Models {@code rpc_ping()}. */
    public RpcStatus rpcPing() {
        return rpcCallSync(0, XdrVoid.XDR_VOID, new XdrVoid());
    }

    /**
     * Calls procedure {@code proc} with arguments {@code argp}, waits for the reply and decodes its results
     * into {@code resp}. Returns {@link RpcStatus#SUCCESS}, or what went wrong: never throws for an RPC or
     * transport failure. {@code resp} is only meaningful on success. Models {@code rpc_call_sync()}.
     */
    public RpcStatus rpcCallSync(int proc, XdrAble argp, XdrAble resp) {
        return rpcCallSync(proc, argp, resp, clAuth);
    }

    /**
     * {@link #rpcCallSync(int, XdrAble, XdrAble)} with the credential {@code cred} for this call only (the
     * kernel's {@code rpc_message.rpc_cred}, e.g. the uid of the process doing the IO).
     */
    public RpcStatus rpcCallSync(int proc, XdrAble argp, XdrAble resp, RpcAuth cred) {
        int xid = clXprt.xprtAllocXid();
        byte[] record;
        try {
            record = rpcEncodeCall(xid, proc, cred, argp);
        } catch (IOException | RuntimeException e) {
            return RpcStatus.transportError(Errno.EIO, "cannot encode the call: " + e);
        }
        RpcRqst rqst = new RpcRqst(xid, clProgram.number(), clVers, proc);
        synchronized (this) {
            if (clShutdown) {
                return RpcStatus.transportError(Errno.EIO, "rpc_call_sync on a shut down client");
            }
            clTasks.add(rqst);
        }
        try {
            // rpc_request fires as the task starts (call_start()), before the record can reach the
            // server: a trace then never shows the server's answer ahead of the call.
            clXprt.xprtTrace(rpcTraceEvent(rqst, cred, RpcTraceEvent.Direction.CALL, record.length, null));
            long deadline = System.nanoTime() + clTimeout.toNanos();
            boolean sent = callTransmit(rqst, record, false);
            if (sent) {
                callWait(rqst, deadline);
            }
            if (callStatusResends(rqst, deadline)) {
                RpcRqst again = callRetransmit(rqst);
                if (again != null) {
                    rqst = again;
                    if (callTransmit(rqst, record, sent)) {
                        sent = true;
                        callWait(rqst, deadline);
                    }
                }
            }
            if (!sent) {
                clXprt.xprtTrace(rpcTraceEvent(rqst, cred, RpcTraceEvent.Direction.REPLY, 0, rqst.failure()));
                return rqst.failure();
            }
            byte[] reply = rqst.reply();
            RpcStatus status = reply == null ? rqst.failure() : rpcDecodeReply(reply, resp);
            rpcCountReply(rqst, cred, rqst.replyWireBytes(), status);
            return status;
        } finally {
            clTasks.remove(rqst);
        }
    }

    /**
     * Writes the call's record ({@code call_transmit()}) and returns whether it is on the wire; a record
     * that cannot be written ends the request with why. The call counts when its record is first on the
     * wire, a later record as a retransmission.
     */
    private boolean callTransmit(RpcRqst rqst, byte[] record, boolean sentBefore) {
        RpcStatus notSent = clXprt.xprtTransmit(rqst, record);
        if (notSent != null) {
            rqst.rpcExit(notSent);
            return false;
        }
        if (sentBefore) {
            clMetrics.countRetrans();
            clXprt.xprtStats().countRetrans();
        } else {
            rpcCountCall(rqst, record.length);
        }
        return true;
    }

    /** Waits for the reply until {@code deadline}; past it the call ends with ETIMEDOUT. */
    private void callWait(RpcRqst rqst, long deadline) {
        if (!rqst.rpcWaitForCompletion(deadline)) {
            clXprt.xprtReleaseRqst(rqst);
            rqst.rpcExit(RpcStatus.transportError(Errno.ETIMEDOUT, "no reply within " + clTimeout));
        }
    }

    /**
     * Whether the call goes out again: its connection broke before the reply came, or while its record
     * was written, and the call's time is not up. The server may be back behind a new connection (a
     * restarted one). The kernel's {@code call_status()} and {@code call_transmit_status()} send such a
     * task back to {@code call_encode}/{@code call_bind} for -ECONNRESET, and the transport connects
     * again.
     */
    private static boolean callStatusResends(RpcRqst rqst, long deadline) {
        return rqst.failure() instanceof RpcStatus.TransportError t && t.errno() == Errno.ECONNRESET
                && System.nanoTime() < deadline;
    }

    /**
     * The request that carries the call again, with the same xid (as the kernel keeps {@code rq_xid}
     * across retransmissions), or {@code null} if the client was shut down meanwhile.
     */
    private RpcRqst callRetransmit(RpcRqst rqst) {
        RpcRqst again = new RpcRqst(rqst.rqXid, rqst.prog, rqst.vers, rqst.proc);
        synchronized (this) {
            if (clShutdown) {
                return null;
            }
            clTasks.remove(rqst);
            clTasks.add(again);
        }
        return again;
    }

    /** Encodes the call header, credential, verifier and arguments. Models {@code rpc_encode_header()}. */
    private byte[] rpcEncodeCall(int xid, int proc, RpcAuth cred, XdrAble argp) throws IOException {
        Xdr xdr = RpcRecord.encoder();
        xdr.xdrEncodeInt(xid);
        xdr.xdrEncodeInt(RpcRecord.RPC_CALL);
        xdr.xdrEncodeInt(RpcRecord.RPC_VERSION);
        xdr.xdrEncodeInt(clProgram.number());
        xdr.xdrEncodeInt(clVers);
        xdr.xdrEncodeInt(proc);
        cred.rpcauthMarshcred().xdrEncode(xdr);
        argp.xdrEncode(xdr);
        xdr.endEncoding();
        return RpcRecord.frame(xdr);
    }

    /**
     * Decodes a reply's header and, if it is a success, its results into {@code resp}. The verifier is
     * skipped, not checked. Models {@code rpc_decode_header()} followed by the procedure's decoder.
     */
    private static RpcStatus rpcDecodeReply(byte[] reply, XdrAble resp) {
        Xdr xdr = new Xdr(reply);
        xdr.beginDecoding();
        try {
            xdr.xdrDecodeInt();
            if (xdr.xdrDecodeInt() != RpcRecord.RPC_REPLY) {
                return RpcStatus.transportError(Errno.EIO, "unparsable reply: not a REPLY");
            }
            int replyStat = xdr.xdrDecodeInt();
            if (replyStat == RpcRecord.RPC_MSG_ACCEPTED) {
                xdr.xdrDecodeInt();
                xdr.xdrDecodeDynamicOpaque();
                return rpcDecodeAccepted(xdr, resp);
            }
            if (replyStat == RpcRecord.RPC_MSG_DENIED) {
                return rpcDecodeDenied(xdr);
            }
            return RpcStatus.transportError(Errno.EIO, "unparsable reply: reply_stat " + replyStat);
        } catch (IOException | RuntimeException e) {
            return RpcStatus.transportError(Errno.EIO, "unparsable reply: " + e);
        }
    }

    private static RpcStatus rpcDecodeAccepted(Xdr xdr, XdrAble resp) throws IOException {
        RpcAcceptStat acceptStat = XdrEnum.fromValue(RpcAcceptStat.class, xdr.xdrDecodeInt());
        if (acceptStat == null) {
            return RpcStatus.transportError(Errno.EIO, "unparsable reply: unknown accept_stat");
        }
        return switch (acceptStat) {
            case RPC_SUCCESS -> {
                resp.xdrDecode(xdr);
                yield RpcStatus.SUCCESS;
            }
            case RPC_PROG_MISMATCH -> RpcStatus.progMismatch(xdr.xdrDecodeInt(), xdr.xdrDecodeInt());
            default -> new RpcStatus.Accepted(acceptStat, 0, 0);
        };
    }

    private static RpcStatus rpcDecodeDenied(Xdr xdr) throws IOException {
        RpcRejectStat rejectStat = XdrEnum.fromValue(RpcRejectStat.class, xdr.xdrDecodeInt());
        if (rejectStat == RpcRejectStat.RPC_MISMATCH) {
            return RpcStatus.rpcMismatch(xdr.xdrDecodeInt(), xdr.xdrDecodeInt());
        }
        RpcAuthStat authStat = rejectStat == null ? null : XdrEnum.fromValue(RpcAuthStat.class, xdr.xdrDecodeInt());
        if (authStat == null) {
            return RpcStatus.transportError(Errno.EIO, "unparsable reply: unknown reject_stat or auth_stat");
        }
        return RpcStatus.authError(authStat);
    }

    /** Counts a call that went on the wire (a call that could not be sent is not counted). */
    private void rpcCountCall(RpcRqst rqst, int wireBytes) {
        clMetrics.countCall(rqst.prog, rqst.vers, rqst.proc, wireBytes);
        clXprt.xprtStats().countCall(rqst.prog, rqst.vers, rqst.proc, wireBytes);
    }

    private void rpcCountReply(RpcRqst rqst, RpcAuth cred, int wireBytes, RpcStatus status) {
        clMetrics.countReply(rqst.prog, rqst.vers, rqst.proc, wireBytes, status);
        clXprt.xprtStats().countReply(rqst.prog, rqst.vers, rqst.proc, wireBytes, status);
        clXprt.xprtTrace(rpcTraceEvent(rqst, cred, RpcTraceEvent.Direction.REPLY, wireBytes, status));
    }

    private RpcTraceEvent rpcTraceEvent(RpcRqst rqst, RpcAuth cred, RpcTraceEvent.Direction direction,
            int wireBytes, RpcStatus status) {
        return new RpcTraceEvent(RpcIostats.Side.CLIENT, direction, rqst.rqXid, rqst.prog, rqst.vers, rqst.proc,
                cred.auFlavor(), clXprt.xprtLocalAddress(), clXprt.xprtRemoteAddress(), wireBytes, status);
    }

    /**
     * Shuts this client down: calls in flight end with EIO, later calls fail with EIO, and its reference on
     * the connection is dropped. The connection closes when the last client sharing it is shut down, so
     * shutting a clone down never disturbs its parent, and the other way round. Idempotent. Models
     * {@code rpc_shutdown_client()}.
     */
    public void rpcShutdownClient() {
        synchronized (this) {
            if (clShutdown) {
                return;
            }
            clShutdown = true;
        }
        for (RpcRqst rqst : clTasks) {
            clXprt.xprtReleaseRqst(rqst);
            rqst.rpcExit(RpcStatus.transportError(Errno.EIO, "rpc_shutdown_client"));
        }
        clXprt.xprtPut();
    }

    /** Whether {@link #rpcShutdownClient()} was called. */
    public synchronized boolean isShutdown() {
        return clShutdown;
    }

    /** The program this client calls. */
    public RpcProgram clProgram() {
        return clProgram;
    }

    /** The program version this client calls. */
    public int clVers() {
        return clVers;
    }

    /** The credential of this client's calls. */
    public RpcAuth clAuth() {
        return clAuth;
    }

    /** The connection, shared with clones. */
    public RpcXprt clXprt() {
        return clXprt;
    }

    /** The client this one was cloned from, or {@code null}. */
    public RpcClnt clParent() {
        return clParent;
    }

    /** The per-call timeout. */
    public Duration clTimeout() {
        return clTimeout;
    }

    /** Counters of this client's own calls ({@code cl_metrics}). */
    public RpcIostats clMetrics() {
        return clMetrics;
    }

    /** The server's address. Models {@code rpc_peeraddr()}. */
    public InetSocketAddress rpcPeeraddr() {
        return clXprt.xprtRemoteAddress();
    }

    /**
     * Reports every call and reply on this client's connection, whichever client (parent or clone) makes
     * it, to {@code listener}.
     */
    public void addTraceListener(RpcTraceListener listener) {
        clXprt.addTraceListener(listener);
    }

    /** Stops reporting to {@code listener}. */
    public void removeTraceListener(RpcTraceListener listener) {
        clXprt.removeTraceListener(listener);
    }

    @Override
    public String toString() {
        return "rpc_clnt(" + clProgram.name() + " v" + clVers + " " + clAuth.auFlavor().secName() + " -> "
                + clXprt.xprtRemoteAddress() + ")";
    }
}

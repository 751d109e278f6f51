package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.Wait;
import org.dcache.oncrpc4j.xdr.Xdr;
import org.dcache.oncrpc4j.xdr.XdrAble;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;

/**
 * An RPC server: programs, server threads, and one TCP listener on 127.0.0.1 (never on a wildcard
 * address). Each call is processed by a server thread as the kernel's {@code svc_process()} does, its
 * checks in the kernel's order ({@code svcProcessCommon}). No input can crash or stall the server: a
 * record longer than {@code sv_max_mesg} or too short to hold a call header closes its connection,
 * everything else is answered.
 *
 * <p>Life cycle: {@link #svcCreate}, then {@link #svcXprtCreate} (listen and register the non-hidden
 * versions with rpcbind), then {@link #svcDestroy} (unregister, close every connection, stop every thread,
 * release the port, free the structure). nfsd tears down in the kernel's steps instead:
 * {@link #svcXprtDestroyAll()}, {@link #svcRpcbCleanup()}, then {@link #svcDestroy()}. Example:
 * <pre>{@code
 * SvcServ serv = SvcServ.svcCreate(kernel, List.of(nfsProgram, localioProgram), SvcServ.RPCSVC_MAXPAYLOAD);
 * int port = serv.svcXprtCreate(rpcbind);
 * ...
 * serv.svcDestroy();
 * }</pre>
 *
 * <p>The structure is KASAN-tracked ({@code nn->nfsd_serv} is one): {@link #svcDestroy()} frees it, so code
 * that kept the pointer without a reference and follows it afterwards ({@link #svName()},
 * {@link #svNrthreads()}, {@link #svPools()}) gets a use-after-free report.
 *
 * <p>After each call the server drops the request's {@code rq_client} reference ({@code svc_authorise()}):
 * a program hook that sets {@link SvcRqst#setRqClient} hands over one reference.
 *
 * <p>A procedure that throws is the model's kernel oops: the throwable is kept in {@link #svcOopses()}, the
 * caller gets SYSTEM_ERR (the kernel would answer nothing; answering keeps callers from hanging) and the
 * server thread carries on.
 *
 * <p>Models net/sunrpc/svc.c: {@code struct svc_serv} ({@code sv_program}, {@code sv_name},
 * {@code sv_max_payload}, {@code sv_max_mesg}, {@code sv_stats}), {@code svc_create()},
 * {@code svc_set_num_threads()}, {@code svc_register()}, {@code svc_process_common()},
 * {@code svc_destroy()}, {@code svc_rpcb_cleanup()}; net/sunrpc/svc_xprt.c: {@code svc_xprt_create()},
 * {@code svc_xprt_destroy_all()}; net/sunrpc/svcauth.c: {@code svc_authorise()}.
 */
public final class SvcServ extends KasanObject {

    /** Largest payload a server accepts ({@code RPCSVC_MAXPAYLOAD}, 1 MiB). */
    public static final int RPCSVC_MAXPAYLOAD = 1 << 20;
    /** The page size {@code sv_max_mesg} is rounded to. */
    private static final int PAGE_SIZE = 4096;
    /** Server threads when nobody asks for another number. */
    private static final int DEFAULT_THREADS = 2;
    private static final int AUTH_NULL_VERIFIER = 0;
    private static final int RPCSEC_GSS_VERIFIER = 6;

    private final String svName;
    private final List<SvcProgram> svProgram;
    private final int svMaxPayload;
    private final int svMaxMesg;
    private final RpcIostats svStats = new RpcIostats(RpcIostats.Side.SERVER);
    private final List<RpcTraceListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Throwable> svOopses = new CopyOnWriteArrayList<>();
    /** Every thread this server started, selector and server threads alike. */
    private final List<Thread> svThreads = new CopyOnWriteArrayList<>();
    private final String threadPrefix;
    private final ThreadPoolExecutor svPool;
    private volatile int svNrthreads = DEFAULT_THREADS;
    // Guarded by this.
    private SvcSock svSock;
    private Rpcbind svRpcbind;
    private boolean svXprtsDestroyed;
    private boolean svDestroyed;
    /** Calls being processed now; guarded by this. */
    private int svInFlight;

    private SvcServ(Kernel kernel, List<SvcProgram> programs, int bufsize) {
        super(kernel, "struct svc_serv \"" + programs.get(0).pgName() + "\"");
        svProgram = List.copyOf(programs);
        svName = svProgram.get(0).pgName();
        svMaxPayload = bufsize <= 0 ? PAGE_SIZE : Math.min(bufsize, RPCSVC_MAXPAYLOAD);
        svMaxMesg = (svMaxPayload + PAGE_SIZE + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
        threadPrefix = svName + "@" + Integer.toHexString(System.identityHashCode(this));
        svPool = new ThreadPoolExecutor(DEFAULT_THREADS, DEFAULT_THREADS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), threadFactory("/"));
    }

    /**
     * A server of {@code kernel} for {@code programs} (the first one names it) accepting payloads up to
     * {@code bufsize} bytes (capped at {@link #RPCSVC_MAXPAYLOAD}), with two server threads and no listener
     * yet. Models {@code svc_create()}.
     *
     * @throws IllegalArgumentException with no program, or two programs with one number
     */
    public static SvcServ svcCreate(Kernel kernel, List<SvcProgram> programs, int bufsize) {
        if (programs.isEmpty()) {
            throw new IllegalArgumentException("svc_create: no program");
        }
        if (programs.stream().map(SvcProgram::pgProg).distinct().count() != programs.size()) {
            throw new IllegalArgumentException("svc_create: a program number appears twice");
        }
        return new SvcServ(kernel, programs, bufsize);
    }

    private ThreadFactory threadFactory(String separator) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, threadPrefix + separator + count.getAndIncrement());
            thread.setDaemon(true);
            svThreads.add(thread);
            return thread;
        };
    }

    /**
     * Sets how many server threads process calls. Zero is what nfsd asks for right before it destroys the
     * server: it returns once every call being processed is done, and from then on calls are dropped
     * unanswered (their callers see the connection reset when the server is destroyed), as no thread is
     * left to take them; the pool's threads end with {@link #svcDestroy()}. Models
     * {@code svc_set_num_threads()}.
     *
     * @throws IllegalArgumentException for a negative count
     */
    public synchronized void svcSetNumThreads(int nrservs) {
        kasanCheck("serv->sv_nrthreads");
        if (nrservs < 0) {
            throw new IllegalArgumentException("svc_set_num_threads: negative thread count");
        }
        svNrthreads = nrservs;
        if (nrservs == 0) {
            // kthread_stop() of each nfsd thread: each finishes the request it holds.
            Wait.waitEvent(this, () -> svInFlight == 0);
            return;
        }
        if (nrservs > svPool.getMaximumPoolSize()) {
            svPool.setMaximumPoolSize(nrservs);
            svPool.setCorePoolSize(nrservs);
        } else {
            svPool.setCorePoolSize(nrservs);
            svPool.setMaximumPoolSize(nrservs);
        }
    }

    /** {@link #svcXprtCreate(Rpcbind, int)} on an ephemeral port. */
    public int svcXprtCreate(Rpcbind rpcbind) throws IOException {
        return svcXprtCreate(rpcbind, 0);
    }

    /**
     * Listens on 127.0.0.1 at {@code port} (0: an ephemeral port), and registers every version that is not
     * hidden with {@code rpcbind} (if not {@code null}). Returns the port. One listener per server. Models
     * {@code svc_xprt_create()} with the {@code svc_register()} it triggers.
     *
     * @throws IOException if the port cannot be bound
     * @throws IllegalStateException if the server already listens or was destroyed
     */
    public synchronized int svcXprtCreate(Rpcbind rpcbind, int port) throws IOException {
        return svcXprtCreate(rpcbind, port, (local, real) -> real);
    }

    /**
     * {@link #svcXprtCreate(Rpcbind, int)} where each connection's peer address is what {@code peer} makes of
     * its real ends (the server's, the caller's): the address translation of the model's network, so that {@link SvcRqst#rqAddr()} is the
     * caller's address as this server's namespace sees it (the kernel reads it from the socket).
     */
    public synchronized int svcXprtCreate(Rpcbind rpcbind, int port, BinaryOperator<InetSocketAddress> peer)
            throws IOException {
        if (svDestroyed || svSock != null) {
            throw new IllegalStateException("WARN_ON: svc_xprt_create on a " + (svDestroyed ? "destroyed" : "listening")
                    + " server");
        }
        svSock = SvcSock.svcCreateSocket(svMaxMesg, this::svcXprtEnqueue, threadFactory("-svcsock-"), port,
                peer);
        svRpcbind = rpcbind;
        svcRegister(svSock.local().getPort());
        return svSock.local().getPort();
    }

    /** Registers each non-hidden version with rpcbind. Models {@code svc_register()}. */
    private void svcRegister(int port) {
        if (svRpcbind == null) {
            return;
        }
        for (SvcProgram program : svProgram) {
            for (SvcVersion version : program.versions()) {
                if (!version.vsHidden()) {
                    svRpcbind.rpcbRegister(program.pgProg(), version.vsVers(), Rpcbind.IPPROTO_TCP, port);
                }
            }
        }
    }

    /** Removes this server's versions from rpcbind. Models {@code svc_unregister()}. */
    private void svcUnregister() {
        if (svRpcbind == null) {
            return;
        }
        for (SvcProgram program : svProgram) {
            for (SvcVersion version : program.versions()) {
                if (!version.vsHidden()) {
                    svRpcbind.rpcbRegister(program.pgProg(), version.vsVers(), Rpcbind.IPPROTO_TCP, 0);
                }
            }
        }
    }

    /**
     * Closes the listener and every connection: the port is free again and callers see their connection
     * reset. The server threads stay until {@link #svcDestroy()}. Idempotent. Models
     * {@code svc_xprt_destroy_all()}.
     */
    public void svcXprtDestroyAll() {
        SvcSock sock;
        synchronized (this) {
            if (svXprtsDestroyed) {
                return;
            }
            svXprtsDestroyed = true;
            sock = svSock;
        }
        if (sock != null) {
            sock.svcSockDetach();
        }
    }

    /** Removes this server's versions from rpcbind. Idempotent. Models {@code svc_rpcb_cleanup()}. */
    public synchronized void svcRpcbCleanup() {
        svcUnregister();
        svRpcbind = null;
    }

    /**
     * Stops the server: unregisters from rpcbind, closes the listener and every connection (the port is
     * free again), lets the server threads finish the calls they hold, waits until every thread this
     * server started has ended, and frees the structure. Idempotent: the steps already done by
     * {@link #svcXprtDestroyAll()} and {@link #svcRpcbCleanup()} are not repeated. Models
     * {@code svc_xprt_destroy_all()}, {@code svc_rpcb_cleanup()} and {@code svc_destroy()}.
     */
    public void svcDestroy() {
        synchronized (this) {
            if (svDestroyed) {
                return;
            }
            svDestroyed = true;
            svcUnregister();
            svRpcbind = null;
        }
        svcXprtDestroyAll();
        svPool.shutdown();
        boolean interrupted = false;
        for (Thread thread : svThreads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        kfree();
    }

    /** A complete record arrived on {@code xprt}: queue it for a server thread. Models {@code svc_xprt_enqueue()}. */
    private void svcXprtEnqueue(SvcXprt xprt, byte[] record, int wireBytes) {
        try {
            svPool.execute(() -> {
                if (!svcThreadEnter()) {
                    return; // no thread left to take the call
                }
                try {
                    svcProcess(xprt, record, wireBytes);
                } finally {
                    svcThreadExit();
                }
            });
        } catch (RejectedExecutionException e) {
            // The server is being destroyed: the call is dropped with its connection.
        }
    }

    private synchronized boolean svcThreadEnter() {
        if (svNrthreads == 0 || svDestroyed) {
            return false;
        }
        svInFlight++;
        return true;
    }

    private synchronized void svcThreadExit() {
        if (--svInFlight == 0) {
            notifyAll();
        }
    }

    /**
     * Processes one call record and sends its reply (or none). Models {@code svc_process()} and
     * {@code svc_process_common()}.
     */
    private void svcProcess(SvcXprt xprt, byte[] record, int wireBytes) {
        SvcRqst rqstp = null;
        try {
            rqstp = svcProcessCommon(xprt, record, wireBytes);
        } finally {
            if (rqstp != null) {
                svcAuthorise(rqstp);
            }
        }
    }

    /**
     * Drops the reference the program hook handed over with {@code rq_client}, once per request and
     * before any reply goes out (as the kernel does it before {@code svc_send()}), so a caller holding
     * the reply never sees the request's reference. The pointer stays in the finished request for
     * whoever inspects it; the reference is gone. Models {@code svc_authorise()}.
     */
    private static void svcAuthorise(SvcRqst rqstp) {
        AuthDomain client = rqstp.rqClient();
        if (client != null && rqstp.authorise()) {
            client.authDomainPut();
        }
    }

    /**
     * Decodes, authenticates, dispatches and answers one call, checking it in the kernel's order: RPC
     * version (RPC_MISMATCH); the credential, whatever the program ({@link SvcAuthenticate}); the
     * program's hook; then ({@link #svcDispatch}) program (PROG_UNAVAIL), version (PROG_MISMATCH with the
     * lowest and highest), procedure (PROC_UNAVAIL) and arguments (GARBAGE_ARGS if they do not decode or
     * leave bytes over). Returns the request, if one was made.
     */
    private SvcRqst svcProcessCommon(SvcXprt xprt, byte[] record, int wireBytes) {
        Xdr xdr = new Xdr(record);
        xdr.beginDecoding();
        SvcRqst rqstp;
        int rpcvers;
        try {
            int xid = xdr.xdrDecodeInt();
            if (xdr.xdrDecodeInt() != RpcRecord.RPC_CALL) {
                return null;
            }
            rqstp = new SvcRqst(this, xprt, xid);
            rpcvers = xdr.xdrDecodeInt();
            rqstp.setHeader(xdr.xdrDecodeInt(), xdr.xdrDecodeInt(), xdr.xdrDecodeInt());
        } catch (IOException e) {
            xprt.connection().xptClose();
            return null;
        }
        svStats.countCall(rqstp.rqProg(), rqstp.rqVers(), rqstp.rqProc(), wireBytes);
        if (rpcvers != RpcRecord.RPC_VERSION) {
            svcTrace(rqstp, RpcTraceEvent.Direction.CALL, wireBytes, null);
            svcSend(rqstp, RpcStatus.rpcMismatch(RpcRecord.RPC_VERSION, RpcRecord.RPC_VERSION), null);
            return rqstp;
        }
        SvcProgram progp = svProgram.stream().filter(p -> p.pgProg() == rqstp.rqProg()).findFirst().orElse(null);
        SvcAuthStatus auth = SvcAuthenticate.svcAuthenticate(rqstp, xdr);
        svcTrace(rqstp, RpcTraceEvent.Direction.CALL, wireBytes, null);
        if (auth == SvcAuthStatus.SVC_OK && progp != null) {
            auth = svcProgramAuthenticate(progp, rqstp);
        }
        switch (auth) {
            case SVC_OK -> svcDispatch(progp, rqstp, xdr);
            case SVC_GARBAGE -> svcSend(rqstp, RpcStatus.garbageArgs(), null);
            case SVC_SYSERR -> svcSend(rqstp, RpcStatus.systemErr(), null);
            case SVC_DENIED -> svcSend(rqstp, RpcStatus.authError(deniedStat(rqstp)), null);
            case SVC_CLOSE -> xprt.connection().xptClose();
            case SVC_DROP -> {
                // No reply, as asked.
            }
        }
        return rqstp;
    }

    /** A denial that forgot its reason is still a denial: the caller's credential is bad. */
    private static RpcAuthStat deniedStat(SvcRqst rqstp) {
        return rqstp.rqAuthStat() == RpcAuthStat.RPC_AUTH_OK ? RpcAuthStat.RPC_AUTH_BADCRED : rqstp.rqAuthStat();
    }

    private SvcAuthStatus svcProgramAuthenticate(SvcProgram progp, SvcRqst rqstp) {
        try {
            return progp.pgAuthenticate().pgAuthenticate(rqstp);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            svOopses.add(e);
            return SvcAuthStatus.SVC_SYSERR;
        }
    }

    /**
     * Finds the procedure, decodes its arguments, runs it and replies. Models {@code svc_generic_init_request()}
     * and {@code nfsd_dispatch()}'s decode, call and encode steps.
     */
    private void svcDispatch(SvcProgram progp, SvcRqst rqstp, Xdr xdr) {
        if (progp == null) {
            svcSend(rqstp, RpcStatus.progUnavail(), null);
            return;
        }
        SvcVersion versp = progp.version(rqstp.rqVers());
        if (versp == null) {
            svcSend(rqstp, RpcStatus.progMismatch(progp.pgLovers(), progp.pgHivers()), null);
            return;
        }
        SvcProcedure<?> procp = versp.procedure(rqstp.rqProc());
        if (procp == null) {
            svcSend(rqstp, RpcStatus.procUnavail(), null);
            return;
        }
        rqstp.setRqArgLen(SvcSock.remaining(xdr));
        XdrAble argp = procp.pcArgp().get();
        try {
            argp.xdrDecode(xdr);
            if (xdr.hasMoreData()) {
                svcSend(rqstp, RpcStatus.garbageArgs(), null);
                return;
            }
        } catch (IOException | RuntimeException e) {
            svcSend(rqstp, RpcStatus.garbageArgs(), null);
            return;
        }
        XdrAble resp;
        try {
            resp = procp.svcCall(rqstp, argp);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            svOopses.add(e);
            svcSend(rqstp, RpcStatus.systemErr(), null);
            return;
        }
        if (rqstp.rqAuthStat() != RpcAuthStat.RPC_AUTH_OK) {
            svcSend(rqstp, RpcStatus.authError(rqstp.rqAuthStat()), null);
        } else if (resp != null) {
            svcSend(rqstp, RpcStatus.SUCCESS, resp);
        }
    }

    /**
     * Encodes and sends the reply for {@code status} (with results {@code resp} on success). Results that
     * fail to encode turn the reply into SYSTEM_ERR. Models {@code svc_send()} after {@code svc_authorise()}.
     */
    private void svcSend(SvcRqst rqstp, RpcStatus status, XdrAble resp) {
        svcAuthorise(rqstp);
        byte[] record;
        RpcStatus sent = status;
        try {
            record = svcEncodeReply(rqstp, status, resp);
        } catch (IOException | RuntimeException e) {
            sent = RpcStatus.systemErr();
            try {
                record = svcEncodeReply(rqstp, sent, null);
            } catch (IOException impossible) {
                throw new IllegalStateException("BUG: an empty reply failed to encode", impossible);
            }
        }
        // Counted before it is sent, so that a caller holding the reply sees the server's counters agree.
        svStats.countReply(rqstp.rqProg(), rqstp.rqVers(), rqstp.rqProc(), record.length, sent);
        svcTrace(rqstp, RpcTraceEvent.Direction.REPLY, record.length, sent);
        rqstp.rqXprt().connection().xptSendto(record);
    }

    private static byte[] svcEncodeReply(SvcRqst rqstp, RpcStatus status, XdrAble resp) throws IOException {
        Xdr xdr = RpcRecord.encoder();
        xdr.xdrEncodeInt(rqstp.rqXid());
        xdr.xdrEncodeInt(RpcRecord.RPC_REPLY);
        if (status instanceof RpcStatus.Denied denied) {
            xdr.xdrEncodeInt(RpcRecord.RPC_MSG_DENIED);
            xdr.xdrEncodeInt(denied.rejectStat().value());
            if (denied.rejectStat() == RpcRejectStat.RPC_MISMATCH) {
                xdr.xdrEncodeInt(denied.low());
                xdr.xdrEncodeInt(denied.high());
            } else {
                xdr.xdrEncodeInt(denied.authStat().value());
            }
        } else {
            xdr.xdrEncodeInt(RpcRecord.RPC_MSG_ACCEPTED);
            boolean gss = rqstp.rqCred() != null && rqstp.rqCred().crFlavor().isGss();
            xdr.xdrEncodeInt(gss ? RPCSEC_GSS_VERIFIER : AUTH_NULL_VERIFIER);
            xdr.xdrEncodeDynamicOpaque(new byte[0]);
            if (status instanceof RpcStatus.Accepted accepted) {
                xdr.xdrEncodeInt(accepted.acceptStat().value());
                if (accepted.acceptStat() == RpcAcceptStat.RPC_PROG_MISMATCH) {
                    xdr.xdrEncodeInt(accepted.low());
                    xdr.xdrEncodeInt(accepted.high());
                }
            } else {
                xdr.xdrEncodeInt(RpcAcceptStat.RPC_SUCCESS.value());
                resp.xdrEncode(xdr);
            }
        }
        xdr.endEncoding();
        return RpcRecord.frame(xdr);
    }

    private void svcTrace(SvcRqst rqstp, RpcTraceEvent.Direction direction, int wireBytes, RpcStatus status) {
        if (listeners.isEmpty()) {
            return;
        }
        RpcAuthFlavor flavor = rqstp.rqCred() == null ? null : rqstp.rqCred().crFlavor();
        RpcTraceEvent event = new RpcTraceEvent(RpcIostats.Side.SERVER, direction, rqstp.rqXid(), rqstp.rqProg(),
                rqstp.rqVers(), rqstp.rqProc(), flavor, rqstp.rqXprt().xptLocal(), rqstp.rqXprt().xptRemote(),
                wireBytes, status);
        for (RpcTraceListener listener : listeners) {
            listener.rpcTrace(event);
        }
    }

    /** The server's name: its first program's name ({@code sv_name}). */
    public String svName() {
        kasanCheck("serv->sv_name");
        return svName;
    }

    /** How many server threads were asked for ({@code sv_nrthreads}). */
    public int svNrthreads() {
        kasanCheck("serv->sv_nrthreads");
        return svNrthreads;
    }

    /**
     * {@code &serv->sv_pools[0]}: what setting up a request for this server touches first (the
     * pre-interlock LOCALIO open did so through a fake {@code svc_rqst}).
     */
    public Object svPools() {
        kasanCheck("serv->sv_pools");
        return svPool;
    }

    /** The programs served ({@code sv_program}). */
    public List<SvcProgram> svProgram() {
        return svProgram;
    }

    /** The largest payload accepted ({@code sv_max_payload}). */
    public int svMaxPayload() {
        return svMaxPayload;
    }

    /** The largest call record accepted; a larger one closes its connection ({@code sv_max_mesg}). */
    public int svMaxMesg() {
        return svMaxMesg;
    }

    /** The listening address, or {@code null} before {@link #svcXprtCreate}. */
    public synchronized InetSocketAddress svcXprtAddress() {
        return svSock == null ? null : svSock.local();
    }

    /** Connections open now. */
    public synchronized int svcConnections() {
        return svSock == null || svDestroyed ? 0 : svSock.connections();
    }

    /** Whether {@link #svcDestroy()} was called. */
    public synchronized boolean isDestroyed() {
        return svDestroyed;
    }

    /** Counters of every call received and reply sent ({@code sv_stats}). */
    public RpcIostats svStats() {
        return svStats;
    }

    /** What procedures and authorisation hooks threw, oldest first. */
    public List<Throwable> svcOopses() {
        return List.copyOf(svOopses);
    }

    /** The name every thread of this server starts with. */
    public String threadPrefix() {
        return threadPrefix;
    }

    /** Every thread this server started so far (tests check they all end with {@link #svcDestroy()}). */
    List<Thread> svThreads() {
        return List.copyOf(svThreads);
    }

    /** Reports every call received and reply sent to {@code listener}. */
    public void addTraceListener(RpcTraceListener listener) {
        listeners.add(listener);
    }

    /** Stops reporting to {@code listener}. */
    public void removeTraceListener(RpcTraceListener listener) {
        listeners.remove(listener);
    }

    @Override
    public String toString() {
        return "svc_serv(" + svName + " " + svcXprtAddress() + ")";
    }
}

package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.Wait;
import org.dcache.oncrpc4j.xdr.Xdr;
import org.dcache.oncrpc4j.xdr.XdrAble;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An RPC server: its programs, its threads and its one listener on 127.0.0.1 (never a wildcard address).
 * It is KASAN-tracked because {@code nn->nfsd_serv} is one: code that keeps the pointer past
 * {@link #svcDestroy()} without a reference gets a use-after-free report. A procedure that throws is the
 * model's oops: kept in {@link #svcOopses()} and answered SYSTEM_ERR (the kernel would answer nothing), so
 * no caller hangs.
 *
 * <p>Models net/sunrpc/svc.c: {@code struct svc_serv}, {@code svc_create()}, {@code svc_set_num_threads()},
 * {@code svc_register()}, {@code svc_process()}, {@code svc_rpcb_cleanup()}, {@code svc_destroy()}. Its
 * transports are {@link SvcXprt}'s (svc_xprt.c).
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
    final RpcIostats svStats = new RpcIostats(RpcIostats.Side.SERVER);
    private final List<RpcTraceListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Throwable> svOopses = new CopyOnWriteArrayList<>();
    /** Every thread this server started, selector and server threads alike. */
    private final List<Thread> svThreads = new CopyOnWriteArrayList<>();
    private final String threadPrefix;
    final ThreadPoolExecutor svPool;
    private volatile int svNrthreads = DEFAULT_THREADS;
    // Guarded by this; the listener and its flag are svc_xprt.c's (SvcXprt).
    SvcSock svSock;
    boolean svXprtsDestroyed;
    private Rpcbind svRpcbind;
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

    ThreadFactory threadFactory(String separator) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, threadPrefix + separator + count.getAndIncrement());
            thread.setDaemon(true);
            svThreads.add(thread);
            return thread;
        };
    }

    /**
     * {@code svc_set_num_threads()}. Zero, which nfsd asks for right before it destroys the server, returns
     * once the calls in progress are done; later calls find no thread and go unanswered.
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

    /** {@code svc_register()}: registers each version that is not hidden with rpcbind. */
    synchronized void svcRegister(Rpcbind rpcbind, int port) {
        svRpcbind = rpcbind;
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

    /** {@code svc_unregister()}: removes this server's versions from rpcbind. */
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

    /** {@code svc_rpcb_cleanup()}: removes this server's versions from rpcbind. Idempotent. */
    public synchronized void svcRpcbCleanup() {
        svcUnregister();
        svRpcbind = null;
    }

    /**
     * {@code svc_destroy()}, after {@code svc_xprt_destroy_all()} and {@code svc_rpcb_cleanup()} if nfsd
     * has not run them: the port is free, every thread this server started has ended (each finishing the
     * call it holds), and the structure is freed. Idempotent.
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
        SvcXprt.svcXprtDestroyAll(this);
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

    /** A server thread takes a call: false once no thread is left to take it. */
    synchronized boolean svcThreadEnter() {
        if (svNrthreads == 0 || svDestroyed) {
            return false;
        }
        svInFlight++;
        return true;
    }

    /** The thread is done with its call. */
    synchronized void svcThreadExit() {
        if (--svInFlight == 0) {
            notifyAll();
        }
    }

    /** {@code svc_process()}: processes one call record and sends its reply, or none. */
    @KernelSymbol(value = "svc_process()", file = "net/sunrpc/svc.c")
    void svcProcess(SvcXprt xprt, byte[] record, int wireBytes) {
        SvcRqst rqstp = null;
        try {
            rqstp = svcProcessCommon(xprt, record, wireBytes);
        } finally {
            if (rqstp != null) {
                SvcAuthenticate.svcAuthorise(rqstp);
            }
        }
    }

    /**
     * {@code svc_process_common()}: checks the call in the kernel's order and answers the first failure:
     * RPC version (RPC_MISMATCH); the credential, whatever the program ({@link SvcAuthenticate}); the
     * program's hook; then ({@link #svcDispatch}) program (PROG_UNAVAIL), version (PROG_MISMATCH with the
     * lowest and highest), procedure (PROC_UNAVAIL) and arguments (GARBAGE_ARGS if they do not decode; bytes
     * the decoder leaves over are ignored, as nothing in the kernel compares where it stopped with the end of
     * the arguments); else runs the procedure. Returns the request, if one was made.
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
            SvcXprt.svcSend(rqstp, RpcStatus.rpcMismatch(RpcRecord.RPC_VERSION, RpcRecord.RPC_VERSION), null);
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
            case SVC_GARBAGE -> SvcXprt.svcSend(rqstp, RpcStatus.garbageArgs(), null);
            case SVC_SYSERR -> SvcXprt.svcSend(rqstp, RpcStatus.systemErr(), null);
            case SVC_DENIED -> SvcXprt.svcSend(rqstp, RpcStatus.authError(deniedStat(rqstp)), null);
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
            SvcXprt.svcSend(rqstp, RpcStatus.progUnavail(), null);
            return;
        }
        SvcVersion versp = progp.version(rqstp.rqVers());
        if (versp == null) {
            SvcXprt.svcSend(rqstp, RpcStatus.progMismatch(progp.pgLovers(), progp.pgHivers()), null);
            return;
        }
        SvcProcedure<?> procp = versp.procedure(rqstp.rqProc());
        if (procp == null) {
            SvcXprt.svcSend(rqstp, RpcStatus.procUnavail(), null);
            return;
        }
        rqstp.setRqArgLen(SvcSock.remaining(xdr));
        XdrAble argp = procp.pcArgp().get();
        try {
            argp.xdrDecode(xdr);
        } catch (IOException | RuntimeException e) {
            SvcXprt.svcSend(rqstp, RpcStatus.garbageArgs(), null);
            return;
        }
        XdrAble resp;
        try {
            resp = procp.svcCall(rqstp, argp);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            svOopses.add(e);
            SvcXprt.svcSend(rqstp, RpcStatus.systemErr(), null);
            return;
        }
        if (rqstp.rqAuthStat() != RpcAuthStat.RPC_AUTH_OK) {
            SvcXprt.svcSend(rqstp, RpcStatus.authError(rqstp.rqAuthStat()), null);
        } else if (resp != null) {
            SvcXprt.svcSend(rqstp, RpcStatus.SUCCESS, resp);
        }
    }

    /**
     * The reply record for {@code status}, with results {@code resp} on success: the header
     * {@code svc_process_common()} writes, then the results.
     */
    static byte[] svcEncodeReply(SvcRqst rqstp, RpcStatus status, XdrAble resp) throws IOException {
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

    /** Reports a call or reply to the trace listeners ({@code trace_svc_process()}, {@code trace_svc_send()}). */
    void svcTrace(SvcRqst rqstp, RpcTraceEvent.Direction direction, int wireBytes, RpcStatus status) {
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

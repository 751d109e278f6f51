package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KernelSymbol;
import java.net.InetSocketAddress;

/**
 * One call being served: its header, the caller's decoded credential, the connection it came on, and two
 * slots the upper layer fills while serving it: the caller's auth_domain ({@link #setRqClient}) and, to
 * refuse the caller, an auth_stat ({@link #setRqAuthStat}). A request is served by one server thread from
 * start to end; its slots need no locking.
 *
 * <p>Models include/linux/sunrpc/svc.h: {@code struct svc_rqst} ({@code rq_xid}, {@code rq_prog},
 * {@code rq_vers}, {@code rq_proc}, {@code rq_cred}, {@code rq_addr}, {@code rq_xprt}, {@code rq_server},
 * {@code rq_client}, {@code rq_auth_stat}, {@code rq_arg.len}).
 */
public final class SvcRqst {

    private final SvcServ rqServer;
    private final SvcXprt rqXprt;
    private final int rqXid;
    private int rqProg;
    private int rqVers;
    private int rqProc;
    private SvcCred rqCred;
    private int rqArgLen;
    private AuthDomain rqClient;
    private RpcAuthStat rqAuthStat = RpcAuthStat.RPC_AUTH_OK;
    private boolean authorised;

    SvcRqst(SvcServ rqServer, SvcXprt rqXprt, int rqXid) {
        this.rqServer = rqServer;
        this.rqXprt = rqXprt;
        this.rqXid = rqXid;
    }

    void setHeader(int prog, int vers, int proc) {
        this.rqProg = prog;
        this.rqVers = vers;
        this.rqProc = proc;
    }

    void setRqCred(SvcCred cred) {
        this.rqCred = cred;
    }

    void setRqArgLen(int length) {
        this.rqArgLen = length;
    }

    /** The server serving the call. */
    public SvcServ rqServer() {
        return rqServer;
    }

    /** The connection the call came on. */
    public SvcXprt rqXprt() {
        return rqXprt;
    }

    /** The caller's address and source port. */
    public InetSocketAddress rqAddr() {
        return rqXprt.xptRemote();
    }

    /** The transaction id. */
    public int rqXid() {
        return rqXid;
    }

    /** The program number called. */
    public int rqProg() {
        return rqProg;
    }

    /** The version called. */
    public int rqVers() {
        return rqVers;
    }

    /** The procedure called. */
    public int rqProc() {
        return rqProc;
    }

    /** The caller's credential; {@code null} until it decoded. */
    public SvcCred rqCred() {
        return rqCred;
    }

    /** Bytes of the call's arguments as received: what follows the header and the credential. */
    public int rqArgLen() {
        return rqArgLen;
    }

    /** The caller's auth_domain, as the program's hook set it; {@code null} if none. */
    @KernelSymbol(value = "rqstp->rq_client", file = "include/linux/sunrpc/svc.h")
    public AuthDomain rqClient() {
        return rqClient;
    }

    /** Records the caller's auth_domain ({@code rq_client}). */
    public void setRqClient(AuthDomain client) {
        this.rqClient = client;
    }

    /** Why the caller is refused, or {@link RpcAuthStat#RPC_AUTH_OK}. */
    public RpcAuthStat rqAuthStat() {
        return rqAuthStat;
    }

    /**
     * Refuses the caller with {@code stat}: the reply becomes AUTH_ERROR. Set it in a program hook before
     * returning {@link SvcAuthStatus#SVC_DENIED}, or in a procedure. Models assigning {@code rq_auth_stat}.
     */
    public void setRqAuthStat(RpcAuthStat stat) {
        this.rqAuthStat = stat;
    }

    /** Marks the request authorised; whether this call did it (the first one does). */
    boolean authorise() {
        boolean first = !authorised;
        authorised = true;
        return first;
    }

    @Override
    public String toString() {
        return "svc_rqst(xid=" + Integer.toHexString(rqXid) + " " + rqProg + "/" + rqVers + "/" + rqProc + " from "
                + rqXprt.xptRemote() + ")";
    }
}

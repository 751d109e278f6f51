package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.lib.PercpuRef;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.SunrpcNet;
import dev.localio.linux.net.sunrpc.SunrpcTrace;
import dev.localio.linux.net.sunrpc.SvcAuthStatus;
import dev.localio.linux.net.sunrpc.SvcProgram;
import dev.localio.linux.net.sunrpc.SvcRqst;
import dev.localio.linux.net.sunrpc.SvcServ;
import dev.localio.linux.net.sunrpc.SvcXprt;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starting and stopping nfsd in a namespace, and the serv reference LOCALIO takes. In design [A]
 * {@code nfsd_create_serv()} initialises {@code nn->nfsd_serv_ref}; {@code nfsd_destroy_serv()}
 * kills it, waits until no new try_get can succeed ("confirm done") and until every holder put
 * its reference ("free done"), and only then clears {@code nn->nfsd_serv} and tears down;
 * {@code nfsd_shutdown_net()} ends with {@code percpu_ref_exit()}. Every call that changes the
 * service holds {@code nfsd_mutex}.
 *
 * <p>Design [D] moves the interlock to {@code nfsd_shutdown_net()} and renames it
 * {@code nfsd_net_ref}: {@code nfsd_destroy_serv()} clears {@code nn->nfsd_serv} first; then
 * {@code nfsd_shutdown_net()} kills the ref and waits for confirm, flushes the exports, shuts the
 * namespace's file cache down (whose purge disables every LOCALIO client of the namespace, putting
 * the files they cached and the net references those held), and only then waits for the last
 * holder and exits the ref. lockd is not modelled.
 *
 * <p>Models fs/nfsd/nfssvc.c (v6.12): {@code nfsd_mutex}, {@code nfsd_serv_try_get()},
 * {@code nfsd_serv_put()}, {@code nfsd_serv_done()}, {@code nfsd_serv_free()},
 * {@code nfsd_create_serv()}, {@code nfsd_destroy_serv()}, {@code nfsd_startup_net()},
 * {@code nfsd_shutdown_net()}, {@code nfsd_svc()}, {@code nfsd_nrthreads()}, {@code nfsd_programs},
 * {@code nfsd_init_socks()}; net/sunrpc/svcauth_unix.c: {@code svcauth_unix_set_client()}; and as
 * of the newest mainline ([D]): {@code nfsd_net_try_get()}, {@code nfsd_net_put()},
 * {@code nfsd_net_done()}, {@code nfsd_net_free()}, {@code nfsd_destroy_serv()},
 * {@code nfsd_shutdown_net()}.
 */
public final class Nfssvc {

    private final Nfsd nfsd;
    private final Kernel kernel;

    Nfssvc(Nfsd nfsd) {
        this.nfsd = nfsd;
        this.kernel = nfsd.kernel();
    }

    /**
     * {@code nfsd_serv_try_get()}: a reference on {@code net}'s nfsd unless it is shutting down.
     * The caller's RCU read section keeps {@code net} and its {@code nfsd_net} valid for the call
     * ({@code __must_hold(rcu)}); outside one it WARNs.
     */
    @KernelSymbol(value = "nfsd_serv_try_get()", file = "fs/nfsd/nfssvc.c")
    public boolean nfsdServTryGet(Net net) {
        kernel.warnOn(!kernel.rcu().rcuReadLockHeld(), "nfsd_serv_try_get() outside rcu_read_lock()");
        NfsdNet nn = nfsd.nfsdNet(net);
        boolean ok = nn != null && nn.nfsdServRef().percpuRefTrygetLive();
        kernel.trace().counter(ok ? "nfsd_serv_try_get_ok" : "nfsd_serv_try_get_fail").incrementAndGet();
        kernel.trace().event(new NfsdTrace.NfsdServTryGet(net.name(), ok));
        return ok;
    }

    /**
     * {@code nfsd_serv_put()}. Called inside an RCU read section, so that returning from nfsd
     * stays safe even when this put lets nfsd finish shutting down.
     */
    @KernelSymbol(value = "nfsd_serv_put()", file = "fs/nfsd/nfssvc.c")
    public void nfsdServPut(Net net) {
        kernel.warnOn(!kernel.rcu().rcuReadLockHeld(), "nfsd_serv_put() outside rcu_read_lock()");
        NfsdNet nn = nfsd.nfsdNet(net);
        nn.nfsdServRef().percpuRefPut();
        kernel.trace().counter("nfsd_serv_put").incrementAndGet();
        kernel.trace().event(new NfsdTrace.NfsdServPut(net.name()));
    }

    /**
     * [D] {@code nfsd_net_try_get()}: a reference on {@code net}'s {@code nfsd_net_ref} unless nfsd
     * there is shutting down. The caller keeps {@code net} valid: an RCU section (nfs_common) or a
     * reference of its own (nfsd's open, the file cache's get).
     */
    @KernelSymbol(value = "nfsd_net_try_get()", file = "fs/nfsd/nfssvc.c")
    public boolean nfsdNetTryGet(Net net) {
        NfsdNet nn = nfsd.nfsdNet(net);
        boolean ok = nn != null && nn.nfsdNetRef().percpuRefTrygetLive();
        kernel.trace().counter(ok ? "nfsd_net_try_get_ok" : "nfsd_net_try_get_fail").incrementAndGet();
        kernel.trace().event(new NfsdTrace.NfsdNetTryGet(net.name(), ok));
        return ok;
    }

    /** [D] {@code nfsd_net_put()}. */
    @KernelSymbol(value = "nfsd_net_put()", file = "fs/nfsd/nfssvc.c")
    public void nfsdNetPut(Net net) {
        NfsdNet nn = nfsd.nfsdNet(net);
        nn.nfsdNetRef().percpuRefPut();
        kernel.trace().counter("nfsd_net_put").incrementAndGet();
        kernel.trace().event(new NfsdTrace.NfsdNetPut(net.name()));
    }

    /** {@code nfsd_serv_done()}: the confirm callback of the kill. */
    private static void nfsdServDone(NfsdNet nn) {
        nn.nfsdServConfirmDone().complete();
    }

    /** {@code nfsd_serv_free()}: the release callback; the last holder is gone. */
    private static void nfsdServFree(NfsdNet nn) {
        nn.nfsdServFreeDone().complete();
    }

    /**
     * {@code nfsd_create_serv()}: creates {@code net}'s service unless it exists; in [A] first
     * (re-)initialises the serv ref and its completions. Caller holds {@code nfsd_mutex}.
     *
     * @return 0
     */
    @KernelSymbol(value = "nfsd_create_serv()", file = "fs/nfsd/nfssvc.c")
    public int nfsdCreateServ(Net net) {
        kernel.warnOn(!nfsd.nfsdMutex().isHeldByCurrentThread(), "nfsd_create_serv without nfsd_mutex");
        NfsdNet nn = nfsd.nfsdNet(net);
        if (nn.nfsdServ() != null) {
            return 0;
        }
        if (nfsd.design().interlocked()) {
            PercpuRef ref = nn.nfsdServRef();
            ref.percpuRefInit(r -> nfsdServFree(nn));
            nn.nfsdServFreeDone().reinitCompletion();
            nn.nfsdServConfirmDone().reinitCompletion();
        }
        SvcServ serv = SvcServ.svcCreate(kernel, nfsdPrograms(net), SvcServ.RPCSVC_MAXPAYLOAD);
        serv.addTraceListener(e -> kernel.trace().event(SunrpcTrace.of(e)));
        // The service's sockets hold the namespace (svc_bind(), svc_create_xprt()).
        nfsd.netns().getNet(net);
        nn.setNfsdServ(serv);
        nn.nfsdResetWriteVerifier();
        kernel.trace().event(new NfsdTrace.NfsdCreateServ(net.name()));
        return 0;
    }

    /**
     * {@code nfsd_destroy_serv()}: in [A] kills the serv ref and waits for confirm, then for the
     * last LOCALIO holder; then clears {@code nn->nfsd_serv}, closes the transports, shuts the
     * namespace's nfsd down and frees the service. Caller holds {@code nfsd_mutex}.
     */
    @KernelSymbol(value = "nfsd_destroy_serv()", file = "fs/nfsd/nfssvc.c")
    public void nfsdDestroyServ(Net net) {
        kernel.warnOn(!nfsd.nfsdMutex().isHeldByCurrentThread(), "nfsd_destroy_serv without nfsd_mutex");
        NfsdNet nn = nfsd.nfsdNet(net);
        SvcServ serv = nn.nfsdServ();
        kernel.trace().event(new NfsdTrace.NfsdDestroyServ(net.name(), NfsdTrace.NfsdDestroyServ.Step.BEGIN));
        if (nfsd.design() == LocalioDesign.INTERLOCK) {
            nn.nfsdServRef().percpuRefKillAndConfirm(r -> nfsdServDone(nn));
            nn.nfsdServConfirmDone().waitForCompletion();
            kernel.trace().event(new NfsdTrace.NfsdDestroyServ(net.name(), NfsdTrace.NfsdDestroyServ.Step.CONFIRM_DONE));
            nn.nfsdServFreeDone().waitForCompletion();
            kernel.trace().event(new NfsdTrace.NfsdDestroyServ(net.name(), NfsdTrace.NfsdDestroyServ.Step.FREE_DONE));
            // percpu_ref_exit() follows in nfsd_shutdown_net()
        }
        // [D]: nothing waits here; nfsd_shutdown_net() kills nfsd_net_ref once the service is cleared.
        nn.setNfsdServ(null);
        SvcXprt.svcXprtDestroyAll(serv);
        serv.svcRpcbCleanup();
        nfsdShutdownNet(net);
        serv.svcDestroy();
        kernel.trace().event(new NfsdTrace.NfsdDestroyServ(net.name(), NfsdTrace.NfsdDestroyServ.Step.END));
        nfsd.netns().putNet(net);
    }

    /**
     * {@code nfsd_programs}: the RPC programs a service in {@code net} hosts: NFS versions 3 and 4 and, in a
     * kernel built with {@code CONFIG_NFS_LOCALIO}, LOCALIO version 1 (hidden from rpcbind). Both find the
     * caller's domain with {@code svc_set_client()}.
     */
    private List<SvcProgram> nfsdPrograms(Net net) {
        List<SvcProgram> programs = new ArrayList<>();
        programs.add(new SvcProgram(Nfs.NFS_PROGRAM, "nfsd", List.of(nfsd.nfs3proc().nfsdVersion3(net),
                nfsd.nfs4proc().nfsdVersion4(net)), rqstp -> svcSetClient(net, rqstp)));
        if (kernel.kconfig().nfsLocalio()) {
            programs.add(new SvcProgram(Nfs.NFS_LOCALIO_PROGRAM, "nfslocalio",
                    List.of(nfsd.localio().localioVersion1(net)), rqstp -> svcSetClient(net, rqstp)));
        }
        return programs;
    }

    /**
     * {@code svc_set_client()} for nfsd's programs ({@code svcauth_unix_set_client()}): the caller's
     * domain is the first export client that names its address, as the namespace sees it; the request
     * holds a reference until it is done. A NULL call gets no domain. The kernel asks its ip_map cache,
     * which rpc.mountd fills; the model asks the export table directly.
     */
    private SvcAuthStatus svcSetClient(Net net, SvcRqst rqstp) {
        if (rqstp.rqProc() == 0) {
            return SvcAuthStatus.SVC_OK;
        }
        rqstp.setRqClient(nfsd.nfsdNet(net).exports().svcauthUnixSetClient(rqstp.rqAddr().getAddress()));
        return SvcAuthStatus.SVC_OK;
    }

    /**
     * {@code nfsd_startup_net()}: once per start, opens the service's listener
     * ({@code nfsd_init_socks()}) and marks the namespace's nfsd up.
     *
     * @return {@code null}, or the error that kept the listener from opening
     */
    public Errno nfsdStartupNet(Net net) {
        kernel.warnOn(!nfsd.nfsdMutex().isHeldByCurrentThread(), "nfsd_startup_net without nfsd_mutex");
        NfsdNet nn = nfsd.nfsdNet(net);
        if (nn.nfsdNetUp()) {
            return null;
        }
        Errno error = nfsdInitSocks(net, nn.nfsdServ());
        if (error == null) {
            nn.setNfsdNetUp(true);
        }
        return error;
    }

    /**
     * {@code nfsd_init_socks()}: the service listens on TCP in its namespace and registers its visible
     * versions with the namespace's rpcbind. The kernel binds port 2049 on the namespace's addresses; the
     * model binds an ephemeral port on 127.0.0.1 and lets the namespace's wire tell it who calls.
     */
    private Errno nfsdInitSocks(Net net, SvcServ serv) {
        if (serv.svcXprtAddress() != null) {
            return null;
        }
        SunrpcNet sn = nfsd.sunrpc().sunrpcNet(net);
        try {
            int port = SvcXprt.svcXprtCreate(serv, sn.rpcbind(), 0, (local, real) -> sn.wire().svcPeer(local, real));
            kernel.trace().event(new NfsdTrace.NfsdInitSocks(net.name(), port, null));
            return null;
        } catch (IOException e) {
            kernel.trace().event(new NfsdTrace.NfsdInitSocks(net.name(), 0, e.getMessage()));
            return Errno.EADDRINUSE;
        }
    }

    /**
     * {@code nfsd_shutdown_net()}: the namespace's nfsd is down: flushes the export cache
     * ({@code nfsd_export_flush()}; mountd fills it again on the next start) and, in [A], exits
     * the serv ref.
     */
    @KernelSymbol(value = "nfsd_shutdown_net()", file = "fs/nfsd/nfssvc.c")
    private void nfsdShutdownNet(Net net) {
        NfsdNet nn = nfsd.nfsdNet(net);
        if (!nn.nfsdNetUp()) {
            return;
        }
        if (nfsd.design().newest()) {
            nfsdShutdownNetNewest(net, nn);
            return;
        }
        nn.exports().expFlush();
        nn.nfs4Layouts().clear();
        if (nfsd.design() == LocalioDesign.INTERLOCK) {
            nn.nfsdServRef().percpuRefExit();
        }
        nn.setNfsdNetUp(false);
    }

    /**
     * [D] {@code nfsd_shutdown_net()}: kills {@code nfsd_net_ref} and waits until no new try_get can
     * succeed; flushes the exports; shuts the file cache down ({@code nfsd_file_cache_shutdown_net()},
     * whose purge disables the namespace's LOCALIO clients and so puts their cached files); then waits
     * for the last net reference and exits the ref.
     */
    private void nfsdShutdownNetNewest(Net net, NfsdNet nn) {
        nn.nfsdNetRef().percpuRefKillAndConfirm(r -> nfsdServDone(nn));
        nn.nfsdServConfirmDone().waitForCompletion();
        kernel.trace().event(new NfsdTrace.NfsdShutdownNet(net.name(), NfsdTrace.NfsdShutdownNet.Step.CONFIRM_DONE));
        nn.exports().expFlush();
        nn.nfs4Layouts().clear();
        nfsd.filecache().nfsdFileCacheShutdownNet(net);
        nn.nfsdServFreeDone().waitForCompletion();
        kernel.trace().event(new NfsdTrace.NfsdShutdownNet(net.name(), NfsdTrace.NfsdShutdownNet.Step.FREE_DONE));
        nn.nfsdNetRef().percpuRefExit();
        nn.setNfsdNetUp(false);
    }

    /**
     * {@code nfsd_svc()}: what writing a thread count to {@code /proc/fs/nfsd/threads} does
     * (rpc.nfsd N). A positive count creates and starts the service; zero threads destroys it, as
     * does a start whose listener cannot open.
     *
     * @return the number of threads now running, or a negative errno
     */
    public int nfsdSvc(int nrservs, Net net) {
        nfsd.nfsdMutex().lock();
        try {
            NfsdNet nn = nfsd.nfsdNet(net);
            int n = Math.max(nrservs, 0);
            if (n == 0 && nn.nfsdServ() == null) {
                return 0;
            }
            nfsdCreateServ(net);
            SvcServ serv = nn.nfsdServ();
            Errno error = nfsdStartupNet(net);
            if (error != null) {
                serv.svcSetNumThreads(0);
                nfsdDestroyServ(net);
                return error.negative();
            }
            serv.svcSetNumThreads(n);
            kernel.trace().event(new NfsdTrace.NfsdSvc(net.name(), n));
            if (n == 0) {
                nfsdDestroyServ(net);
            }
            return n;
        } finally {
            nfsd.nfsdMutex().unlock();
        }
    }

    /** {@code nfsd_nrthreads()}: 0 when nfsd is not running in {@code net}. */
    public int nfsdNrthreads(Net net) {
        nfsd.nfsdMutex().lock();
        try {
            SvcServ serv = nfsd.nfsdNet(net).nfsdServ();
            return serv == null ? 0 : serv.svNrthreads();
        } finally {
            nfsd.nfsdMutex().unlock();
        }
    }
}

package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import java.util.ArrayList;
import java.util.List;

/**
 * An RPC service instance (nfsd's {@code nn->nfsd_serv}): its thread count and its transports.
 * KASAN-tracked: {@code svc_destroy()} frees it, so code that kept the pointer without a reference
 * reports a use-after-free when it follows it.
 *
 * <p>Models include/linux/sunrpc/svc.h and net/sunrpc/svc.c: {@code struct svc_serv}
 * ({@code sv_name}, {@code sv_nrthreads}, {@code sv_pools}, {@code sv_permsocks}),
 * {@code svc_create_pooled()}, {@code svc_xprt_destroy_all()}, {@code svc_destroy()}. The
 * transports are whatever the RPC layer registers with {@link #svcAddXprt(AutoCloseable)}.
 */
public final class SvcServ extends KasanObject {

    private final String svName;
    private volatile int svNrthreads;
    private final List<AutoCloseable> svPermsocks = new ArrayList<>();

    /** {@code svc_create_pooled()}: a service called {@code name} with no threads yet. */
    public SvcServ(Kernel kernel, String svName) {
        super(kernel, "struct svc_serv \"" + svName + "\"");
        this.svName = svName;
    }

    /** {@code serv->sv_name}. */
    public String svName() {
        kasanCheck("serv->sv_name");
        return svName;
    }

    /** {@code serv->sv_nrthreads}. */
    public int svNrthreads() {
        kasanCheck("serv->sv_nrthreads");
        return svNrthreads;
    }

    /** {@code svc_set_num_threads()}: the model keeps the number only. */
    public void svcSetNumThreads(int n) {
        kasanCheck("serv->sv_nrthreads");
        svNrthreads = n;
    }

    /**
     * {@code &serv->sv_pools[0]}: what setting up a request for this service touches first (the
     * pre-interlock LOCALIO open did so through a fake {@code svc_rqst}).
     */
    public Object svPools() {
        kasanCheck("serv->sv_pools");
        return this;
    }

    /** Adds a transport that {@link #svcXprtDestroyAll()} will close. */
    public void svcAddXprt(AutoCloseable xprt) {
        kasanCheck("serv->sv_permsocks");
        synchronized (svPermsocks) {
            svPermsocks.add(xprt);
        }
    }

    /** {@code svc_xprt_destroy_all()}: closes every transport; errors are the RPC layer's. */
    public void svcXprtDestroyAll() {
        kasanCheck("serv->sv_permsocks");
        List<AutoCloseable> xprts;
        synchronized (svPermsocks) {
            xprts = new ArrayList<>(svPermsocks);
            svPermsocks.clear();
        }
        for (AutoCloseable x : xprts) {
            try {
                x.close();
            } catch (Exception e) {
                kernel().oops(e);
            }
        }
    }

    /** {@code svc_destroy()}: frees the service. */
    public void svcDestroy() {
        kfree();
    }
}

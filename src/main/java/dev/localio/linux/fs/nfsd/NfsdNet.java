package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.kernel.Completion;
import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.ListHead;
import dev.localio.linux.lib.PercpuRef;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.SvcServ;
import dev.localio.linux.net.sunrpc.AuthDomainTable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * nfsd's state in one network namespace: the running service, the percpu_ref that interlocks
 * LOCALIO opens with its shutdown (design [A]), the LOCALIO clients that claimed this namespace,
 * the exports and the write verifier. KASAN-tracked: {@code cleanup_net()} frees it with the
 * namespace.
 *
 * <p>Models fs/nfsd/netns.h (v6.12): {@code struct nfsd_net} ({@code nfsd_serv},
 * {@code nfsd_serv_ref}, {@code nfsd_serv_confirm_done}, {@code nfsd_serv_free_done},
 * {@code local_clients}, {@code nfsd_net_up}, {@code writeverf}; in [D] the ref and its completions
 * are {@code nfsd_net_ref}, {@code nfsd_net_confirm_done}, {@code nfsd_net_free_done}, and
 * {@code local_clients_lock} guards the list); fs/nfsd/nfssvc.c:
 * {@code nfsd_copy_write_verifier()}, {@code nfsd_reset_write_verifier()}.
 */
@KernelSymbol(value = "nfsd_net", file = "fs/nfsd/netns.h")
@KernelSymbol(value = "struct nfsd_net", file = "fs/nfsd/netns.h")
public final class NfsdNet extends KasanObject {

    private final Net net;
    private volatile SvcServ nfsdServ;
    private final PercpuRef nfsdServRef;
    private final Completion nfsdServConfirmDone = new Completion();
    private final Completion nfsdServFreeDone = new Completion();
    /** {@code local_clients}: guarded by nfs_common's {@code nfs_uuid_lock} in [A]. */
    private final ListHead<NfsUuid> localClients;
    private volatile boolean nfsdNetUp;
    private final byte[] writeverf = new byte[8];
    private final Exports exports;
    private final Nfs4layouts nfs4Layouts = new Nfs4layouts();

    NfsdNet(Kernel kernel, Net net, AuthDomainTable svcauth) {
        this(kernel, net, svcauth, false);
    }

    /** {@code newest}: design [D], whose ref is {@code nfsd_net_ref} (the name its messages carry). */
    NfsdNet(Kernel kernel, Net net, AuthDomainTable svcauth, boolean newest) {
        super(kernel, "struct nfsd_net of \"" + net.name() + "\"");
        this.net = net;
        this.nfsdServRef = new PercpuRef(kernel, (newest ? "nfsd_net_ref of " : "nfsd_serv_ref of ") + net.name());
        this.localClients = new ListHead<>("nn->local_clients of " + net.name());
        this.exports = new Exports(svcauth);
        nfsdResetWriteVerifier();
    }

    /** The namespace this belongs to (model-only back pointer). */
    public Net net() {
        return net;
    }

    /** {@code nn->nfsd_serv}: the running service or {@code null}. */
    @KernelSymbol(value = "nfsd_serv", file = "fs/nfsd/netns.h")
    @KernelSymbol(value = "nn->nfsd_serv", file = "fs/nfsd/netns.h")
    public SvcServ nfsdServ() {
        kasanCheck("nn->nfsd_serv");
        return nfsdServ;
    }

    void setNfsdServ(SvcServ serv) {
        kasanCheck("nn->nfsd_serv");
        nfsdServ = serv;
    }

    /** {@code nn->nfsd_serv_ref}. */
    @KernelSymbol(value = "nn->nfsd_serv_ref", file = "fs/nfsd/netns.h")
    public PercpuRef nfsdServRef() {
        kasanCheck("nn->nfsd_serv_ref");
        return nfsdServRef;
    }

    /**
     * [D] {@code nn->nfsd_net_ref}: the same field as {@link #nfsdServRef()} under its newer name; a
     * kernel has one or the other.
     */
    @KernelSymbol(value = "nn->nfsd_net_ref", file = "fs/nfsd/netns.h")
    public PercpuRef nfsdNetRef() {
        kasanCheck("nn->nfsd_net_ref");
        return nfsdServRef;
    }

    /** {@code nn->nfsd_serv_confirm_done}. */
    public Completion nfsdServConfirmDone() {
        kasanCheck("nn->nfsd_serv_confirm_done");
        return nfsdServConfirmDone;
    }

    /** {@code nn->nfsd_serv_free_done}. */
    public Completion nfsdServFreeDone() {
        kasanCheck("nn->nfsd_serv_free_done");
        return nfsdServFreeDone;
    }

    /** {@code nn->local_clients}. */
    @KernelSymbol(value = "nn->local_clients", file = "fs/nfsd/netns.h")
    public ListHead<NfsUuid> localClients() {
        kasanCheck("nn->local_clients");
        return localClients;
    }

    /** {@code nn->nfsd_net_up}. */
    public boolean nfsdNetUp() {
        kasanCheck("nn->nfsd_net_up");
        return nfsdNetUp;
    }

    void setNfsdNetUp(boolean up) {
        kasanCheck("nn->nfsd_net_up");
        nfsdNetUp = up;
    }

    /** The namespace's exports. */
    public Exports exports() {
        kasanCheck("nn->svc_export_cache");
        return exports;
    }

    /** The flexible file layouts handed out in this namespace. */
    public Nfs4layouts nfs4Layouts() {
        kasanCheck("nn->layouts");
        return nfs4Layouts;
    }

    /** {@code nfsd_copy_write_verifier()}: the verifier WRITE and COMMIT replies carry. */
    public byte[] nfsdCopyWriteVerifier() {
        kasanCheck("nn->writeverf");
        synchronized (writeverf) {
            return writeverf.clone();
        }
    }

    /**
     * {@code nfsd_reset_write_verifier()}: a new verifier, so clients resend unstable writes the
     * server may have lost (done when the service starts).
     */
    public void nfsdResetWriteVerifier() {
        kasanCheck("nn->writeverf");
        synchronized (writeverf) {
            ThreadLocalRandom.current().nextBytes(writeverf);
        }
    }
}

package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.PernetOperations;

/**
 * nfsd's per-namespace hooks. In design [A] {@code pre_exit} disconnects the namespace's
 * LOCALIO clients (clears their {@code ->net}) while readers may still look, so that after the
 * grace period that follows no client can reach this namespace ([D] the same, through
 * {@code nfs_localio_invalidate_clients()}); the pre-interlock variant has no pre_exit work.
 *
 * <p>Models fs/nfsd/nfsctl.c (v6.12): {@code nfsd_net_ops}, {@code nfsd_net_init()},
 * {@code nfsd_net_pre_exit()}, {@code nfsd_net_exit()}.
 */
final class NfsdNetOps implements PernetOperations<NfsdNet> {

    private final Nfsd nfsd;

    NfsdNetOps(Nfsd nfsd) {
        this.nfsd = nfsd;
    }

    @Override
    public String name() {
        return "nfsd_net";
    }

    /** {@code nfsd_net_init()}. */
    @Override
    public ErrPtr<NfsdNet> init(Net net) {
        return ErrPtr.ptr(new NfsdNet(nfsd.kernel(), net, nfsd.authDomainTable(), nfsd.design().newest()));
    }

    /**
     * {@code nfsd_net_pre_exit()}: {@code nfs_uuid_invalidate_clients(&nn->local_clients)}; in [D]
     * {@code nfs_localio_invalidate_clients(&nn->local_clients, &nn->local_clients_lock)}.
     */
    @KernelSymbol(value = "nfsd_net_pre_exit()", file = "fs/nfsd/nfsctl.c")
    @Override
    public void preExit(Net net, NfsdNet nn) {
        if (nfsd.design() == LocalioDesign.INTERLOCK) {
            nfsd.nfsLocalio().nfsUuidInvalidateClients(nn.localClients());
        } else if (nfsd.design().newest()) {
            nfsd.nfsLocalio().nfsLocalioInvalidateClients(nn.localClients());
        }
    }

    /** {@code nfsd_net_exit()}: drops the export caches. */
    @Override
    public void exit(Net net, NfsdNet nn) {
        nfsd.kernel().warnOn(nn.nfsdServ() != null, "nfsd_net_exit with nfsd running in " + net.name());
        nn.exports().expFlush();
    }
}

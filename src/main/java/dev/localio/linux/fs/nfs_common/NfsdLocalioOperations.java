package dev.localio.linux.fs.nfs_common;

import dev.localio.linux.fs.File;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;

/**
 * The functions nfsd lends to nfs_common and the NFS client, reached through {@code nfs_to}
 * because the client must not link nfsd. Design [A]'s table.
 *
 * <p>Models include/linux/nfslocalio.h: {@code struct nfsd_localio_operations} (v6.12:
 * {@code nfsd_serv_try_get}, {@code nfsd_serv_put}, {@code nfsd_open_local_fh},
 * {@code nfsd_file_put_local}, {@code nfsd_file_file}).
 */
public interface NfsdLocalioOperations {

    /**
     * {@code nfsd_serv_try_get()}: a reference on the nfsd service of {@code net} unless it is
     * shutting down. The caller holds the RCU read lock that keeps {@code net} valid.
     */
    boolean nfsdServTryGet(Net net);

    /** {@code nfsd_serv_put()}: drops a reference {@link #nfsdServTryGet} took. */
    void nfsdServPut(Net net);

    /**
     * {@code nfsd_open_local_fh()}: opens {@code fh} in {@code net}'s nfsd for the client's
     * {@code cred}, checked as an RPC would be (export lookup by {@code dom}, squashing,
     * permissions).
     *
     * @param clntFlavor the auth flavor of the client's {@code rpc_clnt}, all nfsd reads of it
     * @param fmode {@code FMODE_READ} and/or {@code FMODE_WRITE}
     * @return the open file, carrying a serv reference the caller drops with
     *     {@link #nfsdFilePutLocal}, or {@code -EINVAL} (handle too long), {@code -ENXIO},
     *     {@code -ESTALE}, {@code -EACCES}, ...
     */
    ErrPtr<OpaqueNfsdFile> nfsdOpenLocalFh(Net net, AuthDomain dom, RpcAuthFlavor clntFlavor,
            Cred cred, NfsFh fh, int fmode);

    /** {@code nfsd_file_put_local()}: drops the file and then the serv reference it carried. */
    void nfsdFilePutLocal(OpaqueNfsdFile file);

    /** {@code nfsd_file_file()}: the open file to do IO on. */
    File nfsdFileFile(OpaqueNfsdFile file);
}

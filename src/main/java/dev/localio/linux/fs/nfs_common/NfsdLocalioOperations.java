package dev.localio.linux.fs.nfs_common;

import dev.localio.linux.fs.DioAlignment;
import dev.localio.linux.fs.File;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The functions nfsd lends to nfs_common and the NFS client, reached through {@code nfs_to}
 * because the client must not link nfsd. Design [A]'s table, and design [D]'s beside it (the model
 * has one interface for both; a kernel has one of the two tables).
 *
 * <p>Models include/linux/nfslocalio.h: {@code struct nfsd_localio_operations} (v6.12:
 * {@code nfsd_serv_try_get}, {@code nfsd_serv_put}, {@code nfsd_open_local_fh},
 * {@code nfsd_file_put_local}, {@code nfsd_file_file}; the newest mainline: {@code nfsd_net_try_get},
 * {@code nfsd_net_put}, {@code nfsd_open_local_fh} with a cache slot, {@code nfsd_file_put_local}
 * returning the file's namespace, {@code nfsd_file_get_local}, {@code nfsd_file_file},
 * {@code nfsd_file_dio_alignment}).
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

    /**
     * [D] {@code nfsd_net_try_get()}: a reference on {@code nn->nfsd_net_ref} unless nfsd in
     * {@code net} is shutting down.
     */
    boolean nfsdNetTryGet(Net net);

    /** [D] {@code nfsd_net_put()}: drops a reference {@link #nfsdNetTryGet} took. */
    void nfsdNetPut(Net net);

    /**
     * [D] {@code nfsd_open_local_fh()}: the file cached in {@code pnf} if there is one, else opens
     * {@code fh} as [A] does and installs it in {@code pnf} (compare-and-swap: a racing open that
     * installed first wins). The returned file carries a net reference of its own, put with
     * {@link #nfsdFilePutLocal(AtomicReference)}; the installed one carries another.
     */
    ErrPtr<OpaqueNfsdFile> nfsdOpenLocalFh(Net net, AuthDomain dom, RpcAuthFlavor clntFlavor, Cred cred,
            NfsFh fh, AtomicReference<OpaqueNfsdFile> pnf, int fmode);

    /**
     * [D] {@code nfsd_file_put_local()}: takes the file out of {@code pnf} ({@code xchg}) and puts it;
     * returns its namespace, whose net reference the caller puts, or {@code null} if {@code pnf} was empty.
     */
    Net nfsdFilePutLocal(AtomicReference<OpaqueNfsdFile> pnf);

    /**
     * [D] {@code nfsd_file_get_local()}: a new reference on a cached file, with a net reference for it,
     * or {@code null} if the file is being freed or nfsd is shutting down.
     */
    OpaqueNfsdFile nfsdFileGetLocal(OpaqueNfsdFile file);

    /**
     * [D] {@code nfsd_file_dio_alignment()}: what the file's filesystem asks of direct IO, as nfsd
     * recorded it at open; {@link DioAlignment#NONE} when it reported nothing.
     */
    DioAlignment nfsdFileDioAlignment(OpaqueNfsdFile file);
}

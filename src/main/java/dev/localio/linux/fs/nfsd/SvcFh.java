package dev.localio.linux.fs.nfsd;

import dev.localio.linux.kernel.Cred;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;

/**
 * A file handle while nfsd works with it: the raw handle and, once {@code fh_verify()} succeeded,
 * the export and inode it names. The model also keeps here the credential {@code nfsd_setuser()}
 * chose, since a Java thread has no task credentials to override.
 *
 * <p>Models fs/nfsd/nfsfh.h: {@code struct svc_fh} ({@code fh_handle}, {@code fh_export},
 * {@code fh_dentry}), {@code fh_init()}, {@code fh_put()}.
 */
public final class SvcFh {

    private final NfsFh fhHandle;
    SvcExport fhExport;
    Inode fhDentry;
    Cred fhCred;

    /** {@code fh_init()} plus copying the client's handle in. */
    public SvcFh(NfsFh fhHandle) {
        this.fhHandle = fhHandle;
    }

    /** {@code fhp->fh_handle}. */
    public NfsFh fhHandle() {
        return fhHandle;
    }

    /** {@code fhp->fh_export}, after a successful verify. */
    public SvcExport fhExport() {
        return fhExport;
    }

    /** {@code fhp->fh_dentry}'s inode, after a successful verify. */
    public Inode fhDentry() {
        return fhDentry;
    }

    /** The credential the last verify installed (squashing applied). */
    public Cred fhCred() {
        return fhCred;
    }

    /** {@code fh_put()}: forgets the export and inode. */
    public void fhPut() {
        fhExport = null;
        fhDentry = null;
        fhCred = null;
    }
}

package dev.localio.linux.fs.nfsd;

import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.SvcCred;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.nio.ByteBuffer;

/**
 * File handles: making one for an inode of an export, and checking one a client presents. RPC
 * requests and LOCALIO opens share {@link #__fhVerify}; a LOCALIO open has no request, so it skips
 * the port and flavor checks (the client only presents handle and credential pairs that RPC already
 * vetted).
 *
 * <p>The model's handle is 20 bytes: version 1, auth type 0, fsid type 1 ({@code FSID_NUM}),
 * fileid type 1, then the export's fsid (4 bytes), the inode number (8) and its generation (4).
 *
 * <p>Models fs/nfsd/nfsfh.c (v6.12): {@code fh_compose()}, {@code fh_verify()},
 * {@code __fh_verify()} (which {@code fh_verify_local()} only wraps), {@code nfsd_set_fh_dentry()},
 * {@code nfsd_setuser_and_check_port()}, {@code nfsd_mode_check()}; fs/nfsd/export.c:
 * {@code check_nfsd_access()}.
 */
public final class NfsdFh {

    /** The length of the model's handles. */
    public static final int FH_SIZE = 20;

    private final Nfsd nfsd;

    NfsdFh(Nfsd nfsd) {
        this.nfsd = nfsd;
    }

    /** {@code fh_compose()}: the handle a client gets for {@code inode} of {@code exp}. */
    public static NfsFh fhCompose(SvcExport exp, Inode inode) {
        ByteBuffer b = ByteBuffer.allocate(FH_SIZE);
        b.put((byte) 1).put((byte) 0).put((byte) 1).put((byte) 1);
        b.putInt(exp.exFsid()).putLong(inode.ino()).putInt(inode.generation());
        return NfsFh.of(b.array());
    }

    /** {@code fh_verify()}: checks {@code fhp} for an RPC request. */
    public Nfserr fhVerify(NfsdRqst rqstp, SvcFh fhp, int type, int access) {
        return __fhVerify(rqstp, rqstp.net(), rqstp.rqCred(), rqstp.rqClient(), fhp, type, access);
    }

    /**
     * {@code __fh_verify()}, for a request and for LOCALIO alike.
     *
     * @param rqstp {@code null} for LOCALIO
     * @param type {@code S_IFREG}, {@code S_IFDIR} or 0 for any
     */
    @KernelSymbol(value = "__fh_verify()", file = "fs/nfsd/nfsfh.c")
    Nfserr __fhVerify(NfsdRqst rqstp, Net net, SvcCred cred, AuthDomain client, SvcFh fhp, int type,
            int access) {
        NfsdNet nn = nfsd.nfsdNet(net);
        Nfserr error = Nfserr.NFS_OK;
        if (fhp.fhDentry == null) {
            error = nfsdSetFhDentry(nn, client, fhp);
        }
        if (error.ok()) {
            SvcExport exp = fhp.fhExport;
            Inode inode = fhp.fhDentry;
            error = nfsdSetuserAndCheckPort(rqstp, cred, fhp);
            if (error.ok()) {
                error = nfsdModeCheck(inode.mode(), type);
            }
            if (error.ok() && rqstp != null) {
                error = checkNfsdAccess(exp, rqstp);
            }
            if (error.ok()) {
                error = Vfs.nfsdPermission(fhp.fhCred, exp, Auth.nfsexpFlags(cred, exp), inode, access);
            }
        }
        nfsd.kernel().trace().event(error.ok()
                ? new NfsdTrace.NfsdFhVerify(net.name(), fhp.fhHandle(), type, access, rqstp == null)
                : new NfsdTrace.NfsdFhVerifyErr(net.name(), fhp.fhHandle(), type, access, rqstp == null, error));
        return error;
    }

    /** {@code nfsd_set_fh_dentry()}: decodes the handle, finds the export and the inode. */
    private Nfserr nfsdSetFhDentry(NfsdNet nn, AuthDomain client, SvcFh fhp) {
        byte[] raw = fhp.fhHandle().data();
        if (raw.length != FH_SIZE || raw[0] != 1 || raw[2] != 1 || raw[3] != 1) {
            return Nfserr.NFSERR_BADHANDLE;
        }
        ByteBuffer b = ByteBuffer.wrap(raw, 4, FH_SIZE - 4);
        int fsid = b.getInt();
        long ino = b.getLong();
        int gen = b.getInt();
        SvcExport exp = nn.exports().rqstExpFind(client, fsid);
        if (exp == null) {
            return Nfserr.NFSERR_STALE;
        }
        Inode inode = exp.exPath().iget(ino, gen);
        if (inode == null) {
            return Nfserr.NFSERR_STALE;
        }
        fhp.fhExport = exp;
        fhp.fhDentry = inode;
        return Nfserr.NFS_OK;
    }

    /**
     * {@code nfsd_setuser_and_check_port()}: refuses a request from an unprivileged port unless
     * the export says {@code insecure} (no request, no check), then squashes the credential.
     */
    @KernelSymbol(value = "nfsd_setuser_and_check_port()", file = "fs/nfsd/nfsfh.c")
    private static Nfserr nfsdSetuserAndCheckPort(NfsdRqst rqstp, SvcCred cred, SvcFh fhp) {
        SvcExport exp = fhp.fhExport;
        int flags = Auth.nfsexpFlags(cred, exp);
        if (rqstp != null && !rqstp.rqSecure() && (flags & SvcExport.NFSEXP_INSECURE_PORT) == 0) {
            return Nfserr.NFSERR_PERM;
        }
        Cred cur = Auth.nfsdSetuser(cred, exp);
        fhp.fhCred = cur;
        return Nfserr.NFS_OK;
    }

    /** {@code nfsd_mode_check()}. */
    private static Nfserr nfsdModeCheck(int mode, int requested) {
        int ftype = mode & Inode.S_IFMT;
        if (requested == 0 || ftype == requested) {
            return Nfserr.NFS_OK;
        }
        if (requested == Inode.S_IFDIR) {
            return Nfserr.NFSERR_NOTDIR;
        }
        if (ftype == Inode.S_IFDIR) {
            return Nfserr.NFSERR_ISDIR;
        }
        return Nfserr.NFSERR_INVAL;
    }

    /**
     * {@code check_nfsd_access()}: the request's flavor must be one of the export's {@code sec=}
     * flavors; otherwise NFSv3 gets {@code nfserr_acces}, NFSv4 {@code nfserr_wrongsec}.
     */
    private static Nfserr checkNfsdAccess(SvcExport exp, NfsdRqst rqstp) {
        RpcAuthFlavor f = rqstp.rqCred().crFlavor();
        for (SvcExport.ExpFlavorInfo fi : exp.exFlavors()) {
            if (fi.pseudoflavor() == f) {
                return Nfserr.NFS_OK;
            }
        }
        return rqstp.rqVers() < 4 ? Nfserr.NFSERR_ACCES : Nfserr.NFSERR_WRONGSEC;
    }
}

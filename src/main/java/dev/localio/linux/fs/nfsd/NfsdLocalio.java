package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.DioAlignment;
import dev.localio.linux.fs.File;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsdLocalioOperations;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.SvcCred;
import dev.localio.linux.net.sunrpc.SvcProcedure;
import dev.localio.linux.net.sunrpc.SvcServ;
import dev.localio.linux.net.sunrpc.SvcVersion;
import dev.localio.linux.net.sunrpc.xdr.LocalioUuidArg;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.dcache.oncrpc4j.xdr.XdrVoid;

/**
 * nfsd's side of LOCALIO: the operations table it lends to nfs_common ({@code nfs_to}), the local
 * open, and the LOCALIO RPC program's procedures (program 400122, version 1: NULL and
 * UUID_IS_LOCAL), as plain methods and as the hidden RPC version that calls them
 * ({@link #localioVersion1}).
 *
 * <p>Design [D]'s table ({@code nfsd_net_try_get}, {@code nfsd_net_put}, the caching
 * {@code nfsd_open_local_fh}, {@code nfsd_file_put_local} returning {@code net},
 * {@code nfsd_file_get_local}) is here too; a host uses the half its design names.
 *
 * <p>Models fs/nfsd/localio.c (v6.12): {@code nfsd_localio_ops}, {@code nfsd_localio_ops_init()},
 * {@code nfsd_open_local_fh()}, {@code localio_proc_null()},
 * {@code localio_proc_uuid_is_local()}, {@code localio_procedures1}, {@code localio_version1};
 * net/sunrpc/svcauth.c:
 * {@code svcauth_map_clnt_to_svc_cred_local()}.
 */
public final class NfsdLocalio implements NfsdLocalioOperations {

    private final Nfsd nfsd;

    NfsdLocalio(Nfsd nfsd) {
        this.nfsd = nfsd;
    }

    /** {@code nfsd_localio_ops_init()}: points nfs_common's {@code nfs_to} at this table. */
    @KernelSymbol(value = "nfsd_localio_ops_init()", file = "fs/nfsd/localio.c")
    public void nfsdLocalioOpsInit() {
        nfsd.nfsLocalio().setNfsTo(this);
    }

    @Override
    public boolean nfsdServTryGet(Net net) {
        return nfsd.nfssvc().nfsdServTryGet(net);
    }

    @Override
    public void nfsdServPut(Net net) {
        nfsd.nfssvc().nfsdServPut(net);
    }

    /**
     * {@code nfsd_open_local_fh()}: maps the client's handle to an open {@link NfsdFile}. Refuses
     * a handle longer than {@code NFS4_FHSIZE} with {@code -EINVAL}; maps the client's credential
     * to a server one; sets {@code NFSD_MAY_LOCALIO} plus READ/WRITE from {@code fmode}; and opens
     * through {@code nfsd_file_acquire_local()}, i.e. {@code __fh_verify()} with domain
     * {@code dom} — the same export lookup, squashing and permission checks as RPC. An nfsd
     * status becomes the errno {@code nfs_stat_to_errno()} gives.
     *
     * <p>In [A] the caller holds a serv reference (from {@code nfsd_serv_try_get()}), so
     * {@code nn->nfsd_serv} is not looked at. The pre-interlock variant follows
     * {@code net -> nfsd_net -> nfsd_serv} with no reference, as the code before the interlock
     * did to set up its request: a freed namespace is a KASAN report, a stopped nfsd a NULL
     * dereference.
     */
    @KernelSymbol(value = "nfsd_open_local_fh()", file = "fs/nfsd/localio.c")
    @Override
    public ErrPtr<OpaqueNfsdFile> nfsdOpenLocalFh(Net net, AuthDomain dom, RpcAuthFlavor clntFlavor,
            Cred cred, NfsFh fh, int fmode) {
        if (fh.size() > Nfs.NFS4_FHSIZE) {
            return ErrPtr.err(Errno.EINVAL);
        }
        if (nfsd.design() == LocalioDesign.PRE_INTERLOCK) {
            SvcServ serv = nfsd.nfsdNet(net).nfsdServ();
            serv.svPools(); // NULL once nfsd stopped: the crash the interlock fixed
        }
        ErrPtr<NfsdFile> localio = acquire(net, dom, clntFlavor, cred, fh, fmode);
        return localio.isErr() ? localio.errCast() : ErrPtr.ptr(localio.value());
    }

    /**
     * The open both designs share: the may-flags, the mapped credential, and
     * {@code nfsd_file_acquire_local()}; an nfsd status becomes an errno.
     */
    private ErrPtr<NfsdFile> acquire(Net net, AuthDomain dom, RpcAuthFlavor clntFlavor, Cred cred, NfsFh fh,
            int fmode) {
        int mayflags = Vfs.NFSD_MAY_LOCALIO;
        if ((fmode & Fmode.FMODE_READ) != 0) {
            mayflags |= Vfs.NFSD_MAY_READ;
        }
        if ((fmode & Fmode.FMODE_WRITE) != 0) {
            mayflags |= Vfs.NFSD_MAY_WRITE;
        }
        SvcCred rqCred = svcauthMapClntToSvcCredLocal(clntFlavor, cred);
        SvcFh svcFh = new SvcFh(fh);
        AtomicReference<NfsdFile> localio = new AtomicReference<>();
        Nfserr beres = nfsd.filecache().nfsdFileAcquireLocal(net, rqCred, dom, svcFh, mayflags, localio);
        svcFh.fhPut();
        nfsd.kernel().trace().counter(beres.ok() ? "nfsd_open_local_fh_ok" : "nfsd_open_local_fh_err")
                .incrementAndGet();
        if (!beres.ok()) {
            return ErrPtr.err(beres.nfsStatToErrno());
        }
        return ErrPtr.ptr(localio.get());
    }

    @Override
    public boolean nfsdNetTryGet(Net net) {
        return nfsd.nfssvc().nfsdNetTryGet(net);
    }

    @Override
    public void nfsdNetPut(Net net) {
        nfsd.nfssvc().nfsdNetPut(net);
    }

    /**
     * [D] {@code nfsd_open_local_fh()}: takes a net reference for the file it returns; returns the
     * file cached in {@code pnf} if it can get a reference on it; else opens as [A] does, takes a
     * second net reference for the copy it installs in {@code pnf} with compare-and-swap, and, if a
     * racing open installed one first, puts its own (file and net) and returns that one instead.
     */
    @Override
    public ErrPtr<OpaqueNfsdFile> nfsdOpenLocalFh(Net net, AuthDomain dom, RpcAuthFlavor clntFlavor, Cred cred,
            NfsFh fh, AtomicReference<OpaqueNfsdFile> pnf, int fmode) {
        if (fh.size() > Nfs.NFS4_FHSIZE) {
            return ErrPtr.err(Errno.EINVAL);
        }
        Nfssvc svc = nfsd.nfssvc();
        if (!svc.nfsdNetTryGet(net)) {
            return ErrPtr.err(Errno.ENXIO);
        }
        nfsd.kernel().rcu().rcuReadLock();
        NfsdFile cached;
        try {
            cached = nfsd.filecache().nfsdFileGet((NfsdFile) pnf.get());
        } finally {
            nfsd.kernel().rcu().rcuReadUnlock();
        }
        if (cached != null) {
            nfsd.kernel().trace().counter("nfsd_open_local_fh_cached").incrementAndGet();
            return ErrPtr.ptr(cached);
        }
        ErrPtr<NfsdFile> opened = acquire(net, dom, clntFlavor, cred, fh, fmode);
        if (opened.isErr()) {
            svc.nfsdNetPut(net);
            return opened.errCast();
        }
        NfsdFile localio = opened.value();
        if (!svc.nfsdNetTryGet(net)) {
            nfsd.filecache().nfsdFilePut(localio);
            svc.nfsdNetPut(net);
            return ErrPtr.err(Errno.ENXIO);
        }
        localio.nfRef().krefGet(); // the reference pnf will hold
        while (true) {
            if (pnf.compareAndSet(null, localio)) {
                return ErrPtr.ptr(localio);
            }
            NfsdFile other = nfsd.filecache().nfsdFileGet((NfsdFile) pnf.get());
            if (other != null) {
                // Another open installed its file first: drop what we meant to install (file and
                // net) and what we meant to return (file only).
                svc.nfsdNetPut(net);
                nfsd.filecache().nfsdFilePut(localio);
                nfsd.filecache().nfsdFilePut(localio);
                return ErrPtr.ptr(other);
            }
        }
    }

    @Override
    public Net nfsdFilePutLocal(AtomicReference<OpaqueNfsdFile> pnf) {
        return nfsd.filecache().nfsdFilePutLocal(pnf);
    }

    @Override
    public OpaqueNfsdFile nfsdFileGetLocal(OpaqueNfsdFile file) {
        return nfsd.filecache().nfsdFileGetLocal((NfsdFile) file);
    }

    /**
     * {@code svcauth_map_clnt_to_svc_cred_local()} (net/sunrpc/svcauth.c): the server credential for a
     * local caller: the caller's fsuid and fsgid, every one of its supplementary groups (not the first 16
     * that AUTH_UNIX would carry), and the flavor of the client's RPC client. The kernel maps fsuid and
     * fsgid through the user namespace of that RPC client's credential; the model has no user namespaces,
     * so they pass as they are.
     */
    @KernelSymbol(value = "svcauth_map_clnt_to_svc_cred_local()", file = "net/sunrpc/svcauth.c")
    private static SvcCred svcauthMapClntToSvcCredLocal(RpcAuthFlavor clntFlavor, Cred cred) {
        return SvcCred.local(clntFlavor, cred.fsuid(), cred.fsgid(), cred.groups());
    }

    @Override
    public void nfsdFilePutLocal(OpaqueNfsdFile file) {
        nfsd.filecache().nfsdFilePutLocal((NfsdFile) file);
    }

    @Override
    public File nfsdFileFile(OpaqueNfsdFile file) {
        return nfsd.filecache().nfsdFileFile((NfsdFile) file);
    }

    /**
     * [D] {@code nfsd_file_dio_alignment()}: the direct IO alignment nfsd recorded in the file when it
     * opened it ({@code nf_dio_mem_align}, {@code nf_dio_offset_align}, {@code nf_dio_read_offset_align}).
     */
    @KernelSymbol(value = "nfsd_file_dio_alignment()", file = "fs/nfsd/localio.c")
    @Override
    public DioAlignment nfsdFileDioAlignment(OpaqueNfsdFile file) {
        return ((NfsdFile) file).nfDio();
    }

    /**
     * {@code localio_version1}: LOCALIO version 1 as nfsd serves it in {@code net}, hidden from rpcbind
     * ({@code vs_hidden}): a client reaches it only on the connection it already has to nfsd. Both
     * procedures reply success with no body; UUID_IS_LOCAL's argument is the 16-byte uuid.
     */
    public SvcVersion localioVersion1(Net net) {
        return new SvcVersion(Nfs.LOCALIO_V1, true, List.of(
                new SvcProcedure<>(Nfs.LOCALIOPROC_NULL, "NULL", XdrVoid::new, (rqstp, argp) -> {
                    localioProcNull(NfsdRqst.of(net, rqstp));
                    return XdrVoid.XDR_VOID;
                }),
                new SvcProcedure<>(Nfs.LOCALIOPROC_UUID_IS_LOCAL, "UUID_IS_LOCAL", LocalioUuidArg::new,
                        (rqstp, argp) -> {
                            // What the server decoded, for observers: the argument's size on the wire.
                            nfsd.kernel().trace().event(new NfsdTrace.LocalioProcUuidIsLocal(rqstp.rqArgLen(),
                                    argp.uuid()));
                            localioProcUuidIsLocal(NfsdRqst.of(net, rqstp), exportUuid(argp.uuid()));
                            return XdrVoid.XDR_VOID;
                        })));
    }

    /** {@code export_uuid()}: the uuid's 16 bytes in RFC 9562 order. */
    private static byte[] exportUuid(UUID uuid) {
        return ByteBuffer.allocate(Nfs.UUID_SIZE).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    /** {@code localio_proc_null()}: nothing to do; success. */
    public void localioProcNull(NfsdRqst rqstp) {
        nfsd.kernel().trace().counter("localio_proc_null").incrementAndGet();
    }

    /**
     * {@code localio_proc_uuid_is_local()}: the UUID_IS_LOCAL procedure, given the decoded
     * 16-byte uuid. Offers the request's namespace and client domain to whichever client on this
     * kernel is probing with {@code uuid}, with nfsd's own module ({@code THIS_MODULE}) for it to hold;
     * the reply is always success with no body.
     */
    @KernelSymbol(value = "localio_proc_uuid_is_local()", file = "fs/nfsd/localio.c")
    public void localioProcUuidIsLocal(NfsdRqst rqstp, byte[] uuid) {
        Net net = rqstp.net();
        NfsdNet nn = nfsd.nfsdNet(net);
        nfsd.kernel().trace().counter("localio_proc_uuid_is_local").incrementAndGet();
        if (rqstp.rqClient() == null) {
            return; // no domain: nothing a client could use
        }
        nfsd.nfsLocalio().nfsUuidIsLocal(uuid, nn.localClients(), net, rqstp.rqClient(), nfsd.thisModule());
    }
}

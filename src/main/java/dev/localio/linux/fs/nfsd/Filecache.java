package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.DioAlignment;
import dev.localio.linux.fs.File;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.SvcCred;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opening files for nfsd: verify the handle (always with {@code NFSD_MAY_OWNER_OVERRIDE}, as an
 * open would be checked), then open the real file for reading and/or writing. The model has no
 * cache: each acquire opens a new file, and the last put closes it.
 *
 * <p>Models fs/nfsd/filecache.c (v6.12): {@code nfsd_file_do_acquire()},
 * {@code nfsd_file_acquire()}, {@code nfsd_file_acquire_local()}, {@code nfsd_file_put()},
 * {@code nfsd_file_put_local()}, {@code nfsd_file_file()}; and as of the newest mainline ([D]):
 * {@code nfsd_file_put_local()} returning the file's namespace, {@code nfsd_file_get_local()},
 * {@code nfsd_file_get()}, {@code nfsd_file_cache_shutdown_net()}, {@code __nfsd_file_cache_purge()}
 * (which, with no cache in the model, only disables the namespace's LOCALIO clients).
 */
public final class Filecache {

    private final Nfsd nfsd;

    Filecache(Nfsd nfsd) {
        this.nfsd = nfsd;
    }

    /** {@code nfsd_file_acquire()}: opens {@code fhp} for an RPC request. */
    public Nfserr nfsdFileAcquire(NfsdRqst rqstp, SvcFh fhp, int mayFlags,
            AtomicReference<NfsdFile> pnf) {
        return nfsdFileDoAcquire(rqstp, rqstp.net(), rqstp.rqCred(), rqstp.rqClient(), fhp, mayFlags, pnf);
    }

    /**
     * {@code nfsd_file_acquire_local()}: opens {@code fhp} for a caller that is not an nfsd
     * thread (LOCALIO), as domain {@code client} with credential {@code cred}.
     */
    @KernelSymbol(value = "nfsd_file_acquire_local()", file = "fs/nfsd/filecache.c")
    public Nfserr nfsdFileAcquireLocal(Net net, SvcCred cred, AuthDomain client, SvcFh fhp,
            int mayFlags, AtomicReference<NfsdFile> pnf) {
        return nfsdFileDoAcquire(null, net, cred, client, fhp, mayFlags, pnf);
    }

    /**
     * {@code nfsd_file_do_acquire()}. The kernel checks the handle with {@code fh_verify()} for a
     * request and {@code fh_verify_local()} without one; both only wrap {@code __fh_verify()}.
     */
    private Nfserr nfsdFileDoAcquire(NfsdRqst rqstp, Net net, SvcCred cred, AuthDomain client,
            SvcFh fhp, int mayFlags, AtomicReference<NfsdFile> pnf) {
        Nfserr status = nfsd.nfsfh().__fhVerify(rqstp, net, cred, client, fhp, Inode.S_IFREG,
                mayFlags | Vfs.NFSD_MAY_OWNER_OVERRIDE);
        if (!status.ok()) {
            return status;
        }
        FileChannel fc;
        try {
            fc = fhp.fhExport().exPath().dentryOpen(fhp.fhDentry(), (mayFlags & Vfs.NFSD_MAY_READ) != 0,
                    (mayFlags & Vfs.NFSD_MAY_WRITE) != 0);
        } catch (IOException e) {
            return Nfserr.NFSERR_IO;
        }
        NfsdFile nf = new NfsdFile(nfsd.kernel(), net,
                new File(fc, fhp.fhDentry().iMapping(), fhp.fhExport().exPath().dioAlignment()), mayFlags,
                fhp.fhDentry());
        if (nfsd.design().newest()) {
            nfsdFileGetDioAttrs(fhp, nf);
        }
        pnf.set(nf);
        nfsd.kernel().trace().event(new NfsdTrace.NfsdFileAcquire(net.name(), fhp.fhDentry().ino(), mayFlags, status));
        nfsd.kernel().trace().counter("nfsd_file_open").incrementAndGet();
        return status;
    }

    /**
     * [D] {@code nfsd_file_get_dio_attrs()}: records in the new file what {@code statx()} says of direct
     * IO on it, for {@code nfsd_file_dio_alignment()}; regular files only. Without
     * {@code STATX_DIO_READ_ALIGN} the read alignment is the write one. v6.12's {@code nfsd_file} has
     * no such fields.
     */
    @KernelSymbol(value = "nfsd_file_get_dio_attrs()", file = "fs/nfsd/filecache.c")
    private static void nfsdFileGetDioAttrs(SvcFh fhp, NfsdFile nf) {
        if (!fhp.fhDentry().isReg()) {
            return;
        }
        DioAlignment stat = fhp.fhExport().exPath().dioAlignment();
        nf.setNfDio(new DioAlignment(stat.memAlign(), stat.offsetAlign(), stat.readAlign()));
    }

    /**
     * {@code nfsd_file_put()}: drops a reference; the last closes and frees the file. Frees are
     * counted ({@code nfsd_file_free}, and {@code nfsd_file_free_localio} for files opened with
     * {@code NFSD_MAY_LOCALIO}) beside the trace event, so that a long run, whose trace buffer has
     * long overwritten its first events, can still match every file opened with its free.
     */
    public void nfsdFilePut(NfsdFile nf) {
        nf.nfRef().krefPut(nf, f -> {
            int may = f.nfMay();
            nfsd.kernel().trace().event(new NfsdTrace.NfsdFileFree(f.nfInode().ino(), may));
            nfsd.kernel().trace().counter("nfsd_file_free").incrementAndGet();
            if ((may & Vfs.NFSD_MAY_LOCALIO) != 0) {
                nfsd.kernel().trace().counter("nfsd_file_free_localio").incrementAndGet();
            }
            f.nfsdFileFree();
        });
    }

    /**
     * {@code nfsd_file_put_local()}: drops a LOCALIO file, then the serv reference that
     * {@code nfs_open_local_fh()} took for it ([A]; the pre-interlock variant took none).
     */
    @KernelSymbol(value = "nfsd_file_put_local()", file = "fs/nfsd/filecache.c")
    public void nfsdFilePutLocal(NfsdFile nf) {
        Net net = nf.nfNet();
        nfsd.kernel().trace().event(new NfsdTrace.NfsdFilePutLocal(net.name(), nf.nfInode().ino()));
        nfsd.kernel().trace().counter("nfsd_file_put_local").incrementAndGet();
        nfsdFilePut(nf);
        if (nfsd.design() == LocalioDesign.INTERLOCK) {
            nfsd.nfssvc().nfsdServPut(net);
        }
    }

    /**
     * [D] {@code nfsd_file_put_local()}: takes the file out of {@code pnf} and puts it; returns its
     * namespace (the caller puts the net reference the file held), or {@code null} for an empty slot.
     */
    public Net nfsdFilePutLocal(AtomicReference<OpaqueNfsdFile> pnf) {
        NfsdFile nf = (NfsdFile) pnf.getAndSet(null);
        if (nf == null) {
            return null;
        }
        Net net = nf.nfNet();
        nfsd.kernel().trace().event(new NfsdTrace.NfsdFilePutLocal(net.name(), nf.nfInode().ino()));
        nfsd.kernel().trace().counter("nfsd_file_put_local").incrementAndGet();
        nfsdFilePut(nf);
        return net;
    }

    /** [D] {@code nfsd_file_get()}: a new reference, or {@code null} if the file is being freed. */
    public NfsdFile nfsdFileGet(NfsdFile nf) {
        return nf != null && nf.nfRef().krefGetUnlessZero() ? nf : null;
    }

    /**
     * [D] {@code nfsd_file_get_local()}: a net reference and a file reference for a cached file, or
     * {@code null} (nfsd shutting down, or the file being freed).
     */
    @KernelSymbol(value = "nfsd_file_get_local()", file = "fs/nfsd/filecache.c")
    public NfsdFile nfsdFileGetLocal(NfsdFile nf) {
        Net net = nf.nfNet();
        if (!nfsd.nfssvc().nfsdNetTryGet(net)) {
            return null;
        }
        NfsdFile got = nfsdFileGet(nf);
        if (got == null) {
            nfsd.nfssvc().nfsdNetPut(net);
        }
        return got;
    }

    /** [D] {@code nfsd_file_cache_shutdown_net()}: purges the namespace's part of the cache. */
    @KernelSymbol(value = "nfsd_file_cache_shutdown_net()", file = "fs/nfsd/filecache.c")
    void nfsdFileCacheShutdownNet(Net net) {
        __nfsdFileCachePurge(net);
    }

    /**
     * [D] {@code __nfsd_file_cache_purge()}: first disables every LOCALIO client of the namespace
     * ({@code nfs_localio_invalidate_clients()}), which puts the files they cached; the model keeps no
     * other cache to purge.
     */
    @KernelSymbol(value = "__nfsd_file_cache_purge()", file = "fs/nfsd/filecache.c")
    void __nfsdFileCachePurge(Net net) {
        nfsd.kernel().trace().event(new NfsdTrace.NfsdFileCachePurge(net.name()));
        if (nfsd.kernel().kconfig().nfsLocalio()) {
            nfsd.nfsLocalio().nfsLocalioInvalidateClients(nfsd.nfsdNet(net).localClients());
        }
    }

    /** {@code nfsd_file_file()}: the open file. */
    public File nfsdFileFile(NfsdFile nf) {
        return nf.nfFile();
    }
}

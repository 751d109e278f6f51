package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.File;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
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
 * {@code nfsd_file_put_local()}, {@code nfsd_file_file()}.
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
        NfsdFile nf = new NfsdFile(nfsd.kernel(), net, new File(fc, fhp.fhDentry().iMapping()), mayFlags,
                fhp.fhDentry());
        pnf.set(nf);
        nfsd.kernel().trace().event(new NfsdTrace.NfsdFileAcquire(net.name(), fhp.fhDentry().ino(), mayFlags, status));
        nfsd.kernel().trace().counter("nfsd_file_open").incrementAndGet();
        return status;
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

    /** {@code nfsd_file_file()}: the open file. */
    public File nfsdFileFile(NfsdFile nf) {
        return nf.nfFile();
    }
}

package dev.localio.linux.fs.nfs_common;

import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.Fmode;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Design [D]'s client-side cache of the files nfsd opened for one open context: one slot for a file
 * opened for reading ({@code ro_file}), one for reading and writing ({@code rw_file}). Each cached
 * file holds a reference on nfsd's file and one on {@code nn->nfsd_net_ref}; while a slot is
 * filled the context is on its client's {@code nfs_uuid->files}, so that disabling the client
 * (and with it nfsd's stop, which disables every client of the namespace) can put them.
 *
 * <p>Models include/linux/nfslocalio.h: {@code struct nfs_file_localio} ({@code ro_file},
 * {@code rw_file}, {@code list}, {@code nfs_uuid}); fs/nfs_common/nfslocalio.c:
 * {@code nfs_localio_file_init()}. The kernel embeds it in {@code struct nfs_open_context} and in
 * each flexfiles mirror; the model gives every open context one.
 */
@KernelSymbol(value = "struct nfs_file_localio", file = "include/linux/nfslocalio.h")
public final class NfsFileLocalio {

    /** {@code ro_file}: the cached file opened with {@code FMODE_READ} only. */
    @KernelSymbol(value = "ro_file", file = "include/linux/nfslocalio.h")
    final AtomicReference<OpaqueNfsdFile> roFile = new AtomicReference<>();
    /** {@code rw_file}: the cached file opened with {@code FMODE_WRITE}. */
    @KernelSymbol(value = "rw_file", file = "include/linux/nfslocalio.h")
    final AtomicReference<OpaqueNfsdFile> rwFile = new AtomicReference<>();
    /**
     * {@code nfl->nfs_uuid}: the client whose {@code files} list this is on; set under that client's
     * {@code lock}, cleared by whoever closes the files ({@code nfs_close_local_fh()} or
     * {@code nfs_uuid_put()}).
     */
    volatile NfsUuid nfsUuid;
    /** Whether {@code list} is on a client's {@code files} ({@code !list_empty(&nfl->list)}); under its {@code lock}. */
    boolean onFiles;

    /** {@code nfs_localio_file_init()}: both slots empty, on no list. */
    public NfsFileLocalio() {
    }

    /** The slot an open for {@code fmode} uses: {@code rw_file} when writing, else {@code ro_file}. */
    public AtomicReference<OpaqueNfsdFile> slot(int fmode) {
        return (fmode & Fmode.FMODE_WRITE) != 0 ? rwFile : roFile;
    }

    /** How many slots hold a file now (observation). */
    public int cached() {
        return (roFile.get() == null ? 0 : 1) + (rwFile.get() == null ? 0 : 1);
    }

    /** Whether the context is on a client's {@code files} list now (observation). */
    public boolean onFilesList() {
        NfsUuid u = nfsUuid;
        if (u == null) {
            return false;
        }
        synchronized (u.lock) {
            return onFiles;
        }
    }
}

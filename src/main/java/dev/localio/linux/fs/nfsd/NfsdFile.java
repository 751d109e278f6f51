package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.DioAlignment;
import dev.localio.linux.fs.File;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.Kref;
import dev.localio.linux.net.Net;
import java.io.IOException;

/**
 * A file nfsd opened: the open channel, the namespace it was opened in, the access it was
 * opened for. Reference counted; the last put closes the channel and frees the object
 * (KASAN-tracked).
 *
 * <p>Models fs/nfsd/filecache.h: {@code struct nfsd_file} ({@code nf_ref}, {@code nf_net},
 * {@code nf_file}, {@code nf_may}, {@code nf_inode}; [D] {@code nf_dio_mem_align},
 * {@code nf_dio_offset_align}, {@code nf_dio_read_offset_align}).
 */
@KernelSymbol(value = "nfsd_file", file = "fs/nfsd/filecache.h")
public final class NfsdFile extends KasanObject implements OpaqueNfsdFile {

    private final Kref nfRef;
    private final Net nfNet;
    private final File nfFile;
    private final int nfMay;
    private final Inode nfInode;
    /** [D] the three {@code nf_dio_*} fields; all zero until {@code nfsd_file_get_dio_attrs()} fills them. */
    private volatile DioAlignment nfDio = DioAlignment.NONE;

    NfsdFile(Kernel kernel, Net nfNet, File nfFile, int nfMay, Inode nfInode) {
        super(kernel, "struct nfsd_file of inode " + nfInode.ino() + " in \"" + nfNet.name() + "\"");
        this.nfRef = new Kref(kernel);
        this.nfNet = nfNet;
        this.nfFile = nfFile;
        this.nfMay = nfMay;
        this.nfInode = nfInode;
    }

    /** {@code nf->nf_ref}. */
    Kref nfRef() {
        kasanCheck("nf->nf_ref");
        return nfRef;
    }

    /** {@code nf->nf_net}: the namespace whose serv reference a LOCALIO file carries. */
    public Net nfNet() {
        kasanCheck("nf->nf_net");
        return nfNet;
    }

    /** {@code nf->nf_file}. */
    public File nfFile() {
        kasanCheck("nf->nf_file");
        return nfFile;
    }

    /** {@code nf->nf_may}: the {@code NFSD_MAY_*} flags it was opened with. */
    public int nfMay() {
        kasanCheck("nf->nf_may");
        return nfMay;
    }

    /** {@code nf->nf_inode}. */
    public Inode nfInode() {
        kasanCheck("nf->nf_inode");
        return nfInode;
    }

    /** [D] {@code nf->nf_dio_mem_align}, {@code nf_dio_offset_align}, {@code nf_dio_read_offset_align}. */
    public DioAlignment nfDio() {
        kasanCheck("nf->nf_dio_mem_align");
        return nfDio;
    }

    void setNfDio(DioAlignment dio) {
        this.nfDio = dio;
    }

    /** {@code kref_read(&nf->nf_ref)}. */
    public int refcount() {
        return nfRef().krefRead();
    }

    /** {@code nfsd_file_free()}: closes the file and frees the object. */
    void nfsdFileFree() {
        try {
            nfFile.fput();
        } catch (IOException e) {
            kernel().oops(e);
        }
        kfree();
    }
}

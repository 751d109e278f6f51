package dev.localio.linux.net.sunrpc.xdr;

/**
 * NFS version 3 constants (RFC 1813): version, sizes, procedure numbers.
 *
 * <p>Models include/uapi/linux/nfs3.h: {@code NFS3_VERSION}, {@code NFS3_FHSIZE},
 * {@code NFS3_COOKIEVERFSIZE}, {@code NFS3_CREATEVERFSIZE}, {@code NFS3_WRITEVERFSIZE}, {@code NFS3PROC_*}.
 */
public final class Nfs3 {

    public static final int NFS3_VERSION = 3;
    /** Largest NFSv3 file handle on the wire. */
    public static final int NFS3_FHSIZE = 64;
    public static final int NFS3_WRITEVERFSIZE = 8;
    public static final int NFS3_CREATEVERFSIZE = 8;
    /** Longest file name component. */
    public static final int NFS3_MAXNAMLEN = 255;

    public static final int NFS3PROC_NULL = 0;
    public static final int NFS3PROC_GETATTR = 1;
    public static final int NFS3PROC_SETATTR = 2;
    public static final int NFS3PROC_LOOKUP = 3;
    public static final int NFS3PROC_ACCESS = 4;
    public static final int NFS3PROC_READLINK = 5;
    public static final int NFS3PROC_READ = 6;
    public static final int NFS3PROC_WRITE = 7;
    public static final int NFS3PROC_CREATE = 8;
    public static final int NFS3PROC_MKDIR = 9;
    public static final int NFS3PROC_SYMLINK = 10;
    public static final int NFS3PROC_MKNOD = 11;
    public static final int NFS3PROC_REMOVE = 12;
    public static final int NFS3PROC_RMDIR = 13;
    public static final int NFS3PROC_RENAME = 14;
    public static final int NFS3PROC_LINK = 15;
    public static final int NFS3PROC_READDIR = 16;
    public static final int NFS3PROC_READDIRPLUS = 17;
    public static final int NFS3PROC_FSSTAT = 18;
    public static final int NFS3PROC_FSINFO = 19;
    public static final int NFS3PROC_PATHCONF = 20;
    public static final int NFS3PROC_COMMIT = 21;

    private Nfs3() {
    }
}

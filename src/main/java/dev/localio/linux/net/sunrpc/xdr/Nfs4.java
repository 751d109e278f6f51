package dev.localio.linux.net.sunrpc.xdr;

/**
 * The NFSv4.1 constants of the small part of the protocol the model speaks: COMPOUND with PUTFH,
 * LAYOUTGET and GETDEVICEINFO, for the flexible file layout (RFC 5661, RFC 8435).
 *
 * <p>Models include/linux/nfs4.h and include/uapi/linux/nfs4.h: {@code NFS4_VERSION},
 * {@code NFSPROC4_COMPOUND}, {@code enum nfs_opnum4} ({@code OP_PUTFH}, {@code OP_GETDEVICEINFO},
 * {@code OP_LAYOUTGET}), {@code enum pnfs_layouttype} ({@code LAYOUT_FLEX_FILES}),
 * {@code enum pnfs_iomode}, {@code enum nfsstat4}, {@code NFS4_DEVICEID4_SIZE}.
 */
public final class Nfs4 {

    public static final int NFS4_VERSION = 4;
    public static final int NFSPROC4_NULL = 0;
    public static final int NFSPROC4_COMPOUND = 1;

    public static final int OP_PUTFH = 22;
    public static final int OP_GETDEVICEINFO = 47;
    public static final int OP_LAYOUTGET = 50;

    /** {@code LAYOUT4_FLEX_FILES}. */
    public static final int LAYOUT4_FLEX_FILES = 4;
    public static final int LAYOUTIOMODE4_READ = 1;
    public static final int LAYOUTIOMODE4_RW = 2;
    /** A layout length meaning "to the end of the file". */
    public static final long NFS4_MAX_UINT64 = -1L;

    public static final int NFS4_OK = 0;
    public static final int NFS4ERR_NOENT = 2;
    public static final int NFS4ERR_ACCESS = 13;
    public static final int NFS4ERR_STALE = 70;
    public static final int NFS4ERR_BADHANDLE = 10001;
    public static final int NFS4ERR_SERVERFAULT = 10006;
    public static final int NFS4ERR_NOFILEHANDLE = 10020;
    public static final int NFS4ERR_MINOR_VERS_MISMATCH = 10021;
    public static final int NFS4ERR_OP_ILLEGAL = 10044;
    public static final int NFS4ERR_NOENT_DEVICE = 10050;
    public static final int NFS4ERR_LAYOUTUNAVAILABLE = 10059;

    /** {@code NFS4_DEVICEID4_SIZE}: a device id is 16 opaque bytes. */
    public static final int NFS4_DEVICEID4_SIZE = 16;
    /** {@code NFS4_OTHER_SIZE}: the opaque part of a stateid. */
    public static final int NFS4_OTHER_SIZE = 12;

    private Nfs4() {
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.sunrpc.RpcProgram;

/**
 * Constants every NFS version and LOCALIO share: the program numbers, the largest file handle, the size of
 * the LOCALIO nonce, and the programs as {@link RpcProgram}s for clients.
 *
 * <p>Models include/linux/nfs.h ({@code NFS_LOCALIO_PROGRAM}, {@code LOCALIOPROC_NULL},
 * {@code LOCALIOPROC_UUID_IS_LOCAL}, {@code NFS_MAXFHSIZE}), include/uapi/linux/nfs4.h ({@code NFS4_FHSIZE}),
 * include/uapi/linux/nfs.h
 * ({@code NFS_PROGRAM}), include/linux/uuid.h ({@code UUID_SIZE}), and the client's program tables
 * {@code nfs_program} (fs/nfs/client.c) and {@code nfslocalio_program} (fs/nfs/localio.c).
 * {@code LOCALIO_V1} is the version's name in localio.rst's rpcgen specification.
 */
public final class Nfs {

    /** The NFS program (RFC 1813). */
    public static final int NFS_PROGRAM = 100003;
    /** The LOCALIO program (IANA "nfslocalio"), private to Linux. */
    @KernelSymbol(value = "NFS_LOCALIO_PROGRAM", file = "include/linux/nfs.h")
    public static final int NFS_LOCALIO_PROGRAM = 400122;
    /** The only LOCALIO version. */
    @KernelSymbol(value = "LOCALIO_V1", file = "Documentation/filesystems/nfs/localio.rst")
    public static final int LOCALIO_V1 = 1;
    /** LOCALIO procedure 0: no arguments, no results. */
    @KernelSymbol(value = "LOCALIOPROC_NULL", file = "include/linux/nfs.h")
    public static final int LOCALIOPROC_NULL = 0;
    /** LOCALIO procedure 1: a 16-byte nonce in, nothing out. */
    @KernelSymbol(value = "LOCALIOPROC_UUID_IS_LOCAL", file = "include/linux/nfs.h")
    @KernelSymbol(value = "UUID_IS_LOCAL", file = "Documentation/filesystems/nfs/localio.rst")
    public static final int LOCALIOPROC_UUID_IS_LOCAL = 1;
    /** Size of a raw RFC 9562 UUID. */
    public static final int UUID_SIZE = 16;
    /** Largest file handle of any NFS version, the size of {@code struct nfs_fh}'s buffer (NFS4_FHSIZE). */
    public static final int NFS_MAXFHSIZE = 128;
    /** Largest NFSv4 file handle, and the largest a LOCALIO open accepts. */
    @KernelSymbol(value = "NFS4_FHSIZE", file = "include/uapi/linux/nfs4.h")
    public static final int NFS4_FHSIZE = 128;

    /** The NFS program as a client calls it. */
    public static final RpcProgram NFS_RPC_PROGRAM = new RpcProgram("nfs", NFS_PROGRAM);
    /** The LOCALIO program as a client calls it. */
    public static final RpcProgram NFSLOCALIO_RPC_PROGRAM = new RpcProgram("nfslocalio", NFS_LOCALIO_PROGRAM);

    private Nfs() {
    }
}

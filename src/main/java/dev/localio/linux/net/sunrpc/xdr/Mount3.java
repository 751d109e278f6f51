package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.net.sunrpc.RpcProgram;

/**
 * MOUNT protocol version 3 constants (RFC 1813 appendix I): the program rpc.mountd serves and the kernel's
 * NFSv3 mount asks for the export's root file handle.
 *
 * <p>Models include/uapi/linux/nfs_mount.h and fs/nfs/mount_clnt.c: {@code MOUNTPROC3_MNT},
 * {@code MNTPATHLEN}, {@code mnt_program}; nfs-utils' mount.x: {@code MOUNTPROG}, {@code MOUNTVERS3}.
 */
public final class Mount3 {

    /** The MOUNT program. */
    public static final int MOUNT_PROGRAM = 100005;
    /** MOUNT version 3, the one that goes with NFSv3. */
    public static final int MOUNT_V3 = 3;
    /** Procedure 0: no arguments, no results. */
    public static final int MOUNTPROC3_NULL = 0;
    /** Procedure 1: a path in, the export's root handle and its flavors out. */
    public static final int MOUNTPROC3_MNT = 1;
    /** Procedure 3: the client forgets a mount; mountd only drops it from its rmtab. */
    public static final int MOUNTPROC3_UMNT = 3;
    /** Longest path MNT takes. */
    public static final int MNTPATHLEN = 1024;

    /** The MOUNT program as a client calls it. */
    public static final RpcProgram MOUNT_RPC_PROGRAM = new RpcProgram("mount", MOUNT_PROGRAM);

    private Mount3() {
    }
}

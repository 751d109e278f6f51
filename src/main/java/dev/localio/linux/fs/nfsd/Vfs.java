package dev.localio.linux.fs.nfsd;

import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.KernelSymbol;

/**
 * nfsd's access check: read-only exports refuse writes, the owner may always do what an open
 * would have allowed, everyone else gets the inode's permission bits, and uid 0 (who holds the
 * capabilities after {@code nfsd_setuser()}) overrides them.
 *
 * <p>Models fs/nfsd/vfs.h: the {@code NFSD_MAY_*} flags (v6.12 values); fs/nfsd/vfs.c:
 * {@code nfsd_permission()}; fs/namei.c: {@code inode_permission()}/{@code generic_permission()}
 * with {@code CAP_DAC_OVERRIDE}.
 */
public final class Vfs {

    public static final int NFSD_MAY_NOP = 0;
    public static final int NFSD_MAY_EXEC = 0x001;
    public static final int NFSD_MAY_WRITE = 0x002;
    public static final int NFSD_MAY_READ = 0x004;
    public static final int NFSD_MAY_SATTR = 0x008;
    public static final int NFSD_MAY_TRUNC = 0x010;
    public static final int NFSD_MAY_LOCK = 0x020;
    public static final int NFSD_MAY_OWNER_OVERRIDE = 0x040;
    public static final int NFSD_MAY_LOCAL_ACCESS = 0x080;
    public static final int NFSD_MAY_BYPASS_GSS_ON_ROOT = 0x100;
    public static final int NFSD_MAY_NOT_BREAK_LEASE = 0x200;
    public static final int NFSD_MAY_BYPASS_GSS = 0x400;
    public static final int NFSD_MAY_READ_IF_EXEC = 0x800;
    public static final int NFSD_MAY_64BIT_COOKIE = 0x1000;
    /** {@code NFSD_MAY_LOCALIO}: marks a LOCALIO open; no check tests it, tracepoints show it. */
    @KernelSymbol(value = "NFSD_MAY_LOCALIO", file = "fs/nfsd/vfs.h")
    public static final int NFSD_MAY_LOCALIO = 0x2000;

    /** {@code MAY_EXEC}, {@code MAY_WRITE}, {@code MAY_READ} (equal to the NFSD_MAY_ ones). */
    private static final int MAY_RWX = NFSD_MAY_READ | NFSD_MAY_WRITE | NFSD_MAY_EXEC;

    private Vfs() {
    }

    /**
     * {@code nfsd_permission()}: may {@code cur} (the credential {@code nfsd_setuser()} installed)
     * access {@code inode} of {@code exp} as {@code acc} asks.
     */
    public static Nfserr nfsdPermission(Cred cur, SvcExport exp, int expFlags, Inode inode, int acc) {
        if (acc == NFSD_MAY_NOP) {
            return Nfserr.NFS_OK;
        }
        if ((acc & NFSD_MAY_LOCAL_ACCESS) == 0
                && (acc & (NFSD_MAY_WRITE | NFSD_MAY_SATTR | NFSD_MAY_TRUNC)) != 0
                && (expFlags & SvcExport.NFSEXP_READONLY) != 0) {
            return Nfserr.NFSERR_ROFS;
        }
        // The owner may do what was checked when the file was opened.
        if ((acc & NFSD_MAY_OWNER_OVERRIDE) != 0 && inode.uid() == cur.fsuid()) {
            return Nfserr.NFS_OK;
        }
        Errno err = inodePermission(cur, inode, acc & MAY_RWX);
        // Read access to binaries even with mode 111.
        if (err == Errno.EACCES && inode.isReg()
                && (acc == (NFSD_MAY_READ | NFSD_MAY_OWNER_OVERRIDE)
                        || acc == (NFSD_MAY_READ | NFSD_MAY_READ_IF_EXEC))) {
            err = inodePermission(cur, inode, NFSD_MAY_EXEC);
        }
        return Nfserr.nfserrno(err);
    }

    /**
     * {@code inode_permission()}: the owner, group or other bits that apply to {@code cur}, then
     * {@code CAP_DAC_OVERRIDE} for uid 0 (anything on a directory; read and write on a file, and
     * execute if any execute bit is set).
     *
     * @return {@code null} when allowed, else {@code EACCES}
     */
    public static Errno inodePermission(Cred cur, Inode inode, int mask) {
        if (mask == 0) {
            return null;
        }
        int mode = inode.mode();
        int bits;
        if (cur.fsuid() == inode.uid()) {
            bits = mode >> 6;
        } else if (cur.inGroupP(inode.gid())) {
            bits = mode >> 3;
        } else {
            bits = mode;
        }
        if ((mask & ~bits & MAY_RWX) == 0) {
            return null;
        }
        if (cur.fsuid() == Cred.ROOT) {
            boolean exec = (mask & NFSD_MAY_EXEC) != 0;
            if (!exec || inode.isDir() || (mode & 0111) != 0) {
                return null;
            }
        }
        return Errno.EACCES;
    }
}

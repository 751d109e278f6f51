package dev.localio.linux.fs.nfsd;

import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import java.util.ArrayList;
import java.util.List;

/**
 * One export: a directory tree offered to one client domain, with its flags, anonymous ids and
 * security flavors.
 *
 * <p>Models fs/nfsd/export.h: {@code struct svc_export} ({@code ex_client}, {@code ex_path},
 * {@code ex_fsid}, {@code ex_flags}, {@code ex_anon_uid}, {@code ex_anon_gid},
 * {@code ex_flavors}) and include/uapi/linux/nfsd/export.h's {@code NFSEXP_*} flags.
 */
public final class SvcExport {

    /** {@code NFSEXP_READONLY}. */
    public static final int NFSEXP_READONLY = 0x0001;
    /** {@code NFSEXP_INSECURE_PORT}. */
    public static final int NFSEXP_INSECURE_PORT = 0x0002;
    /** {@code NFSEXP_ROOTSQUASH}. */
    public static final int NFSEXP_ROOTSQUASH = 0x0004;
    /** {@code NFSEXP_ALLSQUASH}. */
    public static final int NFSEXP_ALLSQUASH = 0x0008;
    /** {@code NFSEXP_PNFS}: the export hands out pNFS layouts. */
    public static final int NFSEXP_PNFS = 0x20000;
    /** {@code NFSEXP_FSID}. */
    public static final int NFSEXP_FSID = 0x2000;

    /** {@code struct exp_flavor_info}: a flavor and the flags that apply with it. */
    public record ExpFlavorInfo(RpcAuthFlavor pseudoflavor, int flags) {
    }

    private final AuthDomain exClient;
    private final InodeTable exPath;
    private final int exFsid;
    private final int exFlags;
    private final int exAnonUid;
    private final int exAnonGid;
    private final List<ExpFlavorInfo> exFlavors;

    SvcExport(AuthDomain exClient, InodeTable exPath, int exFsid, ExportOptions o) {
        this.exClient = exClient;
        this.exPath = exPath;
        this.exFsid = exFsid;
        int flags = NFSEXP_FSID;
        flags |= o.readOnly() ? NFSEXP_READONLY : 0;
        flags |= o.insecure() ? NFSEXP_INSECURE_PORT : 0;
        flags |= o.rootSquash() ? NFSEXP_ROOTSQUASH : 0;
        flags |= o.allSquash() ? NFSEXP_ALLSQUASH : 0;
        flags |= o.pnfs() ? NFSEXP_PNFS : 0;
        this.exFlags = flags;
        this.exAnonUid = o.anonUid();
        this.exAnonGid = o.anonGid();
        List<ExpFlavorInfo> fl = new ArrayList<>();
        for (RpcAuthFlavor f : o.flavors()) {
            fl.add(new ExpFlavorInfo(f, flags));
        }
        this.exFlavors = List.copyOf(fl);
    }

    /** {@code exp->ex_client}: the domain this export is for. */
    public AuthDomain exClient() {
        return exClient;
    }

    /** {@code exp->ex_path}: the exported tree. */
    public InodeTable exPath() {
        return exPath;
    }

    /** {@code exp->ex_fsid}: what file handles name the export by. */
    public int exFsid() {
        return exFsid;
    }

    /** {@code exp->ex_flags}. */
    public int exFlags() {
        return exFlags;
    }

    /** {@code exp->ex_anon_uid}. */
    public int exAnonUid() {
        return exAnonUid;
    }

    /** {@code exp->ex_anon_gid}. */
    public int exAnonGid() {
        return exAnonGid;
    }

    /** {@code exp->ex_flavors}. */
    public List<ExpFlavorInfo> exFlavors() {
        return exFlavors;
    }

    @Override
    public String toString() {
        return "export fsid=" + exFsid + " " + exPath.root() + " to " + exClient.name();
    }
}

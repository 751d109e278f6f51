package dev.localio.linux.fs.nfsd;

import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.sunrpc.SvcCred;
import java.util.ArrayList;
import java.util.List;

/**
 * Which export flags apply to a request, and the identity nfsd acts as: the caller's, squashed as
 * the export says. Used alike by RPC requests and LOCALIO opens.
 *
 * <p>Models fs/nfsd/auth.c: {@code nfsexp_flags()}, {@code nfsd_setuser()}.
 */
public final class Auth {

    private Auth() {
    }

    /**
     * {@code nfsexp_flags()}: the flags of the {@code sec=} entry that matches the credential's
     * flavor, or the export's flags.
     */
    public static int nfsexpFlags(SvcCred cred, SvcExport exp) {
        for (SvcExport.ExpFlavorInfo f : exp.exFlavors()) {
            if (f.pseudoflavor() == cred.crFlavor()) {
                return f.flags();
            }
        }
        return exp.exFlags();
    }

    /**
     * {@code nfsd_setuser()}: the credential nfsd acts as for {@code cred} under the export's squash
     * options. Capabilities (modelled as "uid 0") follow the resulting fsuid.
     */
    @KernelSymbol(value = "nfsd_setuser()", file = "fs/nfsd/auth.c")
    public static Cred nfsdSetuser(SvcCred cred, SvcExport exp) {
        int flags = nfsexpFlags(cred, exp);
        int fsuid = cred.crUid();
        int fsgid = cred.crGid();
        List<Integer> groups;
        if ((flags & SvcExport.NFSEXP_ALLSQUASH) != 0) {
            fsuid = exp.exAnonUid();
            fsgid = exp.exAnonGid();
            groups = List.of();
        } else if ((flags & SvcExport.NFSEXP_ROOTSQUASH) != 0) {
            if (fsuid == Cred.ROOT) {
                fsuid = exp.exAnonUid();
            }
            if (fsgid == Cred.ROOT) {
                fsgid = exp.exAnonGid();
            }
            groups = new ArrayList<>();
            for (int g : cred.crGroupInfo()) {
                groups.add(g == Cred.ROOT ? exp.exAnonGid() : g);
            }
        } else {
            groups = cred.crGroupInfo();
        }
        if (fsuid == Cred.INVALID) {
            fsuid = exp.exAnonUid();
        }
        if (fsgid == Cred.INVALID) {
            fsgid = exp.exAnonGid();
        }
        return new Cred(fsuid, fsgid, groups);
    }
}

package dev.localio.linux.fs.nfsd;

import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of one exports(5) line, with exports(5)'s defaults: {@code ro}, {@code secure},
 * {@code root_squash}, {@code no_all_squash}, {@code no_pnfs}, {@code anonuid=65534},
 * {@code anongid=65534}, {@code sec=sys}.
 *
 * <p>Models what exportfs(8) and rpc.mountd turn into a {@code struct svc_export}'s
 * {@code ex_flags}, {@code ex_anon_uid}/{@code ex_anon_gid} and {@code ex_flavors}.
 */
public record ExportOptions(boolean readOnly, boolean insecure, boolean rootSquash, boolean allSquash,
        int anonUid, int anonGid, List<RpcAuthFlavor> flavors, Integer fsid, boolean pnfs) {

    /** {@code nobody}: the default {@code anonuid} and {@code anongid}. */
    public static final int NOBODY = 65534;

    public ExportOptions {
        flavors = List.copyOf(flavors);
    }

    /** exports(5)'s defaults. */
    public static ExportOptions defaults() {
        return new ExportOptions(true, false, true, false, NOBODY, NOBODY,
                List.of(RpcAuthFlavor.RPC_AUTH_UNIX), null, false);
    }

    /**
     * Parses a comma-separated option list such as {@code rw,no_root_squash,sec=sys:krb5}. Known:
     * {@code rw ro secure insecure root_squash no_root_squash all_squash no_all_squash anonuid=N
     * anongid=N sec=f1:f2 fsid=N pnfs no_pnfs}.
     *
     * @throws IllegalArgumentException for an unknown option
     */
    public static ExportOptions parse(String options) {
        ExportOptions o = defaults();
        boolean ro = o.readOnly;
        boolean insecure = o.insecure;
        boolean rootSquash = o.rootSquash;
        boolean allSquash = o.allSquash;
        int anonUid = o.anonUid;
        int anonGid = o.anonGid;
        List<RpcAuthFlavor> flavors = o.flavors;
        Integer fsid = null;
        boolean pnfs = o.pnfs;
        for (String opt : options.split(",")) {
            String t = opt.trim();
            if (t.isEmpty()) {
                continue;
            }
            int eq = t.indexOf('=');
            String key = eq < 0 ? t : t.substring(0, eq);
            String value = eq < 0 ? null : t.substring(eq + 1);
            switch (key) {
                case "rw" -> ro = false;
                case "ro" -> ro = true;
                case "secure" -> insecure = false;
                case "insecure" -> insecure = true;
                case "root_squash" -> rootSquash = true;
                case "no_root_squash" -> rootSquash = false;
                case "all_squash" -> allSquash = true;
                case "no_all_squash" -> allSquash = false;
                case "anonuid" -> anonUid = Integer.parseInt(value);
                case "anongid" -> anonGid = Integer.parseInt(value);
                case "fsid" -> fsid = Integer.parseInt(value);
                case "pnfs" -> pnfs = true;
                case "no_pnfs" -> pnfs = false;
                case "sec" -> {
                    List<RpcAuthFlavor> fl = new ArrayList<>();
                    for (String f : value.split(":")) {
                        RpcAuthFlavor flavor = RpcAuthFlavor.fromSecName(f);
                        if (flavor == null) {
                            throw new IllegalArgumentException("unknown sec= flavor " + f);
                        }
                        fl.add(flavor);
                    }
                    flavors = fl;
                }
                default -> throw new IllegalArgumentException("unknown export option " + t);
            }
        }
        return new ExportOptions(ro, insecure, rootSquash, allSquash, anonUid, anonGid, flavors, fsid, pnfs);
    }
}

package dev.localio.linux.fs.nfs;

import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import java.util.Objects;

/**
 * What a mount asks for: the server's address and exported path, the NFS version (3, 4.1 or 4.2),
 * the security flavor ({@code sec=sys|krb5|krb5i|krb5p|none}) and whether the client uses a
 * privileged source port ({@code resvport}, the default; {@code noresvport} turns it off).
 *
 * <p>Models fs/nfs/fs_context.c: {@code struct nfs_fs_context} ({@code nfs_server.hostname},
 * {@code nfs_server.export_path}, {@code version}, {@code minorversion},
 * {@code selected_flavor}, {@code flags & NFS_MOUNT_NORESVPORT}) and the option parsing of
 * {@code nfs_fs_context_parse_param()} for the options the model knows.
 *
 * @param hostname     the server's address, e.g. {@code 10.0.0.1}
 * @param exportPath   the exported directory on the server
 * @param version      3 or 4
 * @param minorversion 0 for NFSv3, 1 or 2 for NFSv4
 * @param flavor       the security flavor of every NFS call
 * @param resvport     whether the client binds a privileged source port
 */
public record NfsFsContext(String hostname, String exportPath, int version, int minorversion,
        RpcAuthFlavor flavor, boolean resvport) {

    public NfsFsContext {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(exportPath, "exportPath");
        Objects.requireNonNull(flavor, "flavor");
        boolean known = version == 3 && minorversion == 0 || version == 4 && (minorversion == 1 || minorversion == 2);
        if (!known) {
            throw new IllegalArgumentException("the model mounts NFS 3, 4.1 and 4.2, not " + version + "."
                    + minorversion);
        }
        if (flavor == RpcAuthFlavor.RPC_AUTH_GSS) {
            throw new IllegalArgumentException("sec= names a pseudoflavor, not bare RPCSEC_GSS");
        }
    }

    /**
     * The context of {@code mount -t nfs -o options hostname:exportPath}: {@code options} is a
     * comma-separated list of {@code vers=3|4.1|4.2}, {@code sec=sys|krb5|krb5i|krb5p|none},
     * {@code resvport}, {@code noresvport}; the defaults are {@code vers=3,sec=sys,resvport}.
     *
     * @throws IllegalArgumentException for an option or value the model does not know
     */
    public static NfsFsContext parse(String hostname, String exportPath, String options) {
        int version = 3;
        int minor = 0;
        RpcAuthFlavor flavor = RpcAuthFlavor.RPC_AUTH_UNIX;
        boolean resvport = true;
        for (String opt : options.split(",")) {
            String o = opt.trim();
            if (o.isEmpty()) {
                continue;
            }
            int eq = o.indexOf('=');
            String key = eq < 0 ? o : o.substring(0, eq);
            String value = eq < 0 ? "" : o.substring(eq + 1);
            switch (key) {
                case "vers", "nfsvers" -> {
                    switch (value) {
                        case "3" -> {
                            version = 3;
                            minor = 0;
                        }
                        case "4.1", "4.2" -> {
                            version = 4;
                            minor = value.charAt(2) - '0';
                        }
                        default -> throw new IllegalArgumentException("the model mounts vers=3, 4.1 or 4.2, not "
                                + value);
                    }
                }
                case "sec" -> {
                    flavor = RpcAuthFlavor.fromSecName(value);
                    if (flavor == null) {
                        throw new IllegalArgumentException("unknown sec=" + value);
                    }
                }
                case "resvport" -> resvport = true;
                case "noresvport" -> resvport = false;
                default -> throw new IllegalArgumentException("unknown mount option " + o);
            }
        }
        return new NfsFsContext(hostname, exportPath, version, minor, flavor, resvport);
    }

    /** {@code 3}, {@code 4.1} or {@code 4.2}, as {@code vers=} spells it. */
    public String vers() {
        return version == 3 ? "3" : version + "." + minorversion;
    }
}

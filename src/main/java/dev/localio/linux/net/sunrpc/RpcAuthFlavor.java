package dev.localio.linux.net.sunrpc;

/**
 * The authentication flavors this model speaks. The first three are wire flavors (the number in an RPC
 * credential); the RPCSEC_GSS pseudoflavors name a GSS mechanism plus service, the way the kernel records
 * the security of a mount ({@code sec=krb5i}) and of a request ({@code rq_cred.cr_flavor}). On the wire a
 * pseudoflavor travels as {@link #RPC_AUTH_GSS} with its service in the GSS credential.
 *
 * <p>The LOCALIO probe runs only when the client's flavor is {@link #RPC_AUTH_UNIX} (localio.rst FAQ 7).
 * Exports list the flavors they accept by their {@code sec=} names ({@link #fromSecName}).
 *
 * <p>Models include/linux/sunrpc/msg_prot.h: {@code rpc_authflavor_t} ({@code RPC_AUTH_NULL},
 * {@code RPC_AUTH_UNIX}, {@code RPC_AUTH_GSS}, {@code RPC_AUTH_GSS_KRB5}, {@code RPC_AUTH_GSS_KRB5I},
 * {@code RPC_AUTH_GSS_KRB5P}).
 */
public enum RpcAuthFlavor implements XdrEnum {
    /** AUTH_NONE in RFC 5531; the kernel spells it AUTH_NULL. Mount and export option {@code sec=none}. */
    RPC_AUTH_NULL(0, "none", 0),
    /** AUTH_SYS in RFC 5531, AUTH_UNIX in the kernel. Mount option {@code sec=sys}. */
    RPC_AUTH_UNIX(1, "sys", 0),
    /** RPCSEC_GSS (RFC 2203) as a wire flavor, before its service is known. */
    RPC_AUTH_GSS(6, "gss", 0),
    /** Kerberos 5, authentication only (rpc_gss_svc_none). Mount option {@code sec=krb5}. */
    RPC_AUTH_GSS_KRB5(390003, "krb5", 1),
    /** Kerberos 5 with integrity (rpc_gss_svc_integrity). Mount option {@code sec=krb5i}. */
    RPC_AUTH_GSS_KRB5I(390004, "krb5i", 2),
    /** Kerberos 5 with privacy (rpc_gss_svc_privacy). Mount option {@code sec=krb5p}. */
    RPC_AUTH_GSS_KRB5P(390005, "krb5p", 3);

    private final int value;
    private final String secName;
    private final int gssService;

    RpcAuthFlavor(int value, String secName, int gssService) {
        this.value = value;
        this.secName = secName;
        this.gssService = gssService;
    }

    /** The flavor or pseudoflavor number. */
    @Override
    public int value() {
        return value;
    }

    /** The name used by the {@code sec=} mount and export option ({@code sys}, {@code krb5i}, ...). */
    public String secName() {
        return secName;
    }

    /** The flavor number an RPC credential of this flavor carries on the wire: 6 for every GSS pseudoflavor. */
    public int wireFlavor() {
        return gssService == 0 ? value : RPC_AUTH_GSS.value;
    }

    /** The RPCSEC_GSS service (1 none, 2 integrity, 3 privacy) of a pseudoflavor; 0 for other flavors. */
    public int gssService() {
        return gssService;
    }

    /** Whether this is one of the RPCSEC_GSS flavors. */
    public boolean isGss() {
        return this == RPC_AUTH_GSS || gssService != 0;
    }

    /**
     * The Kerberos pseudoflavor whose RPCSEC_GSS service is {@code service}, or {@code null}.
     *
     * <p>Models net/sunrpc/auth_gss/gss_krb5_mech.c: the pseudoflavor table of the krb5 mechanism
     * ({@code gss_svc_to_pseudoflavor()}).
     */
    public static RpcAuthFlavor gssSvcToPseudoflavor(int service) {
        for (RpcAuthFlavor flavor : values()) {
            if (flavor.gssService != 0 && flavor.gssService == service) {
                return flavor;
            }
        }
        return null;
    }

    /**
     * The flavor whose {@code sec=} name (nfs(5), exports(5)) is {@code secName} ({@code "none"},
     * {@code "sys"}, {@code "krb5p"}, ...), or {@code null}. The bare wire flavor {@code gss} has no
     * {@code sec=} name of its own and is not found.
     */
    public static RpcAuthFlavor fromSecName(String secName) {
        for (RpcAuthFlavor flavor : values()) {
            if (flavor != RPC_AUTH_GSS && flavor.secName.equals(secName)) {
                return flavor;
            }
        }
        return null;
    }
}

package dev.localio.linux.net.sunrpc;

/**
 * The RPC security flavors the model knows, with their wire numbers and their {@code sec=} names
 * in exports(5).
 *
 * <p>Models include/linux/sunrpc/msg_prot.h: {@code enum rpc_auth_flavors} ({@code RPC_AUTH_NULL},
 * {@code RPC_AUTH_UNIX}, and the Kerberos pseudoflavors {@code RPC_AUTH_GSS_KRB5},
 * {@code RPC_AUTH_GSS_KRB5I}, {@code RPC_AUTH_GSS_KRB5P}).
 */
public enum RpcAuthFlavor {
    RPC_AUTH_NULL(0, "none"),
    RPC_AUTH_UNIX(1, "sys"),
    RPC_AUTH_GSS_KRB5(390003, "krb5"),
    RPC_AUTH_GSS_KRB5I(390004, "krb5i"),
    RPC_AUTH_GSS_KRB5P(390005, "krb5p");

    private final int value;
    private final String secName;

    RpcAuthFlavor(int value, String secName) {
        this.value = value;
        this.secName = secName;
    }

    /** The flavor's number on the wire. */
    public int value() {
        return value;
    }

    /** The name {@code sec=} uses in exports(5): {@code sys}, {@code krb5}, ... */
    public String secName() {
        return secName;
    }

    /**
     * The flavor {@code sec=} names.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static RpcAuthFlavor fromSecName(String name) {
        for (RpcAuthFlavor f : values()) {
            if (f.secName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown sec= flavor " + name);
    }
}

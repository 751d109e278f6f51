package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KernelSymbol;
import org.dcache.oncrpc4j.rpc.RpcAuthTypeNone;
import org.dcache.oncrpc4j.rpc.RpcAuthTypeUnix;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The credential a client puts on its calls, and its flavor. {@link #auFlavor()} is what the LOCALIO probe
 * looks at: only {@link RpcAuthFlavor#RPC_AUTH_UNIX} clients probe. A clone made by
 * {@link RpcClnt#rpcBindNewProgram} shares its parent's {@code RpcAuth}.
 *
 * <p>Three flavors: AUTH_NULL (nothing), AUTH_UNIX (uid, gid, up to 16 supplementary gids, machine name;
 * encoded by oncrpc4j's {@code RpcAuthTypeUnix}), and RPCSEC_GSS Kerberos in its three services, modelled
 * by flavor alone (see {@link RpcAuthGssCred}: no Kerberos, the principal travels in the context handle).
 *
 * <p>Models include/linux/sunrpc/auth.h: {@code struct rpc_auth} ({@code au_flavor}) with the credential
 * its {@code crmarshal} op writes; net/sunrpc/auth_null.c, auth_unix.c, auth_gss/auth_gss.c.
 */
public final class RpcAuth {

    /** Most supplementary groups an AUTH_UNIX credential carries ({@code UNX_NGROUPS}, RFC 5531 appendix A). */
    @KernelSymbol(value = "UNX_NGROUPS", file = "include/linux/sunrpc/auth.h")
    public static final int UNX_NGROUPS = 16;
    /** Longest machine name in an AUTH_UNIX credential ({@code UNX_MAXNODENAME}). */
    public static final int UNX_MAXNODENAME = 255;

    private final RpcAuthFlavor auFlavor;
    private final int uid;
    private final int gid;
    private final int[] gids;
    private final String machinename;
    private final String principal;
    /** RPCSEC_GSS sequence numbers, one per call. */
    private final AtomicInteger gssSeqno = new AtomicInteger();

    private RpcAuth(RpcAuthFlavor auFlavor, int uid, int gid, int[] gids, String machinename, String principal) {
        this.auFlavor = auFlavor;
        this.uid = uid;
        this.gid = gid;
        this.gids = gids;
        this.machinename = machinename;
        this.principal = principal;
    }

    /** AUTH_NULL: calls carry no identity. Models net/sunrpc/auth_null.c: {@code null_auth}. */
    public static RpcAuth authNull() {
        return new RpcAuth(RpcAuthFlavor.RPC_AUTH_NULL, -1, -1, new int[0], "", "");
    }

    /**
     * AUTH_UNIX for user {@code uid}, group {@code gid} and supplementary groups {@code gids}, from host
     * {@code machinename}. Models net/sunrpc/auth_unix.c: {@code unx_marshal()}.
     *
     * @throws IllegalArgumentException with more than {@value #UNX_NGROUPS} groups or a machine name longer
     *                                  than {@value #UNX_MAXNODENAME} bytes (the kernel truncates; here it is a bug)
     */
    public static RpcAuth authUnix(int uid, int gid, int[] gids, String machinename) {
        Objects.requireNonNull(machinename, "machinename");
        if (gids.length > UNX_NGROUPS) {
            throw new IllegalArgumentException("AUTH_UNIX carries at most " + UNX_NGROUPS + " groups");
        }
        if (machinename.length() > UNX_MAXNODENAME || !machinename.chars().allMatch(c -> c < 0x80)) {
            throw new IllegalArgumentException("AUTH_UNIX machine name must be ASCII, at most 255 bytes");
        }
        return new RpcAuth(RpcAuthFlavor.RPC_AUTH_UNIX, uid, gid, gids.clone(), machinename, "");
    }

    /**
     * RPCSEC_GSS with Kerberos pseudoflavor {@code pseudoflavor} for {@code principal}. Models
     * net/sunrpc/auth_gss/auth_gss.c: {@code gss_create()} for a krb5 pseudoflavor, without a context.
     *
     * @throws IllegalArgumentException if {@code pseudoflavor} is not krb5, krb5i or krb5p
     */
    public static RpcAuth authGss(RpcAuthFlavor pseudoflavor, String principal) {
        Objects.requireNonNull(principal, "principal");
        if (pseudoflavor.gssService() == 0) {
            throw new IllegalArgumentException(pseudoflavor + " is not a GSS pseudoflavor");
        }
        return new RpcAuth(pseudoflavor, -1, -1, new int[0], "", principal);
    }

    /** The flavor, a pseudoflavor for GSS ({@code au_flavor}). */
    public RpcAuthFlavor auFlavor() {
        return auFlavor;
    }

    /** AUTH_UNIX uid; -1 for other flavors. */
    public int uid() {
        return uid;
    }

    /** AUTH_UNIX gid; -1 for other flavors. */
    public int gid() {
        return gid;
    }

    /** AUTH_UNIX supplementary groups; empty for other flavors. */
    public int[] gids() {
        return gids.clone();
    }

    /** AUTH_UNIX machine name; empty for other flavors. */
    public String machinename() {
        return machinename;
    }

    /** The GSS principal; empty for other flavors. */
    public String principal() {
        return principal;
    }

    /**
     * The credential and verifier of one call, as oncrpc4j encodes them. Each GSS call gets the next
     * sequence number. Models {@code rpcauth_marshcred()}.
     */
    org.dcache.oncrpc4j.rpc.RpcAuth rpcauthMarshcred() {
        return switch (auFlavor) {
            case RPC_AUTH_NULL -> new RpcAuthTypeNone();
            case RPC_AUTH_UNIX -> new RpcAuthTypeUnix(uid, gid, gids.clone(), 0, machinename);
            default -> new RpcAuthGssCred(auFlavor.gssService(), gssSeqno.incrementAndGet(), principal);
        };
    }

    @Override
    public String toString() {
        return switch (auFlavor) {
            case RPC_AUTH_NULL -> "AUTH_NULL";
            case RPC_AUTH_UNIX -> "AUTH_UNIX(uid=" + uid + ", gid=" + gid + ", gids=" + Arrays.toString(gids)
                    + ", machine=" + machinename + ")";
            default -> auFlavor.secName() + "(" + principal + ")";
        };
    }
}

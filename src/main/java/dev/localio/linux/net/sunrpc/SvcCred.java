package dev.localio.linux.net.sunrpc;

import java.util.List;
import java.util.Objects;

/**
 * The caller's identity as the server decoded it from the call's credential, before any export
 * squashing.
 *
 * <ul>
 *   <li>AUTH_NULL: no identity; uid and gid are -1 ({@code INVALID_UID}), nfsd maps them to the
 *       export's anonymous user.</li>
 *   <li>AUTH_UNIX: uid, gid, supplementary groups and machine name exactly as sent.</li>
 *   <li>RPCSEC_GSS: the Kerberos pseudoflavor of the GSS service the caller chose (krb5, krb5i,
 *       krb5p) and the principal from the context handle; uid and gid are -1 because this model has
 *       no GSS context and no idmapper (the kernel would map the principal through rpc.svcgssd or
 *       gssproxy).</li>
 *   <li>LOCALIO: {@code svcauth_map_clnt_to_svc_cred_local()} builds one from the client's task
 *       credential and its RPC client's flavor ({@link #local}).</li>
 * </ul>
 *
 * <p>Models include/linux/sunrpc/svcauth.h: {@code struct svc_cred} ({@code cr_flavor},
 * {@code cr_uid}, {@code cr_gid}, {@code cr_group_info}, {@code cr_principal}); the machine name
 * is kept for the model's traces, the kernel skips it.
 *
 * @param crFlavor      AUTH_NULL, AUTH_UNIX, or a GSS pseudoflavor
 * @param crUid         the user id, -1 if none
 * @param crGid         the group id, -1 if none
 * @param crGroupInfo   supplementary groups
 * @param crMachinename the AUTH_UNIX machine name, else empty
 * @param crPrincipal   the GSS principal, else empty
 */
public record SvcCred(RpcAuthFlavor crFlavor, int crUid, int crGid, List<Integer> crGroupInfo,
        String crMachinename, String crPrincipal) {

    public SvcCred {
        Objects.requireNonNull(crFlavor, "crFlavor");
        crGroupInfo = List.copyOf(crGroupInfo);
        Objects.requireNonNull(crMachinename, "crMachinename");
        Objects.requireNonNull(crPrincipal, "crPrincipal");
    }

    /** An AUTH_UNIX credential with no machine name, as {@code svcauth_unix_accept()} decodes one. */
    public static SvcCred authUnix(int uid, int gid, Integer... groups) {
        return new SvcCred(RpcAuthFlavor.RPC_AUTH_UNIX, uid, gid, List.of(groups), "", "");
    }

    /**
     * The credential of a local caller: its ids and groups under the flavor of its RPC client, as
     * {@code svcauth_map_clnt_to_svc_cred_local()} builds it for LOCALIO.
     */
    public static SvcCred local(RpcAuthFlavor flavor, int uid, int gid, List<Integer> groups) {
        return new SvcCred(flavor, uid, gid, groups, "", "");
    }

    /** The RPCSEC_GSS service (1 none, 2 integrity, 3 privacy), 0 for other flavors. */
    public int gssService() {
        return crFlavor.gssService();
    }
}

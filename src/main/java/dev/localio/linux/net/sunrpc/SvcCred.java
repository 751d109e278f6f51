package dev.localio.linux.net.sunrpc;

import java.util.List;

/**
 * The credential of an RPC request as the server sees it, before any export squashing.
 *
 * <p>Models include/linux/sunrpc/svcauth.h: {@code struct svc_cred} ({@code cr_uid},
 * {@code cr_gid}, {@code cr_group_info}, {@code cr_flavor}).
 */
public record SvcCred(int crUid, int crGid, List<Integer> crGroupInfo, RpcAuthFlavor crFlavor) {

    public SvcCred {
        crGroupInfo = List.copyOf(crGroupInfo);
    }

    /** An AUTH_UNIX credential, as {@code svcauth_unix_accept()} decodes one. */
    public static SvcCred authUnix(int uid, int gid, Integer... groups) {
        return new SvcCred(uid, gid, List.of(groups), RpcAuthFlavor.RPC_AUTH_UNIX);
    }
}

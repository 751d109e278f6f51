package dev.localio.linux.net.sunrpc;

/**
 * Why a server refused a caller's credential (RFC 5531 section 9, RFC 2203 section 5.3.3.3). A server puts
 * one of these in a denied reply of kind {@link RpcRejectStat#RPC_AUTH_ERROR}.
 *
 * <p>Models include/linux/sunrpc/msg_prot.h: {@code enum rpc_auth_stat}.
 */
public enum RpcAuthStat implements XdrEnum {
    RPC_AUTH_OK(0),
    RPC_AUTH_BADCRED(1),
    RPC_AUTH_REJECTEDCRED(2),
    RPC_AUTH_BADVERF(3),
    RPC_AUTH_REJECTEDVERF(4),
    RPC_AUTH_TOOWEAK(5),
    RPCSEC_GSS_CREDPROBLEM(13),
    RPCSEC_GSS_CTXPROBLEM(14);

    private final int value;

    RpcAuthStat(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}

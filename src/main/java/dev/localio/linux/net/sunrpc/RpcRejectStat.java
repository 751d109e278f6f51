package dev.localio.linux.net.sunrpc;

/**
 * The reject_stat of a denied reply (RFC 5531 section 9): the server refused the call before looking at the
 * program, either because the RPC version is not 2 or because authentication failed.
 *
 * <p>Models include/linux/sunrpc/msg_prot.h: {@code enum rpc_reject_stat}.
 */
public enum RpcRejectStat implements XdrEnum {
    RPC_MISMATCH(0),
    RPC_AUTH_ERROR(1);

    private final int value;

    RpcRejectStat(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}

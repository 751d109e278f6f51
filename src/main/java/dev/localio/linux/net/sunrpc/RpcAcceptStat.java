package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KernelSymbol;

/**
 * The accept_stat of an accepted reply (RFC 5531 section 9): the server understood the call's header and
 * authenticated it, and says whether it could run the procedure.
 *
 * <p>Models include/linux/sunrpc/msg_prot.h: {@code enum rpc_accept_stat}.
 */
public enum RpcAcceptStat implements XdrEnum {
    RPC_SUCCESS(0),
    @KernelSymbol(value = "PROG_UNAVAIL", file = "include/linux/sunrpc/msg_prot.h")
    RPC_PROG_UNAVAIL(1),
    RPC_PROG_MISMATCH(2),
    RPC_PROC_UNAVAIL(3),
    RPC_GARBAGE_ARGS(4),
    RPC_SYSTEM_ERR(5);

    private final int value;

    RpcAcceptStat(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}

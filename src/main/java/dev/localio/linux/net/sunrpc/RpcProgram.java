package dev.localio.linux.net.sunrpc;

import java.util.Objects;

/**
 * An RPC program as a client names it: its number and a name for traces and statistics (the kernel's
 * {@code nfs}, {@code nfsacl}, {@code nfslocalio}). The client does not need the procedure table: callers
 * pass procedure numbers and XDR objects to {@link RpcClnt#rpcCallSync}.
 *
 * <p>Models include/linux/sunrpc/clnt.h: {@code struct rpc_program} ({@code name}, {@code number}); the
 * per-version procedure tables ({@code struct rpc_version}, {@code struct rpc_procinfo}) become the caller's
 * XDR types.
 */
public record RpcProgram(String name, int number) {

    public RpcProgram {
        Objects.requireNonNull(name, "name");
    }
}

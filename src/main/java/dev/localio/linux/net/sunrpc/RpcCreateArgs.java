package dev.localio.linux.net.sunrpc;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link RpcClnt#rpcCreate(RpcCreateArgs)} needs: the server's address, the program and version to
 * call, the credential, and optionally the rpcbind of the server's network namespace (used only when the
 * address has port 0), a route through the model's network (which then supplies the rpcbind, at every
 * connect) and the per-call timeout.
 *
 * <p>Models include/linux/sunrpc/clnt.h: {@code struct rpc_create_args} ({@code address},
 * {@code program}, {@code version}, {@code authflavor}, {@code timeout}); {@code net} is reduced to the
 * rpcbind registry it would reach.
 *
 * @param address  the server; port 0 asks {@code rpcbind} for the port
 * @param program  the program to call
 * @param version  its version
 * @param auth     the credential of every call
 * @param rpcbind  the rpcbind registry of the server's network namespace, or {@code null}
 * @param timeout  how long a call waits for its reply before it fails with ETIMEDOUT
 * @param route    the route to the server's address, or {@code null}; with a route, {@code address} and
 *                 {@code rpcbind} are not used
 */
public record RpcCreateArgs(InetSocketAddress address, RpcProgram program, int version, RpcAuth auth,
        Rpcbind rpcbind, Duration timeout, XprtRoute route) {

    /** The timeout when none is given: the kernel's default for NFS over TCP ({@code timeo=600}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public RpcCreateArgs {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Arguments for a server at a known port, without rpcbind, with the default timeout. */
    public static RpcCreateArgs of(InetSocketAddress address, RpcProgram program, int version, RpcAuth auth) {
        return new RpcCreateArgs(address, program, version, auth, null, DEFAULT_TIMEOUT, null);
    }

    /**
     * Arguments for the server at the end of {@code route}, with the default timeout: the port comes from
     * the rpcbind the route reaches, at creation and at every reconnect.
     */
    public static RpcCreateArgs routed(XprtRoute route, RpcProgram program, int version, RpcAuth auth) {
        return new RpcCreateArgs(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), program, version, auth,
                null, DEFAULT_TIMEOUT, route);
    }

    /** The same arguments, looking the port up in {@code rpcbind} when the address has port 0. */
    public RpcCreateArgs withRpcbind(Rpcbind rpcbind) {
        return new RpcCreateArgs(address, program, version, auth, rpcbind, timeout, route);
    }

    /** The same arguments with another per-call timeout. */
    public RpcCreateArgs withTimeout(Duration timeout) {
        return new RpcCreateArgs(address, program, version, auth, rpcbind, timeout, route);
    }
}

package dev.localio.linux.fs.nfs;

import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import java.util.Objects;

/**
 * What identifies an {@link NfsClient}: the server's address, the client's network namespace,
 * the NFS version and minor version, the security flavor of its RPC client, and whether it uses a
 * privileged source port. {@link NfsFs#nfsGetClient} shares one client among every mount and data
 * server that asks with the same data.
 *
 * <p>Models fs/nfs/internal.h: {@code struct nfs_client_initdata} ({@code hostname},
 * {@code addr}, {@code net}, {@code nfs_mod}, {@code minorversion}, {@code proto}); the flavor is
 * the model's addition (see {@link NfsFs#nfsGetClient}).
 *
 * @param hostname     the server's address
 * @param net          the namespace the client lives in
 * @param version      3 or 4
 * @param minorversion 0 for NFSv3
 * @param authflavor   the flavor of the client's {@code cl_rpcclient}
 * @param resvport     whether its transport binds a privileged port
 */
public record NfsClientInitdata(String hostname, Net net, int version, int minorversion,
        RpcAuthFlavor authflavor, boolean resvport) {

    public NfsClientInitdata {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(authflavor, "authflavor");
    }
}

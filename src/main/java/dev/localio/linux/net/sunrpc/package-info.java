/**
 * The few net/sunrpc objects LOCALIO's lifetimes touch: {@link dev.localio.linux.net.sunrpc.AuthDomain}
 * (kref'd, the client's {@code dom}), {@link dev.localio.linux.net.sunrpc.Svcauth} (the domain
 * table), {@link dev.localio.linux.net.sunrpc.SvcCred}, {@link dev.localio.linux.net.sunrpc.RpcAuthFlavor}
 * and {@link dev.localio.linux.net.sunrpc.SvcServ} ({@code nn->nfsd_serv}). The RPC wire itself
 * lives beside them, written separately.
 *
 * <p>Simplified against the kernel: no ip_map cache or mountd upcall (nfsd's export table answers
 * directly); a service has a thread count but no threads or pools; transports are whatever the RPC
 * layer registers to be closed.
 */
package dev.localio.linux.net.sunrpc;

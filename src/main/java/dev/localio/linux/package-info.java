/**
 * The model of Linux NFS LOCALIO, design [A] (v6.12), with the newest mainline's design [D] selectable per
 * host ({@link dev.localio.linux.fs.nfs_common.LocalioDesign}): {@link dev.localio.linux.Host} is one
 * machine running one kernel, {@link dev.localio.linux.Container} a network namespace with its own
 * nfsd, {@link dev.localio.linux.NfsdInstance} the NFS server of one namespace as nfs-utils drives
 * it (with rpc.mountd, {@link dev.localio.linux.Mountd}), and {@link dev.localio.linux.Network} the
 * wire between hosts: which namespace answers at which address. A host hands its containers and
 * servers its kernel's {@link dev.localio.linux.Subsystems}, never itself. The sub-packages mirror the kernel
 * tree: {@code kernel} (RCU, completions, kref, KASAN, trace, Kconfig), {@code lib} (percpu_ref),
 * {@code net} (namespaces), {@code net.sunrpc} (ONC RPC on loopback, with the RPC objects LOCALIO's
 * lifetimes touch), {@code fs.nfs_common} (the shared uuid state and {@code nfs_to}),
 * {@code fs.nfsd} (the server), {@code fs.nfs} (the client).
 *
 * <p>Every server is a real RPC server on 127.0.0.1; every client a real TCP connection to it. A
 * client and a server are local to each other exactly when they run on the same {@code Host}, and
 * the only way the client finds out is the LOCALIO handshake over its NFS connection.
 */
package dev.localio.linux;

/**
 * The model of Linux NFS LOCALIO, design [A] (v6.12): {@link dev.localio.linux.Host} is one
 * machine running one kernel, {@link dev.localio.linux.Container} a network namespace with its own
 * nfsd, {@link dev.localio.linux.NfsdInstance} the NFS server of one namespace as nfs-utils drives
 * it. The sub-packages mirror the kernel tree: {@code kernel} (RCU, completions, kref, KASAN,
 * trace), {@code lib} (percpu_ref), {@code net} (namespaces), {@code net.sunrpc} (ONC RPC on
 * loopback, with the RPC objects LOCALIO's lifetimes touch), {@code fs.nfs_common} (the shared
 * uuid state and {@code nfs_to}), {@code fs.nfsd} (the server).
 */
package dev.localio.linux;

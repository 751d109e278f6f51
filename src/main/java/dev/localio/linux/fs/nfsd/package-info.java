/**
 * fs/nfsd as of v6.12 (and, for hosts running design [D], the newest mainline's {@code nfsd_net_ref}
 * interlock in {@code nfsd_shutdown_net()}, the caching {@code nfsd_open_local_fh()},
 * {@code nfsd_file_get_local()} and the file-cache purge that disables LOCALIO clients; the model has
 * no file cache to purge besides): starting and stopping the service per namespace with the serv percpu_ref
 * interlock ({@link dev.localio.linux.fs.nfsd.Nfssvc}), the per-namespace hooks, exports,
 * file-handle verification with squashing and permissions ({@link dev.localio.linux.fs.nfsd.NfsdFh},
 * {@link dev.localio.linux.fs.nfsd.Auth}, {@link dev.localio.linux.fs.nfsd.Vfs}), opened files
 * ({@link dev.localio.linux.fs.nfsd.Filecache}), LOCALIO ({@link dev.localio.linux.fs.nfsd.NfsdLocalio})
 * and the NFSv3 procedures ({@link dev.localio.linux.fs.nfsd.Nfs3proc}).
 *
 * <p>Each procedure is a plain method (what the local path and the unit tests call) and an entry of an
 * RPC version that decodes a call into it: {@code nfsd_create_serv()} makes a real
 * {@link dev.localio.linux.net.sunrpc.SvcServ} hosting NFS version 3 and, when the kernel is built with
 * {@code CONFIG_NFS_LOCALIO}, the hidden LOCALIO version 1 (and NFS version 4 for NFSv4.1/4.2
 * clients and pNFS layouts, {@link dev.localio.linux.fs.nfsd.Nfs4proc}); {@code nfsd_startup_net()} opens its
 * listener
 * on 127.0.0.1 and registers NFS with the namespace's rpcbind (LOCALIO is never registered). Each call
 * runs in a server thread with an {@link dev.localio.linux.fs.nfsd.NfsdRqst} made from the request: the
 * transport's namespace, the decoded credential, the {@code rq_client} domain that
 * {@code svcauth_unix_set_client()} found for the caller's address, and whether its port is privileged.
 * UUID_IS_LOCAL hands exactly that namespace and domain to nfs_common.
 *
 * <p>Simplified against the kernel: no file cache (each acquire opens, the last put closes, no
 * garbage collection); file data is in real files but owner and mode live in a model inode table
 * (so no root is needed), with 20-byte handles (fsid, inode, generation), and the page cache is one
 * dirty mark per inode ({@link dev.localio.linux.fs.AddressSpace}); exports are set directly (no
 * export/expkey caches, no upcalls: the domain of a caller comes from the export table, ranked as
 * mountd ranks its entries, not from mountd's ip_map answers); client specs are {@code *},
 * addresses, CIDR blocks and {@code localhost}; NFS version 4 serves only COMPOUNDs of PUTFH,
 * LAYOUTGET and GETDEVICEINFO (the model's NFSv4.x clients use NFSv3 procedures for everything else,
 * on the same connection; no SEQUENCE, no sessions, no state); flexible file layouts come from a
 * table the administrator fills ({@link dev.localio.linux.fs.nfsd.Nfs4layouts}) and carry no state;
 * no locking, no leases, no pseudo-root, no TLS, no duplicate reply cache; the write verifier is
 * reset when the service starts; the listener is on an ephemeral port of 127.0.0.1 rather than 2049
 * on the namespace's addresses; attributes carry no times.
 */
package dev.localio.linux.fs.nfsd;

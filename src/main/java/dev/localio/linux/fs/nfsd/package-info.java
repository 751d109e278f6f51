/**
 * fs/nfsd as of v6.12: starting and stopping the service per namespace with the serv percpu_ref
 * interlock ({@link dev.localio.linux.fs.nfsd.Nfssvc}), the per-namespace hooks, exports,
 * file-handle verification with squashing and permissions ({@link dev.localio.linux.fs.nfsd.Nfsfh},
 * {@link dev.localio.linux.fs.nfsd.Auth}, {@link dev.localio.linux.fs.nfsd.Vfs}), opened files
 * ({@link dev.localio.linux.fs.nfsd.Filecache}), LOCALIO ({@link dev.localio.linux.fs.nfsd.NfsdLocalio})
 * and the NFSv3 procedures ({@link dev.localio.linux.fs.nfsd.Nfs3proc}), all as plain methods
 * that an RPC handler or the client's local path calls.
 *
 * <p>Simplified against the kernel: no file cache (each acquire opens, the last put closes, no
 * garbage collection); file data is in real files but owner and mode live in a model inode table
 * (so no root is needed), with 20-byte handles (fsid, inode, generation); exports are set
 * directly (no export/expkey caches, no upcalls), client specs are {@code *}, addresses, CIDR
 * blocks and {@code localhost}; no NFSv4, no locking, no leases, no pseudo-root, no TLS; the
 * write verifier is reset when the service starts; nfsd threads are a number, requests run in the
 * caller's thread.
 */
package dev.localio.linux.fs.nfsd;

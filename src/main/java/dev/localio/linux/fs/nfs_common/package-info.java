/**
 * fs/nfs_common/nfslocalio.c and include/linux/nfslocalio.h as of v6.12 (design [A]): the
 * client's {@link dev.localio.linux.fs.nfs_common.NfsUuid}, the host's uuid list and lock
 * ({@link dev.localio.linux.fs.nfs_common.NfsLocalio}), the operations table nfsd lends through
 * {@code nfs_to}, and the choice of {@link dev.localio.linux.fs.nfs_common.LocalioDesign}; for design
 * [D] also the newest mainline's per-uuid lock, {@code files} list and
 * {@link dev.localio.linux.fs.nfs_common.NfsFileLocalio}, {@code nfs_localio_disable_client()},
 * {@code nfs_localio_invalidate_clients()}, {@code nfs_uuid_add_file()}, {@code nfs_close_local_fh()}
 * and the put outside RCU. The model uses a list head's monitor as {@code nn->local_clients_lock}, and
 * holds {@code nfs_uuid->lock} while {@code nfs_uuid_put()} puts the cached files, where the kernel drops
 * it (the puts take no uuid lock, so no order the kernel allows changes).
 *
 * <p>Simplified against the kernel: the nfsd module reference taken by {@code nfs_uuid_is_local()}
 * is counted, but nfsd never unloads, so it guards nothing; the {@code rpc_clnt} argument of {@code nfs_open_local_fh()}
 * is reduced to its auth flavor, the only thing nfsd reads of it; user namespaces are not modelled
 * (ids pass through unmapped).
 */
package dev.localio.linux.fs.nfs_common;

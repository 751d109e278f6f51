/**
 * fs/nfs_common/nfslocalio.c and include/linux/nfslocalio.h as of v6.12 (design [A]): the
 * client's {@link dev.localio.linux.fs.nfs_common.NfsUuid}, the host's uuid list and lock
 * ({@link dev.localio.linux.fs.nfs_common.NfsLocalio}), the operations table nfsd lends through
 * {@code nfs_to}, and the choice of {@link dev.localio.linux.fs.nfs_common.LocalioDesign}.
 *
 * <p>Simplified against the kernel: the nfsd module reference taken by {@code nfs_uuid_is_local()}
 * is counted, but nfsd never unloads, so it guards nothing; the {@code rpc_clnt} argument of {@code nfs_open_local_fh()}
 * is reduced to its auth flavor, the only thing nfsd reads of it; user namespaces are not modelled
 * (ids pass through unmapped).
 */
package dev.localio.linux.fs.nfs_common;

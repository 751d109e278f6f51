package dev.localio.linux.fs.nfs_common;

/**
 * What the client holds of an nfsd file: a pointer it may only hand back through
 * {@code nfs_to}. nfsd's {@code NfsdFile} implements it.
 *
 * <p>Models include/linux/nfslocalio.h: the forward declaration {@code struct nfsd_file;} that
 * keeps the structure opaque to fs/nfs.
 */
public interface OpaqueNfsdFile {
}

/**
 * The XDR wire types of the programs the model's NFS client and server exchange: NFS version 3
 * (RFC 1813: NULL, GETATTR, SETATTR, LOOKUP, READ, WRITE, CREATE, COMMIT, with {@code nfsstat3}, file
 * handles, attributes, {@code stable_how} and the 8-byte write verifier), LOCALIO version 1 (program
 * 400122: NULL and UUID_IS_LOCAL, whose argument is a fixed 16-byte opaque with no length word and whose
 * reply is empty), MOUNT version 3 (RFC 1813 appendix I: MNT's {@code dirpath} and {@code mountres3}),
 * and the part of NFSv4.1 that pNFS flexible files needs (RFC 5661 COMPOUND with PUTFH, LAYOUTGET and
 * GETDEVICEINFO; RFC 8435's {@code ff_layout4} and {@code ff_device_addr4}). Each message is an oncrpc4j
 * {@link org.dcache.oncrpc4j.xdr.XdrAble}: arguments are
 * encoded by the client and decoded by the server, results the other way round. Decoders reject what the
 * kernel's decoders reject (an NFSv3 handle over 64 bytes, a WRITE whose count differs from its data, an
 * unknown enum value), which the server answers with GARBAGE_ARGS.
 *
 * <p>Why here. The kernel writes each side's codec separately (fs/nfs/nfs3xdr.c encodes arguments and
 * decodes results, fs/nfsd/nfs3xdr.c the reverse) over types and constants in shared headers
 * (include/linux/nfs.h, include/linux/nfs_xdr.h, include/uapi/linux/nfs3.h). The model needs one codec per
 * message that both sides use, so the codecs belong to neither fs.nfs nor fs.nfsd; and fs.nfs_common models
 * the LOCALIO interlock (nfs_uuid_t), not the wire. They sit next to the RPC layer that carries them, as a
 * sub-package the RPC core never imports (an architecture test checks it): net.sunrpc stays free of NFS,
 * and a reader looking for "the bytes of UUID_IS_LOCAL" finds them one step from the RPC that sends them.
 * Class names follow the RFC types ({@code READ3args} is {@link dev.localio.linux.net.sunrpc.xdr.Read3Args});
 * constants keep their kernel names ({@link dev.localio.linux.net.sunrpc.xdr.Nfs#NFS_LOCALIO_PROGRAM},
 * {@link dev.localio.linux.net.sunrpc.xdr.Nfs3#NFS3PROC_WRITE}).
 *
 * <p>{@link dev.localio.linux.net.sunrpc.xdr.NfsFh} is the client's {@code struct nfs_fh}: up to 128 bytes
 * (NFS4_FHSIZE), so the same handle can be passed to LOCALIO's local open; it is checked against the NFSv3
 * limit of 64 bytes when it goes on the NFSv3 wire.
 *
 * <p>Models include/linux/nfs.h, include/uapi/linux/nfs3.h, include/linux/nfs_xdr.h, fs/nfs/nfs3xdr.c,
 * fs/nfsd/nfs3xdr.c, and the LOCALIO XDR of fs/nfs/localio.c and fs/nfsd/localio.c.
 */
package dev.localio.linux.net.sunrpc.xdr;

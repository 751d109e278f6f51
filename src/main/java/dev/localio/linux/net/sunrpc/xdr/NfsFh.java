package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A file handle as the NFS client holds it: opaque bytes, at most {@link Nfs#NFS_MAXFHSIZE} (128, the
 * NFSv4 limit) so that the same type serves NFSv3 on the wire (at most {@link Nfs3#NFS3_FHSIZE}, 64
 * bytes) and LOCALIO's local open, which takes a handle of any NFS version. Immutable.
 *
 * <p>Models include/linux/nfs.h: {@code struct nfs_fh} ({@code size}, {@code data[NFS_MAXFHSIZE]});
 * fs/nfs/nfs3xdr.c: {@code encode_nfs_fh3()}, {@code decode_nfs_fh3()}; fs/nfsd/nfs3xdr.c:
 * {@code svcxdr_decode_nfs_fh3()}.
 */
public final class NfsFh {

    private final byte[] data;

    private NfsFh(byte[] data) {
        this.data = data;
    }

    /**
     * A handle holding a copy of {@code data}.
     *
     * @throws IllegalArgumentException if longer than {@link Nfs#NFS_MAXFHSIZE}: {@code struct nfs_fh}
     *                                  cannot hold it
     */
    public static NfsFh of(byte[] data) {
        if (data.length > Nfs.NFS_MAXFHSIZE) {
            throw new IllegalArgumentException("file handle of " + data.length + " bytes, NFS_MAXFHSIZE is "
                    + Nfs.NFS_MAXFHSIZE);
        }
        return new NfsFh(data.clone());
    }

    /** Length in bytes. */
    public int size() {
        return data.length;
    }

    /** A copy of the bytes. */
    public byte[] data() {
        return data.clone();
    }

    /**
     * Writes the handle as an NFSv3 {@code nfs_fh3} ({@code opaque<NFS3_FHSIZE>}).
     *
     * @throws IllegalStateException if longer than {@link Nfs3#NFS3_FHSIZE}: an NFSv4-sized handle cannot be
     *                               sent over NFSv3 (the kernel's WARN_ON_ONCE in {@code encode_nfs_fh3()})
     */
    public void encodeNfsFh3(XdrEncodingStream xdr) {
        if (data.length > Nfs3.NFS3_FHSIZE) {
            throw new IllegalStateException("WARN_ON_ONCE: nfs_fh3 of " + data.length + " bytes");
        }
        xdr.xdrEncodeDynamicOpaque(data);
    }

    /** Reads an NFSv3 {@code nfs_fh3}; longer than {@link Nfs3#NFS3_FHSIZE} is invalid. */
    public static NfsFh decodeNfsFh3(XdrDecodingStream xdr) throws IOException {
        int length = xdr.xdrDecodeInt();
        if (length < 0 || length > Nfs3.NFS3_FHSIZE) {
            throw new IOException("nfs_fh3 of " + length + " bytes");
        }
        return new NfsFh(xdr.xdrDecodeOpaque(length));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NfsFh fh && Arrays.equals(data, fh.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "fh(" + HexFormat.of().formatHex(data) + ")";
    }
}

package dev.localio.linux.fs.nfs_common;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An NFS file handle as the client holds it: opaque bytes the server made. The model lets a
 * handle be longer than the protocol allows, so the server's size check can be exercised.
 *
 * <p>Models include/linux/nfs.h: {@code struct nfs_fh} ({@code size}, {@code data}) and
 * include/linux/nfs4.h: {@code NFS4_FHSIZE}.
 */
public final class NfsFh {

    /** {@code NFS4_FHSIZE}: the largest file handle NFSv4 (and LOCALIO) accepts. */
    public static final int NFS4_FHSIZE = 128;
    /** {@code NFS3_FHSIZE}: the largest NFSv3 file handle. */
    public static final int NFS3_FHSIZE = 64;

    private final byte[] data;

    /** A handle holding a copy of {@code data}. */
    public NfsFh(byte[] data) {
        this.data = data.clone();
    }

    /** {@code fh->size}. */
    public int size() {
        return data.length;
    }

    /** A copy of {@code fh->data}. */
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NfsFh other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** The handle as hex, as the kernel's tracepoints print it. */
    @Override
    public String toString() {
        return "0x" + HexFormat.of().formatHex(data);
    }
}

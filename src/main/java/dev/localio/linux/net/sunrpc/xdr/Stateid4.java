package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.util.Arrays;

/**
 * An NFSv4 stateid (RFC 5661 section 3.3.12, {@code stateid4}): a sequence number and 12 opaque bytes.
 * The model's layouts carry no state; it sends and returns the anonymous stateid.
 *
 * <p>Models include/linux/nfs4.h: {@code nfs4_stateid} and fs/nfs/nfs4xdr.c
 * {@code encode_nfs4_stateid()}.
 *
 * @param seqid the sequence number
 * @param other the opaque part
 */
public record Stateid4(int seqid, byte[] other) {

    /** The anonymous stateid: all zeros. */
    public static final Stateid4 ANONYMOUS = new Stateid4(0, new byte[Nfs4.NFS4_OTHER_SIZE]);

    public Stateid4 {
        if (other.length != Nfs4.NFS4_OTHER_SIZE) {
            throw new IllegalArgumentException("stateid4.other is 12 bytes");
        }
        other = other.clone();
    }

    @Override
    public byte[] other() {
        return other.clone();
    }

    void encode(XdrEncodingStream xdr) {
        xdr.xdrEncodeInt(seqid);
        xdr.xdrEncodeOpaque(other, Nfs4.NFS4_OTHER_SIZE);
    }

    static Stateid4 decode(XdrDecodingStream xdr) throws IOException {
        return new Stateid4(xdr.xdrDecodeInt(), xdr.xdrDecodeOpaque(Nfs4.NFS4_OTHER_SIZE));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stateid4 s && s.seqid == seqid && Arrays.equals(s.other, other);
    }

    @Override
    public int hashCode() {
        return 31 * seqid + Arrays.hashCode(other);
    }
}

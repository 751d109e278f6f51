package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * A time on the wire: unsigned 32-bit seconds and nanoseconds (RFC 1813 section 2.6, {@code nfstime3}).
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code xdr_encode_nfstime3()}, {@code xdr_decode_nfstime3()}.
 *
 * @param seconds  seconds since the epoch, 0 to 2^32-1
 * @param nseconds nanoseconds, 0 to 999,999,999
 */
public record Nfstime3(long seconds, int nseconds) {

    public Nfstime3 {
        if (seconds < 0 || seconds > 0xffff_ffffL) {
            throw new IllegalArgumentException("nfstime3 seconds out of range: " + seconds);
        }
    }

    void encode(XdrEncodingStream xdr) {
        xdr.xdrEncodeInt((int) seconds);
        xdr.xdrEncodeInt(nseconds);
    }

    static Nfstime3 decode(XdrDecodingStream xdr) throws IOException {
        return new Nfstime3(Integer.toUnsignedLong(xdr.xdrDecodeInt()), xdr.xdrDecodeInt());
    }
}

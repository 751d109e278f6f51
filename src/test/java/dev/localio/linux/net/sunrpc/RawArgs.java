package dev.localio.linux.net.sunrpc;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

/** Arguments given as raw bytes (a multiple of 4), for sending what no codec would write. */
final class RawArgs implements XdrAble {

    private final byte[] bytes;

    RawArgs(byte[] bytes) {
        if (bytes.length % 4 != 0) {
            throw new IllegalArgumentException("raw XDR arguments are whole words");
        }
        this.bytes = bytes.clone();
    }

    /** {@code words} 32-bit words of zeros. */
    static RawArgs words(int words) {
        return new RawArgs(new byte[4 * words]);
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        xdr.xdrEncodeOpaque(bytes, bytes.length);
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) {
        throw new UnsupportedOperationException("raw arguments are only sent");
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.Xdr;
import org.dcache.oncrpc4j.xdr.XdrAble;

import java.io.IOException;
import java.util.function.Supplier;

/** Encodes XDR objects to their wire bytes and decodes bytes back, for codec tests. */
final class XdrRoundTrip {

    private XdrRoundTrip() {
    }

    static byte[] encode(XdrAble value) throws IOException {
        Xdr xdr = new Xdr(Xdr.INITIAL_XDR_SIZE);
        xdr.beginEncoding();
        value.xdrEncode(xdr);
        xdr.endEncoding();
        return xdr.getBytes();
    }

    /** Decodes {@code bytes} into a fresh object; fails if bytes are left over. */
    static <T extends XdrAble> T decode(byte[] bytes, Supplier<T> factory) throws IOException {
        Xdr xdr = new Xdr(bytes);
        xdr.beginDecoding();
        T value = factory.get();
        value.xdrDecode(xdr);
        if (xdr.hasMoreData()) {
            throw new IOException("bytes left over after decoding");
        }
        return value;
    }

    static <T extends XdrAble> T roundTrip(T value, Supplier<T> factory) throws IOException {
        return decode(encode(value), factory);
    }
}

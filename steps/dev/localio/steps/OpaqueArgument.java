package dev.localio.steps;

import java.io.IOException;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

/**
 * Opaque bytes as an RPC argument, encoded either as XDR fixed-length opaque (the bytes, padded)
 * or as variable-length opaque (a length word first): the two forms an rpcgen spec can declare.
 * Whole words sent in the fixed form are the argument's raw bytes on the wire.
 */
final class OpaqueArgument implements XdrAble {

    private final byte[] bytes;
    private final boolean variable;

    OpaqueArgument(byte[] bytes, boolean variable) {
        this.bytes = bytes;
        this.variable = variable;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) throws IOException {
        if (variable) {
            xdr.xdrEncodeDynamicOpaque(bytes);
        } else {
            xdr.xdrEncodeOpaque(bytes, bytes.length);
        }
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) {
        throw new UnsupportedOperationException("an argument is only sent");
    }
}

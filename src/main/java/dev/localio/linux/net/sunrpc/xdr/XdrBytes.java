package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.Xdr;

import java.io.IOException;

/**
 * Helpers for opaque bodies that are themselves XDR (layout and device address bodies): the encoded
 * bytes of a stream, bounded array counts, and the check that nothing is left over.
 *
 * <p>Models the kernel's use of a nested {@code xdr_stream} over an opaque's bytes
 * ({@code xdr_init_decode()} on {@code loc_body} in fs/nfs/flexfilelayout/).
 */
final class XdrBytes {

    private XdrBytes() {
    }

    /** The bytes written to {@code xdr} after {@code endEncoding()}. */
    static byte[] of(Xdr xdr) {
        return xdr.getBytes();
    }

    /** An array count of at most {@code max}. */
    static int count(Xdr xdr, int max) throws IOException {
        int n = xdr.xdrDecodeInt();
        if (n < 0 || n > max) {
            throw new IOException("array of " + n + " (at most " + max + ")");
        }
        return n;
    }

    /** Fails if bytes are left after a body. */
    static void requireEnd(Xdr xdr, String what) throws IOException {
        if (xdr.hasMoreData()) {
            throw new IOException("bytes left over after " + what);
        }
    }
}

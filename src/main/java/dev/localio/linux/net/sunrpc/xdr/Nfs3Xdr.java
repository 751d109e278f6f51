package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.net.sunrpc.XdrEnum;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The small XDR pieces NFSv3 messages are made of: enums that must be known, optional attributes, file
 * names, the 8-byte verifiers. A decoder that meets something invalid throws {@link IOException}, which
 * the server answers with GARBAGE_ARGS and the client reports as an unparsable reply (EIO).
 *
 * <p>Models fs/nfs/nfs3xdr.c and fs/nfsd/nfs3xdr.c helpers ({@code decode_post_op_attr()},
 * {@code encode_filename3()}, {@code svcxdr_decode_filename3()}, {@code encode_writeverf3()}).
 */
final class Nfs3Xdr {

    private Nfs3Xdr() {
    }

    /** Decodes an enum that must be one of {@code type}'s constants. */
    static <E extends Enum<E> & XdrEnum> E decodeEnum(XdrDecodingStream xdr, Class<E> type) throws IOException {
        int value = xdr.xdrDecodeInt();
        E constant = XdrEnum.fromValue(type, value);
        if (constant == null) {
            throw new IOException("no " + type.getSimpleName() + " has value " + value);
        }
        return constant;
    }

    /** Encodes {@code post_op_attr}: a boolean, then the attributes if present. */
    static void encodePostOpAttr(XdrEncodingStream xdr, Fattr3 attributes) throws IOException {
        xdr.xdrEncodeBoolean(attributes != null);
        if (attributes != null) {
            attributes.encode(xdr);
        }
    }

    /** Decodes {@code post_op_attr}; {@code null} when the server sent none. */
    static Fattr3 decodePostOpAttr(XdrDecodingStream xdr) throws IOException {
        return xdr.xdrDecodeBoolean() ? Fattr3.decode(xdr) : null;
    }

    /** Encodes a {@code filename3}. */
    static void encodeFilename3(XdrEncodingStream xdr, String name) {
        xdr.xdrEncodeDynamicOpaque(name.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a {@code filename3}: not empty, at most {@link Nfs3#NFS3_MAXNAMLEN} bytes. */
    static String decodeFilename3(XdrDecodingStream xdr) throws IOException {
        int length = xdr.xdrDecodeInt();
        if (length <= 0 || length > Nfs3.NFS3_MAXNAMLEN) {
            throw new IOException("filename3 of " + length + " bytes");
        }
        return new String(xdr.xdrDecodeOpaque(length), StandardCharsets.UTF_8);
    }

    /** Encodes an 8-byte verifier ({@code writeverf3}, {@code createverf3}) held as a big-endian long. */
    static void encodeVerifier(XdrEncodingStream xdr, long verifier) {
        xdr.xdrEncodeLong(verifier);
    }

    /** Decodes an 8-byte verifier into a big-endian long. */
    static long decodeVerifier(XdrDecodingStream xdr) throws IOException {
        return xdr.xdrDecodeLong();
    }

    /** Throws unless {@code status} is an error status: failure results must carry one. */
    static Nfsstat3 requireError(Nfsstat3 status) {
        if (status == null || status == Nfsstat3.NFS3_OK) {
            throw new IllegalArgumentException("a failed result needs an error status, not " + status);
        }
        return status;
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.net.sunrpc.XdrEnum;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The small XDR pieces NFSv3 messages are made of: enums that must be known, optional items (attributes,
 * handles, the fields of {@code sattr3}), file names, the 8-byte verifiers. A decoder that meets something invalid throws {@link IOException}, which
 * the server answers with GARBAGE_ARGS and the client reports as an unparsable reply (EIO).
 *
 * <p>Models fs/nfs/nfs3xdr.c and fs/nfsd/nfs3xdr.c helpers ({@code decode_post_op_attr()},
 * {@code decode_post_op_fh3()}, {@code encode_filename3()}, {@code svcxdr_decode_filename3()}, {@code encode_writeverf3()}).
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

    /** How an optional item's value goes on the wire. */
    @FunctionalInterface
    interface Encoder<T> {
        void encode(XdrEncodingStream xdr, T value);
    }

    /** How an optional item's value comes off the wire. */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(XdrDecodingStream xdr) throws IOException;
    }

    /**
     * Encodes an optional item, as NFSv3 sends {@code post_op_attr}, {@code post_op_fh3},
     * {@code pre_op_attr}, {@code sattrguard3} and each {@code set_*} field of {@code sattr3}: a
     * boolean, then the value if there is one ({@code null}: none).
     */
    static <T> void encodeOptional(XdrEncodingStream xdr, T value, Encoder<T> encoder) {
        xdr.xdrEncodeBoolean(value != null);
        if (value != null) {
            encoder.encode(xdr, value);
        }
    }

    /** Decodes an optional item; {@code null} when there is none. */
    static <T> T decodeOptional(XdrDecodingStream xdr, Decoder<T> decoder) throws IOException {
        return xdr.xdrDecodeBoolean() ? decoder.decode(xdr) : null;
    }

    /** Encodes {@code post_op_attr}. */
    static void encodePostOpAttr(XdrEncodingStream xdr, Fattr3 attributes) {
        encodeOptional(xdr, attributes, (x, a) -> a.encode(x));
    }

    /** Decodes {@code post_op_attr}; {@code null} when the server sent none. */
    static Fattr3 decodePostOpAttr(XdrDecodingStream xdr) throws IOException {
        return decodeOptional(xdr, Fattr3::decode);
    }

    /** Encodes {@code post_op_fh3}. */
    static void encodePostOpFh3(XdrEncodingStream xdr, NfsFh fh) {
        encodeOptional(xdr, fh, (x, f) -> f.encodeNfsFh3(x));
    }

    /** Decodes {@code post_op_fh3}; {@code null} when the server sent none. */
    static NfsFh decodePostOpFh3(XdrDecodingStream xdr) throws IOException {
        return decodeOptional(xdr, NfsFh::decodeNfsFh3);
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

package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.kernel.KernelSymbol;
import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The argument of LOCALIO's UUID_IS_LOCAL: the client's nonce as a fixed-size opaque of
 * {@link Nfs#UUID_SIZE} bytes, so exactly 16 bytes on the wire with no length word (localio.rst: "the
 * fixed size opaque encode and decode XDR methods are used"). The reply has no body. The bytes are the
 * UUID's RFC 9562 big-endian form, as {@code export_uuid()} writes them.
 *
 * <p>Models fs/nfsd/localio.c: {@code struct localio_uuidarg}, {@code localio_decode_uuidarg()};
 * fs/nfs/localio.c: {@code localio_xdr_enc_uuidargs()}, which writes it with {@code encode_opaque_fixed()}
 * (include/linux/nfs_xdr.h).
 */
public final class LocalioUuidArg implements XdrAble {

    private UUID uuid;

    /** An argument to decode into. */
    public LocalioUuidArg() {
    }

    /** The argument carrying {@code uuid}. */
    public LocalioUuidArg(UUID uuid) {
        this.uuid = uuid;
    }

    /** The nonce. */
    public UUID uuid() {
        return uuid;
    }

    @KernelSymbol(value = "encode_opaque_fixed()", file = "include/linux/nfs_xdr.h")
    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        ByteBuffer raw = ByteBuffer.allocate(Nfs.UUID_SIZE);
        raw.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        xdr.xdrEncodeOpaque(raw.array(), Nfs.UUID_SIZE);
    }

    @KernelSymbol(value = "localio_decode_uuidarg()", file = "fs/nfsd/localio.c")
    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        ByteBuffer raw = ByteBuffer.wrap(xdr.xdrDecodeOpaque(Nfs.UUID_SIZE));
        uuid = new UUID(raw.getLong(), raw.getLong());
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * WRITE arguments (RFC 1813 section 3.3.7, {@code WRITE3args}): file, offset, count, how stable the write
 * must be, and the data. The count is the data's length; arguments where they differ do not decode (as in
 * nfsd, GARBAGE_ARGS).
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_enc_write3args()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_decode_writeargs()}.
 */
public final class Write3Args implements XdrAble {

    private NfsFh file;
    private long offset;
    private StableHow stable;
    private byte[] data;

    /** Arguments to decode into. */
    public Write3Args() {
    }

    /** Writes {@code data} to {@code file} at {@code offset} with durability {@code stable}. */
    public Write3Args(NfsFh file, long offset, StableHow stable, byte[] data) {
        this.file = file;
        this.offset = offset;
        this.stable = stable;
        this.data = data.clone();
    }

    /** The file. */
    public NfsFh file() {
        return file;
    }

    /** Where to write. */
    public long offset() {
        return offset;
    }

    /** Bytes to write (the data's length). */
    public int count() {
        return data.length;
    }

    /** The durability asked for. */
    public StableHow stable() {
        return stable;
    }

    /** A copy of the data. */
    public byte[] data() {
        return data.clone();
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        file.encodeNfsFh3(xdr);
        xdr.xdrEncodeLong(offset);
        xdr.xdrEncodeInt(data.length);
        xdr.xdrEncodeInt(stable.value());
        xdr.xdrEncodeDynamicOpaque(data);
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        file = NfsFh.decodeNfsFh3(xdr);
        offset = xdr.xdrDecodeLong();
        int count = xdr.xdrDecodeInt();
        stable = Nfs3Xdr.decodeEnum(xdr, StableHow.class);
        data = xdr.xdrDecodeDynamicOpaque();
        if (count != data.length) {
            throw new IOException("WRITE3args count " + count + " but " + data.length + " bytes of data");
        }
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * READ arguments (RFC 1813 section 3.3.6, {@code READ3args}): file, offset, byte count.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_enc_read3args()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_decode_readargs()}.
 */
public final class Read3Args implements XdrAble {

    private NfsFh file;
    private long offset;
    private int count;

    /** Arguments to decode into. */
    public Read3Args() {
    }

    /** Reads {@code count} bytes of {@code file} from {@code offset}. */
    public Read3Args(NfsFh file, long offset, int count) {
        this.file = file;
        this.offset = offset;
        this.count = count;
    }

    /** The file. */
    public NfsFh file() {
        return file;
    }

    /** Where to start. */
    public long offset() {
        return offset;
    }

    /** How many bytes (unsigned). */
    public int count() {
        return count;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        file.encodeNfsFh3(xdr);
        xdr.xdrEncodeLong(offset);
        xdr.xdrEncodeInt(count);
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        file = NfsFh.decodeNfsFh3(xdr);
        offset = xdr.xdrDecodeLong();
        count = xdr.xdrDecodeInt();
    }
}

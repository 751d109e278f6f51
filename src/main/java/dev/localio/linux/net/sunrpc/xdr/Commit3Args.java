package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * COMMIT arguments (RFC 1813 section 3.3.21, {@code COMMIT3args}): file, offset, count; count 0 means to
 * the end of the file.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_enc_commit3args()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_decode_commitargs()}.
 */
public final class Commit3Args implements XdrAble {

    private NfsFh file;
    private long offset;
    private int count;

    /** Arguments to decode into. */
    public Commit3Args() {
    }

    /** Commits {@code count} bytes of {@code file} from {@code offset} (0: to the end). */
    public Commit3Args(NfsFh file, long offset, int count) {
        this.file = file;
        this.offset = offset;
        this.count = count;
    }

    /** The file. */
    public NfsFh file() {
        return file;
    }

    /** Where the range starts. */
    public long offset() {
        return offset;
    }

    /** The range's length (unsigned); 0 for the whole file from {@link #offset()}. */
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

package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * GETATTR arguments (RFC 1813 section 3.3.1, {@code GETATTR3args}): the file.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_enc_getattr3args()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_decode_fhandleargs()}.
 */
public final class Getattr3Args implements XdrAble {

    private NfsFh object;

    /** Arguments to decode into. */
    public Getattr3Args() {
    }

    /** Arguments for {@code object}. */
    public Getattr3Args(NfsFh object) {
        this.object = object;
    }

    /** The file. */
    public NfsFh object() {
        return object;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        object.encodeNfsFh3(xdr);
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        object = NfsFh.decodeNfsFh3(xdr);
    }
}

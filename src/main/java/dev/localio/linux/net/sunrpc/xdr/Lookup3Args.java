package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * LOOKUP arguments (RFC 1813 section 3.3.3, {@code LOOKUP3args} = {@code diropargs3}): a directory and a
 * name in it.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_enc_lookup3args()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_decode_diropargs()}.
 */
public final class Lookup3Args implements XdrAble {

    private NfsFh dir;
    private String name;

    /** Arguments to decode into. */
    public Lookup3Args() {
    }

    /** Looks {@code name} up in {@code dir}. */
    public Lookup3Args(NfsFh dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    /** The directory. */
    public NfsFh dir() {
        return dir;
    }

    /** The name. */
    public String name() {
        return name;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        dir.encodeNfsFh3(xdr);
        Nfs3Xdr.encodeFilename3(xdr, name);
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        dir = NfsFh.decodeNfsFh3(xdr);
        name = Nfs3Xdr.decodeFilename3(xdr);
    }
}

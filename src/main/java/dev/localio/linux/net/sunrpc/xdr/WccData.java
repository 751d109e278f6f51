package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * Weak cache consistency data: the attributes before and after a change, either of which the server may
 * omit (RFC 1813 section 2.6, {@code wcc_data} = {@code pre_op_attr} + {@code post_op_attr}).
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code decode_wcc_data()}; fs/nfsd/nfs3xdr.c: {@code svcxdr_encode_wcc_data()}.
 *
 * @param before attributes before the change, or {@code null}
 * @param after  attributes after the change, or {@code null}
 */
public record WccData(WccAttr before, Fattr3 after) {

    /** Neither before nor after attributes. */
    public static final WccData NONE = new WccData(null, null);

    void encode(XdrEncodingStream xdr) throws IOException {
        Nfs3Xdr.encodeOptional(xdr, before, (x, b) -> b.encode(x));
        Nfs3Xdr.encodePostOpAttr(xdr, after);
    }

    static WccData decode(XdrDecodingStream xdr) throws IOException {
        WccAttr before = Nfs3Xdr.decodeOptional(xdr, WccAttr::decode);
        return new WccData(before, Nfs3Xdr.decodePostOpAttr(xdr));
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * SETATTR results (RFC 1813 section 3.3.2, {@code SETATTR3res}): the status and, success or not, the
 * file's weak cache consistency data.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_dec_setattr3res()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_encode_wccstat()}.
 */
public final class Setattr3Res implements XdrAble {

    private Nfsstat3 status;
    private WccData objWcc;

    /** Results to decode into. */
    public Setattr3Res() {
    }

    /** Results with {@code status} (NFS3_OK or an error) and the file's before/after attributes. */
    public Setattr3Res(Nfsstat3 status, WccData objWcc) {
        this.status = status;
        this.objWcc = objWcc;
    }

    /** The status. */
    public Nfsstat3 status() {
        return status;
    }

    /** The file's before and after attributes. */
    public WccData objWcc() {
        return objWcc;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) throws IOException {
        xdr.xdrEncodeInt(status.value());
        objWcc.encode(xdr);
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        status = Nfs3Xdr.decodeEnum(xdr, Nfsstat3.class);
        objWcc = WccData.decode(xdr);
    }
}

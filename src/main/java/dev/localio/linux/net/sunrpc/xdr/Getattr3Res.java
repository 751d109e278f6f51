package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * GETATTR results (RFC 1813 section 3.3.1, {@code GETATTR3res}): the status, and the attributes on success.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_dec_getattr3res()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_encode_getattrres()}.
 */
public final class Getattr3Res implements XdrAble {

    private Nfsstat3 status;
    private Fattr3 objAttributes;

    /** Results to decode into. */
    public Getattr3Res() {
    }

    /** Success with the file's attributes. */
    public static Getattr3Res ok(Fattr3 objAttributes) {
        Getattr3Res res = new Getattr3Res();
        res.status = Nfsstat3.NFS3_OK;
        res.objAttributes = objAttributes;
        return res;
    }

    /** Failure with {@code status}. */
    public static Getattr3Res fail(Nfsstat3 status) {
        Getattr3Res res = new Getattr3Res();
        res.status = Nfs3Xdr.requireError(status);
        return res;
    }

    /** The status. */
    public Nfsstat3 status() {
        return status;
    }

    /** The attributes on success, else {@code null}. */
    public Fattr3 objAttributes() {
        return objAttributes;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        xdr.xdrEncodeInt(status.value());
        if (status == Nfsstat3.NFS3_OK) {
            objAttributes.encode(xdr);
        }
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        status = Nfs3Xdr.decodeEnum(xdr, Nfsstat3.class);
        objAttributes = status == Nfsstat3.NFS3_OK ? Fattr3.decode(xdr) : null;
    }
}

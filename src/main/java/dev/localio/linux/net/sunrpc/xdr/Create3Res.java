package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * CREATE results (RFC 1813 section 3.3.8, {@code CREATE3res}): on success the new file's handle and
 * attributes (either may be absent: {@code post_op_fh3}, {@code post_op_attr}); always the directory's
 * weak cache consistency data.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_dec_create3res()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_encode_createres()}.
 */
public final class Create3Res implements XdrAble {

    private Nfsstat3 status;
    private NfsFh object;
    private Fattr3 objAttributes;
    private WccData dirWcc;

    /** Results to decode into. */
    public Create3Res() {
    }

    /** Success: the new file (handle and attributes may be {@code null}) and the directory's change. */
    public static Create3Res ok(NfsFh object, Fattr3 objAttributes, WccData dirWcc) {
        Create3Res res = new Create3Res();
        res.status = Nfsstat3.NFS3_OK;
        res.object = object;
        res.objAttributes = objAttributes;
        res.dirWcc = dirWcc;
        return res;
    }

    /** Failure with {@code status}. */
    public static Create3Res fail(Nfsstat3 status, WccData dirWcc) {
        Create3Res res = new Create3Res();
        res.status = Nfs3Xdr.requireError(status);
        res.dirWcc = dirWcc;
        return res;
    }

    /** The status. */
    public Nfsstat3 status() {
        return status;
    }

    /** The new file's handle, or {@code null}. */
    public NfsFh object() {
        return object;
    }

    /** The new file's attributes, or {@code null}. */
    public Fattr3 objAttributes() {
        return objAttributes;
    }

    /** The directory's before and after attributes. */
    public WccData dirWcc() {
        return dirWcc;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) throws IOException {
        xdr.xdrEncodeInt(status.value());
        if (status == Nfsstat3.NFS3_OK) {
            Nfs3Xdr.encodePostOpFh3(xdr, object);
            Nfs3Xdr.encodePostOpAttr(xdr, objAttributes);
        }
        dirWcc.encode(xdr);
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        status = Nfs3Xdr.decodeEnum(xdr, Nfsstat3.class);
        if (status == Nfsstat3.NFS3_OK) {
            object = Nfs3Xdr.decodePostOpFh3(xdr);
            objAttributes = Nfs3Xdr.decodePostOpAttr(xdr);
        }
        dirWcc = WccData.decode(xdr);
    }
}

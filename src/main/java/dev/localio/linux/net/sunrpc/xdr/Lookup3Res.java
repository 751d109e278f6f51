package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * LOOKUP results (RFC 1813 section 3.3.3, {@code LOOKUP3res}): on success the file's handle and attributes
 * and the directory's attributes; on failure the directory's attributes only. Attributes may be absent.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_dec_lookup3res()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_encode_lookupres()}.
 */
public final class Lookup3Res implements XdrAble {

    private Nfsstat3 status;
    private NfsFh object;
    private Fattr3 objAttributes;
    private Fattr3 dirAttributes;

    /** Results to decode into. */
    public Lookup3Res() {
    }

    /** Success: the file found and the attributes known. */
    public static Lookup3Res ok(NfsFh object, Fattr3 objAttributes, Fattr3 dirAttributes) {
        Lookup3Res res = new Lookup3Res();
        res.status = Nfsstat3.NFS3_OK;
        res.object = object;
        res.objAttributes = objAttributes;
        res.dirAttributes = dirAttributes;
        return res;
    }

    /** Failure with {@code status} and the directory's attributes (or {@code null}). */
    public static Lookup3Res fail(Nfsstat3 status, Fattr3 dirAttributes) {
        Lookup3Res res = new Lookup3Res();
        res.status = Nfs3Xdr.requireError(status);
        res.dirAttributes = dirAttributes;
        return res;
    }

    /** The status. */
    public Nfsstat3 status() {
        return status;
    }

    /** The file's handle on success, else {@code null}. */
    public NfsFh object() {
        return object;
    }

    /** The file's attributes, or {@code null}. */
    public Fattr3 objAttributes() {
        return objAttributes;
    }

    /** The directory's attributes, or {@code null}. */
    public Fattr3 dirAttributes() {
        return dirAttributes;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) throws IOException {
        xdr.xdrEncodeInt(status.value());
        if (status == Nfsstat3.NFS3_OK) {
            object.encodeNfsFh3(xdr);
            Nfs3Xdr.encodePostOpAttr(xdr, objAttributes);
        }
        Nfs3Xdr.encodePostOpAttr(xdr, dirAttributes);
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        status = Nfs3Xdr.decodeEnum(xdr, Nfsstat3.class);
        if (status == Nfsstat3.NFS3_OK) {
            object = NfsFh.decodeNfsFh3(xdr);
            objAttributes = Nfs3Xdr.decodePostOpAttr(xdr);
        }
        dirAttributes = Nfs3Xdr.decodePostOpAttr(xdr);
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * SETATTR arguments (RFC 1813 section 3.3.2, {@code SETATTR3args}): the file, what to set, and an optional
 * guard (apply only if the file's ctime still equals it).
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_enc_setattr3args()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_decode_sattrargs()}.
 */
public final class Setattr3Args implements XdrAble {

    private NfsFh object;
    private Sattr3 newAttributes;
    private Nfstime3 guardCtime;

    /** Arguments to decode into. */
    public Setattr3Args() {
    }

    /** Sets {@code newAttributes} on {@code object}, if its ctime is {@code guardCtime} (unless {@code null}). */
    public Setattr3Args(NfsFh object, Sattr3 newAttributes, Nfstime3 guardCtime) {
        this.object = object;
        this.newAttributes = newAttributes;
        this.guardCtime = guardCtime;
    }

    /** The file. */
    public NfsFh object() {
        return object;
    }

    /** What to set. */
    public Sattr3 newAttributes() {
        return newAttributes;
    }

    /** The ctime guard, or {@code null} for none. */
    public Nfstime3 guardCtime() {
        return guardCtime;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        object.encodeNfsFh3(xdr);
        newAttributes.encode(xdr);
        Nfs3Xdr.encodeOptional(xdr, guardCtime, (x, t) -> t.encode(x));
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        object = NfsFh.decodeNfsFh3(xdr);
        newAttributes = Sattr3.decode(xdr);
        guardCtime = Nfs3Xdr.decodeOptional(xdr, Nfstime3::decode);
    }
}

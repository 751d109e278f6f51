package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * COMMIT results (RFC 1813 section 3.3.21, {@code COMMIT3res}): the file's weak cache consistency data
 * and, on success, the write verifier the committed data was written under.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_dec_commit3res()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_encode_commitres()}.
 */
public final class Commit3Res implements XdrAble {

    private Nfsstat3 status;
    private WccData fileWcc;
    private long verf;

    /** Results to decode into. */
    public Commit3Res() {
    }

    /** Success under write verifier {@code verf}. */
    public static Commit3Res ok(WccData fileWcc, long verf) {
        Commit3Res res = new Commit3Res();
        res.status = Nfsstat3.NFS3_OK;
        res.fileWcc = fileWcc;
        res.verf = verf;
        return res;
    }

    /** Failure with {@code status}. */
    public static Commit3Res fail(Nfsstat3 status, WccData fileWcc) {
        Commit3Res res = new Commit3Res();
        res.status = Nfs3Xdr.requireError(status);
        res.fileWcc = fileWcc;
        return res;
    }

    /** The status. */
    public Nfsstat3 status() {
        return status;
    }

    /** The file's before and after attributes. */
    public WccData fileWcc() {
        return fileWcc;
    }

    /** The write verifier ({@code writeverf3}); 0 on failure. */
    public long verf() {
        return verf;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) throws IOException {
        xdr.xdrEncodeInt(status.value());
        fileWcc.encode(xdr);
        if (status == Nfsstat3.NFS3_OK) {
            Nfs3Xdr.encodeVerifier(xdr, verf);
        }
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        status = Nfs3Xdr.decodeEnum(xdr, Nfsstat3.class);
        fileWcc = WccData.decode(xdr);
        verf = status == Nfsstat3.NFS3_OK ? Nfs3Xdr.decodeVerifier(xdr) : 0;
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * WRITE results (RFC 1813 section 3.3.7, {@code WRITE3res}): the file's weak cache consistency data and,
 * on success, bytes written, how stable they are, and the server's write verifier (8 bytes, held as a
 * big-endian long). A client that sees the verifier change must resend its unstable writes.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_dec_write3res()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_encode_writeres()}.
 */
public final class Write3Res implements XdrAble {

    private Nfsstat3 status;
    private WccData fileWcc;
    private int count;
    private StableHow committed;
    private long verf;

    /** Results to decode into. */
    public Write3Res() {
    }

    /** Success: {@code count} bytes written with durability {@code committed} under verifier {@code verf}. */
    public static Write3Res ok(WccData fileWcc, int count, StableHow committed, long verf) {
        Write3Res res = new Write3Res();
        res.status = Nfsstat3.NFS3_OK;
        res.fileWcc = fileWcc;
        res.count = count;
        res.committed = committed;
        res.verf = verf;
        return res;
    }

    /** Failure with {@code status}. */
    public static Write3Res fail(Nfsstat3 status, WccData fileWcc) {
        Write3Res res = new Write3Res();
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

    /** Bytes written. */
    public int count() {
        return count;
    }

    /** How durable the bytes are; {@code null} on failure. */
    public StableHow committed() {
        return committed;
    }

    /** The write verifier ({@code writeverf3}). */
    public long verf() {
        return verf;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) throws IOException {
        xdr.xdrEncodeInt(status.value());
        fileWcc.encode(xdr);
        if (status == Nfsstat3.NFS3_OK) {
            xdr.xdrEncodeInt(count);
            xdr.xdrEncodeInt(committed.value());
            Nfs3Xdr.encodeVerifier(xdr, verf);
        }
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        status = Nfs3Xdr.decodeEnum(xdr, Nfsstat3.class);
        fileWcc = WccData.decode(xdr);
        if (status == Nfsstat3.NFS3_OK) {
            count = xdr.xdrDecodeInt();
            committed = Nfs3Xdr.decodeEnum(xdr, StableHow.class);
            verf = Nfs3Xdr.decodeVerifier(xdr);
        }
    }
}

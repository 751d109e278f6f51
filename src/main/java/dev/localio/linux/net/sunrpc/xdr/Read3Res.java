package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * READ results (RFC 1813 section 3.3.6, {@code READ3res}): the file's attributes (may be absent) and, on
 * success, the count, whether the read reached end of file, and the data. The count always equals the
 * data's length; a reply where they differ does not decode.
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_dec_read3res()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_encode_readres()}.
 */
public final class Read3Res implements XdrAble {

    private Nfsstat3 status;
    private Fattr3 fileAttributes;
    private boolean eof;
    private byte[] data;

    /** Results to decode into. */
    public Read3Res() {
    }

    /** Success: {@code data} was read, {@code eof} says whether it ends at end of file. */
    public static Read3Res ok(Fattr3 fileAttributes, boolean eof, byte[] data) {
        Read3Res res = new Read3Res();
        res.status = Nfsstat3.NFS3_OK;
        res.fileAttributes = fileAttributes;
        res.eof = eof;
        res.data = data.clone();
        return res;
    }

    /** Failure with {@code status} and the file's attributes (or {@code null}). */
    public static Read3Res fail(Nfsstat3 status, Fattr3 fileAttributes) {
        Read3Res res = new Read3Res();
        res.status = Nfs3Xdr.requireError(status);
        res.fileAttributes = fileAttributes;
        return res;
    }

    /** The status. */
    public Nfsstat3 status() {
        return status;
    }

    /** The file's attributes, or {@code null}. */
    public Fattr3 fileAttributes() {
        return fileAttributes;
    }

    /** Bytes read (the data's length); 0 on failure. */
    public int count() {
        return data == null ? 0 : data.length;
    }

    /** Whether the read reached end of file. */
    public boolean eof() {
        return eof;
    }

    /** A copy of the data read; empty on failure. */
    public byte[] data() {
        return data == null ? new byte[0] : data.clone();
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) throws IOException {
        xdr.xdrEncodeInt(status.value());
        Nfs3Xdr.encodePostOpAttr(xdr, fileAttributes);
        if (status == Nfsstat3.NFS3_OK) {
            xdr.xdrEncodeInt(data.length);
            xdr.xdrEncodeBoolean(eof);
            xdr.xdrEncodeDynamicOpaque(data);
        }
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        status = Nfs3Xdr.decodeEnum(xdr, Nfsstat3.class);
        fileAttributes = Nfs3Xdr.decodePostOpAttr(xdr);
        if (status == Nfsstat3.NFS3_OK) {
            int count = xdr.xdrDecodeInt();
            eof = xdr.xdrDecodeBoolean();
            data = xdr.xdrDecodeDynamicOpaque();
            if (count != data.length) {
                throw new IOException("READ3res count " + count + " but " + data.length + " bytes of data");
            }
        }
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.util.Objects;

/**
 * The attributes SETATTR and CREATE set (RFC 1813 section 2.6, {@code sattr3}): each of mode, uid, gid and
 * size is set only when not {@code null}; each time is left, set to the server's clock, or set to the given
 * value.
 *
 * <p>Models include/linux/nfs_xdr.h: {@code struct iattr} as fs/nfs/nfs3xdr.c {@code encode_sattr3()}
 * writes it; fs/nfsd/nfs3xdr.c: {@code svcxdr_decode_sattr3()}.
 *
 * @param mode     new permission bits, or {@code null}
 * @param uid      new owner, or {@code null}
 * @param gid      new group, or {@code null}
 * @param size     new size, or {@code null}
 * @param atimeHow what to do with the access time
 * @param atime    the access time for {@link TimeHow#SET_TO_CLIENT_TIME}, else {@code null}
 * @param mtimeHow what to do with the modification time
 * @param mtime    the modification time for {@link TimeHow#SET_TO_CLIENT_TIME}, else {@code null}
 */
public record Sattr3(Integer mode, Integer uid, Integer gid, Long size, TimeHow atimeHow, Nfstime3 atime,
        TimeHow mtimeHow, Nfstime3 mtime) {

    /** Change nothing. */
    public static final Sattr3 NONE = new Sattr3(null, null, null, null, TimeHow.DONT_CHANGE, null,
            TimeHow.DONT_CHANGE, null);

    public Sattr3 {
        Objects.requireNonNull(atimeHow, "atimeHow");
        Objects.requireNonNull(mtimeHow, "mtimeHow");
        if ((atimeHow == TimeHow.SET_TO_CLIENT_TIME) != (atime != null)
                || (mtimeHow == TimeHow.SET_TO_CLIENT_TIME) != (mtime != null)) {
            throw new IllegalArgumentException("a time is given exactly when it is SET_TO_CLIENT_TIME");
        }
    }

    /** Only the mode. */
    public static Sattr3 ofMode(int mode) {
        return new Sattr3(mode, null, null, null, TimeHow.DONT_CHANGE, null, TimeHow.DONT_CHANGE, null);
    }

    void encode(XdrEncodingStream xdr) {
        Nfs3Xdr.encodeOptional(xdr, mode, XdrEncodingStream::xdrEncodeInt);
        Nfs3Xdr.encodeOptional(xdr, uid, XdrEncodingStream::xdrEncodeInt);
        Nfs3Xdr.encodeOptional(xdr, gid, XdrEncodingStream::xdrEncodeInt);
        Nfs3Xdr.encodeOptional(xdr, size, XdrEncodingStream::xdrEncodeLong);
        encodeTime(xdr, atimeHow, atime);
        encodeTime(xdr, mtimeHow, mtime);
    }

    private static void encodeTime(XdrEncodingStream xdr, TimeHow how, Nfstime3 time) {
        xdr.xdrEncodeInt(how.value());
        if (time != null) {
            time.encode(xdr);
        }
    }

    static Sattr3 decode(XdrDecodingStream xdr) throws IOException {
        Integer mode = Nfs3Xdr.decodeOptional(xdr, XdrDecodingStream::xdrDecodeInt);
        Integer uid = Nfs3Xdr.decodeOptional(xdr, XdrDecodingStream::xdrDecodeInt);
        Integer gid = Nfs3Xdr.decodeOptional(xdr, XdrDecodingStream::xdrDecodeInt);
        Long size = Nfs3Xdr.decodeOptional(xdr, XdrDecodingStream::xdrDecodeLong);
        TimeHow atimeHow = Nfs3Xdr.decodeEnum(xdr, TimeHow.class);
        Nfstime3 atime = atimeHow == TimeHow.SET_TO_CLIENT_TIME ? Nfstime3.decode(xdr) : null;
        TimeHow mtimeHow = Nfs3Xdr.decodeEnum(xdr, TimeHow.class);
        Nfstime3 mtime = mtimeHow == TimeHow.SET_TO_CLIENT_TIME ? Nfstime3.decode(xdr) : null;
        return new Sattr3(mode, uid, gid, size, atimeHow, atime, mtimeHow, mtime);
    }
}

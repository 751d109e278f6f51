package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.util.Objects;

/**
 * A file's attributes (RFC 1813 section 2.6, {@code fattr3}). Unsigned 32-bit fields (mode, nlink, uid,
 * gid, rdev) are Java ints holding the same bits.
 *
 * <p>Models include/linux/nfs_xdr.h: {@code struct nfs_fattr} as fs/nfs/nfs3xdr.c {@code decode_fattr3()}
 * fills it; fs/nfsd/nfs3xdr.c: {@code svcxdr_encode_fattr3()}.
 *
 * @param type      file type
 * @param mode      permission bits
 * @param nlink     hard links
 * @param uid       owner
 * @param gid       group
 * @param size      size in bytes
 * @param used      bytes allocated
 * @param rdevMajor device major number ({@code specdata1})
 * @param rdevMinor device minor number ({@code specdata2})
 * @param fsid      file system id
 * @param fileid    file id (inode number)
 * @param atime     last access
 * @param mtime     last modification
 * @param ctime     last attribute change
 */
public record Fattr3(Ftype3 type, int mode, int nlink, int uid, int gid, long size, long used, int rdevMajor,
        int rdevMinor, long fsid, long fileid, Nfstime3 atime, Nfstime3 mtime, Nfstime3 ctime) {

    public Fattr3 {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(atime, "atime");
        Objects.requireNonNull(mtime, "mtime");
        Objects.requireNonNull(ctime, "ctime");
    }

    void encode(XdrEncodingStream xdr) {
        xdr.xdrEncodeInt(type.value());
        xdr.xdrEncodeInt(mode);
        xdr.xdrEncodeInt(nlink);
        xdr.xdrEncodeInt(uid);
        xdr.xdrEncodeInt(gid);
        xdr.xdrEncodeLong(size);
        xdr.xdrEncodeLong(used);
        xdr.xdrEncodeInt(rdevMajor);
        xdr.xdrEncodeInt(rdevMinor);
        xdr.xdrEncodeLong(fsid);
        xdr.xdrEncodeLong(fileid);
        atime.encode(xdr);
        mtime.encode(xdr);
        ctime.encode(xdr);
    }

    static Fattr3 decode(XdrDecodingStream xdr) throws IOException {
        return new Fattr3(Nfs3Xdr.decodeEnum(xdr, Ftype3.class), xdr.xdrDecodeInt(), xdr.xdrDecodeInt(),
                xdr.xdrDecodeInt(), xdr.xdrDecodeInt(), xdr.xdrDecodeLong(), xdr.xdrDecodeLong(), xdr.xdrDecodeInt(),
                xdr.xdrDecodeInt(), xdr.xdrDecodeLong(), xdr.xdrDecodeLong(), Nfstime3.decode(xdr),
                Nfstime3.decode(xdr), Nfstime3.decode(xdr));
    }
}

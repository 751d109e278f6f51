package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.util.Objects;

/**
 * The attributes a server samples before changing a file, for the client's cache checks (RFC 1813
 * section 2.6, {@code wcc_attr}).
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code decode_wcc_attr()}; fs/nfsd/nfs3xdr.c: {@code svcxdr_encode_wcc_attr()}.
 *
 * @param size  size before the change
 * @param mtime modification time before the change
 * @param ctime change time before the change
 */
public record WccAttr(long size, Nfstime3 mtime, Nfstime3 ctime) {

    public WccAttr {
        Objects.requireNonNull(mtime, "mtime");
        Objects.requireNonNull(ctime, "ctime");
    }

    void encode(XdrEncodingStream xdr) {
        xdr.xdrEncodeLong(size);
        mtime.encode(xdr);
        ctime.encode(xdr);
    }

    static WccAttr decode(XdrDecodingStream xdr) throws IOException {
        return new WccAttr(xdr.xdrDecodeLong(), Nfstime3.decode(xdr), Nfstime3.decode(xdr));
    }
}

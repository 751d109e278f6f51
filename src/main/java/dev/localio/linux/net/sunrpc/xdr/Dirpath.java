package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The argument of MNT and UMNT (RFC 1813 appendix I, {@code dirpath}): the exported directory's path on
 * the server, a string of at most {@link Mount3#MNTPATHLEN} bytes.
 *
 * <p>Models fs/nfs/mount_clnt.c: {@code mnt_xdr_enc_dirpath()}; nfs-utils' mountd: {@code xdr_dirpath}.
 */
public final class Dirpath implements XdrAble {

    private String path;

    /** An argument to decode into. */
    public Dirpath() {
    }

    /** The path {@code path}. */
    public Dirpath(String path) {
        this.path = path;
    }

    /** The path. */
    public String path() {
        return path;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        xdr.xdrEncodeDynamicOpaque(path.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        int length = xdr.xdrDecodeInt();
        if (length < 0 || length > Mount3.MNTPATHLEN) {
            throw new IOException("dirpath of " + length + " bytes");
        }
        path = new String(xdr.xdrDecodeOpaque(length), StandardCharsets.UTF_8);
    }
}

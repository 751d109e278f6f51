package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;

/**
 * CREATE arguments (RFC 1813 section 3.3.8, {@code CREATE3args}): where (directory and name) and how:
 * UNCHECKED or GUARDED with initial attributes, or EXCLUSIVE with an 8-byte verifier (held as a big-endian
 * long).
 *
 * <p>Models fs/nfs/nfs3xdr.c: {@code nfs3_xdr_enc_create3args()}; fs/nfsd/nfs3xdr.c:
 * {@code nfs3svc_decode_createargs()}.
 */
public final class Create3Args implements XdrAble {

    private NfsFh dir;
    private String name;
    private Createmode3 mode;
    private Sattr3 objAttributes;
    private long verf;

    /** Arguments to decode into. */
    public Create3Args() {
    }

    /** An UNCHECKED or GUARDED create of {@code name} in {@code dir} with {@code objAttributes}. */
    public static Create3Args checked(NfsFh dir, String name, Createmode3 mode, Sattr3 objAttributes) {
        if (mode == Createmode3.NFS3_CREATE_EXCLUSIVE) {
            throw new IllegalArgumentException("an EXCLUSIVE create takes a verifier, not attributes");
        }
        Create3Args args = new Create3Args();
        args.dir = dir;
        args.name = name;
        args.mode = mode;
        args.objAttributes = objAttributes;
        return args;
    }

    /** An EXCLUSIVE create of {@code name} in {@code dir} with verifier {@code verf}. */
    public static Create3Args exclusive(NfsFh dir, String name, long verf) {
        Create3Args args = new Create3Args();
        args.dir = dir;
        args.name = name;
        args.mode = Createmode3.NFS3_CREATE_EXCLUSIVE;
        args.verf = verf;
        return args;
    }

    /** The directory. */
    public NfsFh dir() {
        return dir;
    }

    /** The new file's name. */
    public String name() {
        return name;
    }

    /** How to treat an existing file. */
    public Createmode3 mode() {
        return mode;
    }

    /** Initial attributes for UNCHECKED and GUARDED, else {@code null}. */
    public Sattr3 objAttributes() {
        return objAttributes;
    }

    /** The verifier of an EXCLUSIVE create ({@code createverf3}), else 0. */
    public long verf() {
        return verf;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        dir.encodeNfsFh3(xdr);
        Nfs3Xdr.encodeFilename3(xdr, name);
        xdr.xdrEncodeInt(mode.value());
        if (mode == Createmode3.NFS3_CREATE_EXCLUSIVE) {
            Nfs3Xdr.encodeVerifier(xdr, verf);
        } else {
            objAttributes.encode(xdr);
        }
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        dir = NfsFh.decodeNfsFh3(xdr);
        name = Nfs3Xdr.decodeFilename3(xdr);
        mode = Nfs3Xdr.decodeEnum(xdr, Createmode3.class);
        if (mode == Createmode3.NFS3_CREATE_EXCLUSIVE) {
            verf = Nfs3Xdr.decodeVerifier(xdr);
        } else {
            objAttributes = Sattr3.decode(xdr);
        }
    }
}

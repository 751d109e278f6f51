package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of an NFSv4 COMPOUND (RFC 5661 section 16.2, {@code COMPOUND4args}): a tag, the
 * minor version and the operations. The model knows three operations: PUTFH, LAYOUTGET and
 * GETDEVICEINFO; any other operation number does not decode (the server answers GARBAGE_ARGS where
 * a real one would answer {@code NFS4ERR_OP_ILLEGAL}). LAYOUTGET's stateid is the anonymous one.
 *
 * <p>Models fs/nfs/nfs4xdr.c: {@code nfs4_xdr_enc_layoutget()}, {@code nfs4_xdr_enc_getdeviceinfo()}
 * ({@code encode_putfh()}, {@code encode_layoutget()}, {@code encode_getdeviceinfo()});
 * fs/nfsd/nfs4xdr.c: {@code nfsd4_decode_compound()} for these operations.
 */
public final class Compound4Args implements XdrAble {

    /** One operation of the compound ({@code nfs_argop4}). */
    public sealed interface Op permits Putfh, Layoutget, Getdeviceinfo {
    }

    /** {@code PUTFH4args}: makes {@code fh} the current file handle. */
    public record Putfh(NfsFh fh) implements Op {
    }

    /**
     * {@code LAYOUTGET4args}: a layout of type {@code layoutType} for {@code iomode} over
     * {@code offset}..{@code offset + length} of the current file.
     */
    public record Layoutget(int layoutType, int iomode, long offset, long length, long minlength, int maxcount)
            implements Op {
    }

    /** {@code GETDEVICEINFO4args}: the address of device {@code deviceid} of {@code layoutType}. */
    public record Getdeviceinfo(byte[] deviceid, int layoutType, int maxcount) implements Op {
        public Getdeviceinfo {
            if (deviceid.length != Nfs4.NFS4_DEVICEID4_SIZE) {
                throw new IllegalArgumentException("a deviceid4 is 16 bytes");
            }
            deviceid = deviceid.clone();
        }

        @Override
        public byte[] deviceid() {
            return deviceid.clone();
        }
    }

    private String tag;
    private int minorversion;
    private List<Op> ops;

    /** Arguments to decode into. */
    public Compound4Args() {
    }

    /** A compound of {@code ops} for minor version {@code minorversion}. */
    public Compound4Args(String tag, int minorversion, List<Op> ops) {
        this.tag = tag;
        this.minorversion = minorversion;
        this.ops = List.copyOf(ops);
    }

    public String tag() {
        return tag;
    }

    public int minorversion() {
        return minorversion;
    }

    public List<Op> ops() {
        return ops;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        xdr.xdrEncodeDynamicOpaque(tag.getBytes(StandardCharsets.UTF_8));
        xdr.xdrEncodeInt(minorversion);
        xdr.xdrEncodeInt(ops.size());
        for (Op op : ops) {
            if (op instanceof Putfh p) {
                xdr.xdrEncodeInt(Nfs4.OP_PUTFH);
                xdr.xdrEncodeDynamicOpaque(p.fh().data());
            } else if (op instanceof Layoutget l) {
                xdr.xdrEncodeInt(Nfs4.OP_LAYOUTGET);
                xdr.xdrEncodeBoolean(false);
                xdr.xdrEncodeInt(l.layoutType());
                xdr.xdrEncodeInt(l.iomode());
                xdr.xdrEncodeLong(l.offset());
                xdr.xdrEncodeLong(l.length());
                xdr.xdrEncodeLong(l.minlength());
                Stateid4.ANONYMOUS.encode(xdr);
                xdr.xdrEncodeInt(l.maxcount());
            } else if (op instanceof Getdeviceinfo g) {
                xdr.xdrEncodeInt(Nfs4.OP_GETDEVICEINFO);
                xdr.xdrEncodeOpaque(g.deviceid(), Nfs4.NFS4_DEVICEID4_SIZE);
                xdr.xdrEncodeInt(g.layoutType());
                xdr.xdrEncodeInt(g.maxcount());
                xdr.xdrEncodeInt(0); // gdia_notify_types: an empty bitmap
            }
        }
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        tag = new String(xdr.xdrDecodeDynamicOpaque(), StandardCharsets.UTF_8);
        minorversion = xdr.xdrDecodeInt();
        int count = xdr.xdrDecodeInt();
        if (count < 0 || count > 16) {
            throw new IOException(count + " operations in a compound");
        }
        List<Op> decoded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int opnum = xdr.xdrDecodeInt();
            switch (opnum) {
                case Nfs4.OP_PUTFH -> decoded.add(new Putfh(decodeNfsFh4(xdr)));
                case Nfs4.OP_LAYOUTGET -> {
                    xdr.xdrDecodeBoolean();
                    int type = xdr.xdrDecodeInt();
                    int iomode = xdr.xdrDecodeInt();
                    long offset = xdr.xdrDecodeLong();
                    long length = xdr.xdrDecodeLong();
                    long minlength = xdr.xdrDecodeLong();
                    Stateid4.decode(xdr);
                    decoded.add(new Layoutget(type, iomode, offset, length, minlength, xdr.xdrDecodeInt()));
                }
                case Nfs4.OP_GETDEVICEINFO -> {
                    byte[] deviceid = xdr.xdrDecodeOpaque(Nfs4.NFS4_DEVICEID4_SIZE);
                    int type = xdr.xdrDecodeInt();
                    int maxcount = xdr.xdrDecodeInt();
                    int words = xdr.xdrDecodeInt();
                    for (int w = 0; w < words; w++) {
                        xdr.xdrDecodeInt();
                    }
                    decoded.add(new Getdeviceinfo(deviceid, type, maxcount));
                }
                default -> throw new IOException("operation " + opnum + " is not one the model decodes");
            }
        }
        ops = List.copyOf(decoded);
    }

    /** {@code nfs_fh4}: at most {@link Nfs#NFS4_FHSIZE} bytes. */
    static NfsFh decodeNfsFh4(XdrDecodingStream xdr) throws IOException {
        int length = xdr.xdrDecodeInt();
        if (length < 0 || length > Nfs.NFS4_FHSIZE) {
            throw new IOException("nfs_fh4 of " + length + " bytes");
        }
        return NfsFh.of(xdr.xdrDecodeOpaque(length));
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of an NFSv4 COMPOUND (RFC 5661 section 16.2, {@code COMPOUND4res}): the status of the
 * last operation done, the tag, and one result per operation done (processing stops at the first
 * error). Results of PUTFH, LAYOUTGET and GETDEVICEINFO.
 *
 * <p>Models fs/nfsd/nfs4xdr.c: {@code nfsd4_encode_compound()} ({@code nfsd4_encode_putfh},
 * {@code nfsd4_encode_layoutget()}, {@code nfsd4_encode_getdeviceinfo()}); fs/nfs/nfs4xdr.c:
 * {@code decode_layoutget()}, {@code decode_getdeviceinfo()}.
 */
public final class Compound4Res implements XdrAble {

    /** One operation's result ({@code nfs_resop4}). */
    public sealed interface Result permits PutfhRes, LayoutgetRes, GetdeviceinfoRes {
        /** The operation's {@code nfsstat4}. */
        int status();
    }

    /** {@code PUTFH4res}. */
    public record PutfhRes(int status) implements Result {
    }

    /**
     * One {@code layout4}: a byte range, its iomode, and the layout type's body (for flexible files,
     * an encoded {@link FfLayout4}).
     */
    public record Layout4(long offset, long length, int iomode, int type, byte[] body) {
        public Layout4 {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /** {@code LAYOUTGET4res}: on success, the layouts granted. */
    public record LayoutgetRes(int status, boolean returnOnClose, Stateid4 stateid, List<Layout4> layouts)
            implements Result {
        public LayoutgetRes {
            layouts = List.copyOf(layouts);
        }

        /** A failed LAYOUTGET. */
        public static LayoutgetRes fail(int status) {
            return new LayoutgetRes(status, false, Stateid4.ANONYMOUS, List.of());
        }
    }

    /**
     * {@code GETDEVICEINFO4res}: on success, the device's address ({@code device_addr4}: the layout
     * type and its body, for flexible files an encoded {@link FfDeviceAddr4}).
     */
    public record GetdeviceinfoRes(int status, int layoutType, byte[] addrBody) implements Result {
        public GetdeviceinfoRes {
            addrBody = addrBody.clone();
        }

        @Override
        public byte[] addrBody() {
            return addrBody.clone();
        }

        /** A failed GETDEVICEINFO. */
        public static GetdeviceinfoRes fail(int status) {
            return new GetdeviceinfoRes(status, 0, new byte[0]);
        }
    }

    private int status;
    private String tag;
    private List<Result> results;

    /** Results to decode into. */
    public Compound4Res() {
    }

    /** The results {@code results}; the compound's status is the last one's (NFS4_OK if none). */
    public Compound4Res(String tag, List<Result> results) {
        this(results.isEmpty() ? Nfs4.NFS4_OK : results.get(results.size() - 1).status(), tag, results);
    }

    /** A compound that ended with {@code status}, e.g. refused as a whole with no result. */
    public Compound4Res(int status, String tag, List<Result> results) {
        this.status = status;
        this.tag = tag;
        this.results = List.copyOf(results);
    }

    public int status() {
        return status;
    }

    public String tag() {
        return tag;
    }

    public List<Result> results() {
        return results;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        xdr.xdrEncodeInt(status);
        xdr.xdrEncodeDynamicOpaque(tag.getBytes(StandardCharsets.UTF_8));
        xdr.xdrEncodeInt(results.size());
        for (Result r : results) {
            if (r instanceof PutfhRes p) {
                xdr.xdrEncodeInt(Nfs4.OP_PUTFH);
                xdr.xdrEncodeInt(p.status());
            } else if (r instanceof LayoutgetRes l) {
                xdr.xdrEncodeInt(Nfs4.OP_LAYOUTGET);
                xdr.xdrEncodeInt(l.status());
                if (l.status() == Nfs4.NFS4_OK) {
                    xdr.xdrEncodeBoolean(l.returnOnClose());
                    l.stateid().encode(xdr);
                    xdr.xdrEncodeInt(l.layouts().size());
                    for (Layout4 layout : l.layouts()) {
                        xdr.xdrEncodeLong(layout.offset());
                        xdr.xdrEncodeLong(layout.length());
                        xdr.xdrEncodeInt(layout.iomode());
                        xdr.xdrEncodeInt(layout.type());
                        xdr.xdrEncodeDynamicOpaque(layout.body());
                    }
                }
            } else if (r instanceof GetdeviceinfoRes g) {
                xdr.xdrEncodeInt(Nfs4.OP_GETDEVICEINFO);
                xdr.xdrEncodeInt(g.status());
                if (g.status() == Nfs4.NFS4_OK) {
                    xdr.xdrEncodeInt(g.layoutType());
                    xdr.xdrEncodeDynamicOpaque(g.addrBody());
                    xdr.xdrEncodeInt(0); // gdir_notification: an empty bitmap
                }
            }
        }
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        status = xdr.xdrDecodeInt();
        tag = new String(xdr.xdrDecodeDynamicOpaque(), StandardCharsets.UTF_8);
        int count = xdr.xdrDecodeInt();
        if (count < 0 || count > 16) {
            throw new IOException(count + " results in a compound");
        }
        List<Result> decoded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int opnum = xdr.xdrDecodeInt();
            int opStatus = xdr.xdrDecodeInt();
            switch (opnum) {
                case Nfs4.OP_PUTFH -> decoded.add(new PutfhRes(opStatus));
                case Nfs4.OP_LAYOUTGET -> decoded.add(opStatus != Nfs4.NFS4_OK ? LayoutgetRes.fail(opStatus)
                        : decodeLayoutget(xdr));
                case Nfs4.OP_GETDEVICEINFO -> {
                    if (opStatus != Nfs4.NFS4_OK) {
                        decoded.add(GetdeviceinfoRes.fail(opStatus));
                    } else {
                        int type = xdr.xdrDecodeInt();
                        byte[] body = xdr.xdrDecodeDynamicOpaque();
                        int words = xdr.xdrDecodeInt();
                        for (int w = 0; w < words; w++) {
                            xdr.xdrDecodeInt();
                        }
                        decoded.add(new GetdeviceinfoRes(opStatus, type, body));
                    }
                }
                default -> throw new IOException("result of operation " + opnum + " is not one the model decodes");
            }
        }
        results = List.copyOf(decoded);
    }

    private static LayoutgetRes decodeLayoutget(XdrDecodingStream xdr) throws IOException {
        boolean returnOnClose = xdr.xdrDecodeBoolean();
        Stateid4 stateid = Stateid4.decode(xdr);
        int n = xdr.xdrDecodeInt();
        if (n < 0 || n > 16) {
            throw new IOException(n + " layouts");
        }
        List<Layout4> layouts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            layouts.add(new Layout4(xdr.xdrDecodeLong(), xdr.xdrDecodeLong(), xdr.xdrDecodeInt(), xdr.xdrDecodeInt(),
                    xdr.xdrDecodeDynamicOpaque()));
        }
        return new LayoutgetRes(Nfs4.NFS4_OK, returnOnClose, stateid, layouts);
    }
}

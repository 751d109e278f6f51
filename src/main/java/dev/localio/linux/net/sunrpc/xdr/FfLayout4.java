package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.Xdr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a flexible file layout (RFC 8435 section 5.1, {@code ff_layout4}): the stripe unit,
 * the mirrors, each a list of data servers (device id, efficiency, stateid, the file's handle on the
 * data server for each of its versions, and the synthetic user and group for loosely coupled
 * servers), flags and a statistics hint. The model's layouts have one mirror of one data server.
 *
 * <p>Models fs/nfs/flexfilelayout/flexfilelayout.c: {@code ff_layout_alloc_lseg()}'s decoding;
 * fs/nfsd/flexfilelayoutxdr.c: {@code nfsd4_ff_encode_layoutget()}.
 *
 * @param stripeUnit       {@code ffl_stripe_unit}
 * @param mirrors          {@code ffl_mirrors}
 * @param flags            {@code ffl_flags}
 * @param statsCollectHint {@code ffl_stats_collect_hint}
 */
public record FfLayout4(long stripeUnit, List<List<FfDataServer4>> mirrors, int flags, int statsCollectHint) {

    /** {@code ff_data_server4}. */
    public record FfDataServer4(byte[] deviceid, int efficiency, Stateid4 stateid, List<NfsFh> fhVers, String user,
            String group) {
        public FfDataServer4 {
            if (deviceid.length != Nfs4.NFS4_DEVICEID4_SIZE) {
                throw new IllegalArgumentException("a deviceid4 is 16 bytes");
            }
            deviceid = deviceid.clone();
            fhVers = List.copyOf(fhVers);
        }

        @Override
        public byte[] deviceid() {
            return deviceid.clone();
        }
    }

    public FfLayout4 {
        List<List<FfDataServer4>> copy = new ArrayList<>();
        mirrors.forEach(m -> copy.add(List.copyOf(m)));
        mirrors = List.copyOf(copy);
    }

    /** The XDR bytes of the body ({@code loc_body}). */
    public byte[] encode() {
        Xdr xdr = new Xdr(256);
        xdr.beginEncoding();
        xdr.xdrEncodeLong(stripeUnit);
        xdr.xdrEncodeInt(mirrors.size());
        for (List<FfDataServer4> mirror : mirrors) {
            xdr.xdrEncodeInt(mirror.size());
            for (FfDataServer4 ds : mirror) {
                xdr.xdrEncodeOpaque(ds.deviceid(), Nfs4.NFS4_DEVICEID4_SIZE);
                xdr.xdrEncodeInt(ds.efficiency());
                ds.stateid().encode(xdr);
                xdr.xdrEncodeInt(ds.fhVers().size());
                for (NfsFh fh : ds.fhVers()) {
                    xdr.xdrEncodeDynamicOpaque(fh.data());
                }
                xdr.xdrEncodeDynamicOpaque(ds.user().getBytes(StandardCharsets.UTF_8));
                xdr.xdrEncodeDynamicOpaque(ds.group().getBytes(StandardCharsets.UTF_8));
            }
        }
        xdr.xdrEncodeInt(flags);
        xdr.xdrEncodeInt(statsCollectHint);
        xdr.endEncoding();
        return XdrBytes.of(xdr);
    }

    /**
     * Decodes a body.
     *
     * @throws IOException if the bytes are not an {@code ff_layout4}
     */
    public static FfLayout4 decode(byte[] body) throws IOException {
        Xdr xdr = new Xdr(body);
        xdr.beginDecoding();
        long stripeUnit = xdr.xdrDecodeLong();
        int nMirrors = XdrBytes.count(xdr, 8);
        List<List<FfDataServer4>> mirrors = new ArrayList<>();
        for (int m = 0; m < nMirrors; m++) {
            int nDs = XdrBytes.count(xdr, 8);
            List<FfDataServer4> servers = new ArrayList<>();
            for (int d = 0; d < nDs; d++) {
                byte[] deviceid = xdr.xdrDecodeOpaque(Nfs4.NFS4_DEVICEID4_SIZE);
                int efficiency = xdr.xdrDecodeInt();
                Stateid4 stateid = Stateid4.decode(xdr);
                int nFh = XdrBytes.count(xdr, 8);
                List<NfsFh> fhs = new ArrayList<>();
                for (int f = 0; f < nFh; f++) {
                    fhs.add(Compound4Args.decodeNfsFh4(xdr));
                }
                String user = new String(xdr.xdrDecodeDynamicOpaque(), StandardCharsets.UTF_8);
                String group = new String(xdr.xdrDecodeDynamicOpaque(), StandardCharsets.UTF_8);
                servers.add(new FfDataServer4(deviceid, efficiency, stateid, fhs, user, group));
            }
            mirrors.add(servers);
        }
        FfLayout4 layout = new FfLayout4(stripeUnit, mirrors, xdr.xdrDecodeInt(), xdr.xdrDecodeInt());
        XdrBytes.requireEnd(xdr, "ff_layout4");
        return layout;
    }
}

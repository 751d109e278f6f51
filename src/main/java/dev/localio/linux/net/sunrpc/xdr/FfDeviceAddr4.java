package dev.localio.linux.net.sunrpc.xdr;

import org.dcache.oncrpc4j.xdr.Xdr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The address of a flexible file layout's data server (RFC 8435 section 4.1, {@code ff_device_addr4}):
 * where to reach it ({@code netaddr4}: a netid such as {@code tcp} and a universal address such as
 * {@code 10.0.0.5.8.1}, address then port in two bytes) and which NFS versions it speaks.
 *
 * <p>Models fs/nfs/flexfilelayout/flexfilelayoutdev.c: {@code nfs4_ff_alloc_deviceid_node()}'s
 * decoding; fs/nfsd/flexfilelayoutxdr.c: {@code nfsd4_ff_encode_getdeviceinfo()}.
 *
 * @param netaddrs {@code ffda_netaddrs}
 * @param versions {@code ffda_versions}
 */
public record FfDeviceAddr4(List<Netaddr4> netaddrs, List<FfDeviceVersions4> versions) {

    /** {@code netaddr4}: a netid and a universal address. */
    public record Netaddr4(String netid, String uaddr) {

        /** The netaddr of TCP address {@code address}, port {@code port}. */
        public static Netaddr4 tcp(String address, int port) {
            return new Netaddr4("tcp", address + "." + (port >> 8) + "." + (port & 0xff));
        }

        /** The address part of the universal address ({@code 10.0.0.5} of {@code 10.0.0.5.8.1}). */
        public String host() {
            int last = uaddr.lastIndexOf('.');
            int before = last < 0 ? -1 : uaddr.lastIndexOf('.', last - 1);
            return before < 0 ? uaddr : uaddr.substring(0, before);
        }
    }

    /** {@code ff_device_versions4}. */
    public record FfDeviceVersions4(int version, int minorversion, int rsize, int wsize, boolean tightlyCoupled) {
    }

    public FfDeviceAddr4 {
        netaddrs = List.copyOf(netaddrs);
        versions = List.copyOf(versions);
    }

    /** The XDR bytes of the address ({@code da_addr_body}). */
    public byte[] encode() {
        Xdr xdr = new Xdr(128);
        xdr.beginEncoding();
        xdr.xdrEncodeInt(netaddrs.size());
        for (Netaddr4 a : netaddrs) {
            xdr.xdrEncodeDynamicOpaque(a.netid().getBytes(StandardCharsets.UTF_8));
            xdr.xdrEncodeDynamicOpaque(a.uaddr().getBytes(StandardCharsets.UTF_8));
        }
        xdr.xdrEncodeInt(versions.size());
        for (FfDeviceVersions4 v : versions) {
            xdr.xdrEncodeInt(v.version());
            xdr.xdrEncodeInt(v.minorversion());
            xdr.xdrEncodeInt(v.rsize());
            xdr.xdrEncodeInt(v.wsize());
            xdr.xdrEncodeBoolean(v.tightlyCoupled());
        }
        xdr.endEncoding();
        return XdrBytes.of(xdr);
    }

    /**
     * Decodes an address body.
     *
     * @throws IOException if the bytes are not an {@code ff_device_addr4}
     */
    public static FfDeviceAddr4 decode(byte[] body) throws IOException {
        Xdr xdr = new Xdr(body);
        xdr.beginDecoding();
        int n = XdrBytes.count(xdr, 8);
        List<Netaddr4> addrs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            addrs.add(new Netaddr4(new String(xdr.xdrDecodeDynamicOpaque(), StandardCharsets.UTF_8),
                    new String(xdr.xdrDecodeDynamicOpaque(), StandardCharsets.UTF_8)));
        }
        int v = XdrBytes.count(xdr, 8);
        List<FfDeviceVersions4> versions = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            versions.add(new FfDeviceVersions4(xdr.xdrDecodeInt(), xdr.xdrDecodeInt(), xdr.xdrDecodeInt(),
                    xdr.xdrDecodeInt(), xdr.xdrDecodeBoolean()));
        }
        XdrBytes.requireEnd(xdr, "ff_device_addr4");
        return new FfDeviceAddr4(addrs, versions);
    }
}

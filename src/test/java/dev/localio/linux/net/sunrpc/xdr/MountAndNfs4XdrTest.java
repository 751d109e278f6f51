package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import static dev.localio.linux.net.sunrpc.xdr.XdrRoundTrip.decode;
import static dev.localio.linux.net.sunrpc.xdr.XdrRoundTrip.encode;
import static dev.localio.linux.net.sunrpc.xdr.XdrRoundTrip.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The MOUNT v3 and NFSv4.1 flexfiles codecs: what the bytes are, and that they decode back. */
class MountAndNfs4XdrTest {

    private static final NfsFh FH = NfsFh.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    private static final byte[] DEVICEID = ByteBuffer.allocate(16).putLong(0).putLong(7).array();

    @Nested
    class mount {

        @Test
        void mnt_takes_a_path_and_returns_the_handle_and_the_flavors() throws IOException {
            assertThat(encode(new Dirpath("/srv"))).containsExactly(0, 0, 0, 4, '/', 's', 'r', 'v');
            Mountres3 res = roundTrip(Mountres3.ok(FH, List.of(RpcAuthFlavor.RPC_AUTH_UNIX,
                    RpcAuthFlavor.RPC_AUTH_GSS_KRB5)), Mountres3::new);

            assertThat(res.fhsStatus()).isEqualTo(Mountstat3.MNT3_OK);
            assertThat(res.fhandle()).isEqualTo(FH);
            assertThat(res.authFlavors()).containsExactly(RpcAuthFlavor.RPC_AUTH_UNIX, RpcAuthFlavor.RPC_AUTH_GSS_KRB5);
            assertThat(roundTrip(Mountres3.fail(Mountstat3.MNT3ERR_ACCES), Mountres3::new).fhsStatus())
                    .isEqualTo(Mountstat3.MNT3ERR_ACCES);
        }

        @Test
        void a_path_longer_than_mntpathlen_does_not_decode() {
            byte[] wire = ByteBuffer.allocate(4).putInt(Mount3.MNTPATHLEN + 1).array();

            assertThatThrownBy(() -> decode(wire, Dirpath::new)).isInstanceOf(IOException.class);
        }
    }

    @Nested
    class nfs4_flexfiles {

        @Test
        void a_layoutget_compound_round_trips() throws IOException {
            Compound4Args args = new Compound4Args("t", 2, List.of(new Compound4Args.Putfh(FH),
                    new Compound4Args.Layoutget(Nfs4.LAYOUT4_FLEX_FILES, Nfs4.LAYOUTIOMODE4_RW, 0,
                            Nfs4.NFS4_MAX_UINT64, 0, 4096),
                    new Compound4Args.Getdeviceinfo(DEVICEID, Nfs4.LAYOUT4_FLEX_FILES, 4096)));

            Compound4Args back = roundTrip(args, Compound4Args::new);

            assertThat(back.minorversion()).isEqualTo(2);
            assertThat(back.ops()).hasSize(3);
            assertThat(back.ops().get(0)).isEqualTo(new Compound4Args.Putfh(FH));
            assertThat(back.ops().get(1)).isEqualTo(args.ops().get(1));
            assertThat(((Compound4Args.Getdeviceinfo) back.ops().get(2)).deviceid()).isEqualTo(DEVICEID);
        }

        @Test
        void an_operation_the_model_does_not_know_does_not_decode() {
            byte[] wire = ByteBuffer.allocate(16).putInt(0).putInt(1).putInt(1).putInt(9).array();

            assertThatThrownBy(() -> decode(wire, Compound4Args::new)).isInstanceOf(IOException.class);
        }

        @Test
        void a_flexfile_layout_names_its_data_server_by_device_and_handle() throws IOException {
            FfLayout4 layout = new FfLayout4(0, List.of(List.of(new FfLayout4.FfDataServer4(DEVICEID, 1,
                    Stateid4.ANONYMOUS, List.of(FH), "", ""))), 0, 0);
            Compound4Res res = roundTrip(new Compound4Res("t", List.of(new Compound4Res.PutfhRes(0),
                    new Compound4Res.LayoutgetRes(0, false, Stateid4.ANONYMOUS, List.of(new Compound4Res.Layout4(0,
                            Nfs4.NFS4_MAX_UINT64, Nfs4.LAYOUTIOMODE4_READ, Nfs4.LAYOUT4_FLEX_FILES,
                            layout.encode()))))), Compound4Res::new);

            Compound4Res.LayoutgetRes lg = (Compound4Res.LayoutgetRes) res.results().get(1);
            FfLayout4 back = FfLayout4.decode(lg.layouts().get(0).body());
            assertThat(res.status()).isZero();
            assertThat(back.mirrors().get(0).get(0).deviceid()).isEqualTo(DEVICEID);
            assertThat(back.mirrors().get(0).get(0).fhVers()).containsExactly(FH);
        }

        @Test
        void a_device_address_is_a_universal_address_and_the_versions_spoken() throws IOException {
            FfDeviceAddr4 addr = new FfDeviceAddr4(List.of(FfDeviceAddr4.Netaddr4.tcp("10.0.0.11", 2049)),
                    List.of(new FfDeviceAddr4.FfDeviceVersions4(3, 0, 1 << 20, 1 << 20, true)));

            FfDeviceAddr4 back = FfDeviceAddr4.decode(addr.encode());

            assertThat(back.netaddrs().get(0).uaddr()).isEqualTo("10.0.0.11.8.1");
            assertThat(back.netaddrs().get(0).host()).isEqualTo("10.0.0.11");
            assertThat(back).isEqualTo(addr);
            assertThat(roundTrip(new Compound4Res("t", List.of(Compound4Res.GetdeviceinfoRes.fail(
                    Nfs4.NFS4ERR_NOENT_DEVICE))), Compound4Res::new).status()).isEqualTo(Nfs4.NFS4ERR_NOENT_DEVICE);
        }
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;

import static dev.localio.linux.net.sunrpc.xdr.XdrRoundTrip.decode;
import static dev.localio.linux.net.sunrpc.xdr.XdrRoundTrip.encode;
import static dev.localio.linux.net.sunrpc.xdr.XdrRoundTrip.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Nfs3XdrTest {

    private static final NfsFh FH = NfsFh.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    private static final Fattr3 ATTRS = new Fattr3(Ftype3.NF3REG, 0100644, 1, 1000, 100, 1L << 33, 8192, 0, 0,
            0x1234_5678_9abcL, 99, new Nfstime3(0xffff_ffffL, 999_999_999), new Nfstime3(2, 0), new Nfstime3(3, 1));
    private static final WccData WCC = new WccData(new WccAttr(10, new Nfstime3(1, 0), new Nfstime3(1, 1)), ATTRS);

    private static <T extends org.dcache.oncrpc4j.xdr.XdrAble> void assertRoundTrips(T value,
            java.util.function.Supplier<T> factory) throws IOException {
        Object decoded = roundTrip(value, factory);
        assertThat(decoded).usingRecursiveComparison().isEqualTo(value);
    }

    @Nested
    class localio {

        @Test
        void uuid_is_local_takes_a_fixed_16_byte_opaque_with_no_length_word() throws IOException {
            UUID nonce = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");

            byte[] wire = encode(new LocalioUuidArg(nonce));

            assertThat(wire).hasSize(Nfs.UUID_SIZE)
                    .startsWith(0x00, 0x11, 0x22, 0x33).endsWith(0xcc, 0xdd, 0xee, 0xff);
            assertThat(decode(wire, LocalioUuidArg::new).uuid()).isEqualTo(nonce);
        }

        @Test
        void fifteen_bytes_are_not_a_uuid() {
            assertThatThrownBy(() -> decode(new byte[12], LocalioUuidArg::new)).isInstanceOf(IOException.class);
        }

        @Test
        void the_program_numbers_are_the_kernels() {
            assertThat(Nfs.NFS_LOCALIO_PROGRAM).isEqualTo(400122);
            assertThat(Nfs.NFSLOCALIO_RPC_PROGRAM.number()).isEqualTo(400122);
            assertThat(Nfs.LOCALIO_V1).isEqualTo(1);
            assertThat(Nfs.LOCALIOPROC_NULL).isZero();
            assertThat(Nfs.LOCALIOPROC_UUID_IS_LOCAL).isEqualTo(1);
        }
    }

    @Nested
    class file_handles {

        @Test
        void an_nfsv3_handle_is_a_variable_opaque_of_at_most_64_bytes() throws IOException {
            byte[] wire = encode(new Getattr3Args(NfsFh.of(new byte[64])));

            assertThat(wire).hasSize(4 + 64);
            assertThat(decode(wire, Getattr3Args::new).object().size()).isEqualTo(64);
        }

        @Test
        void a_longer_handle_does_not_decode_as_nfsv3() {
            byte[] wire = ByteBuffer.allocate(4 + 68).putInt(68).array();

            assertThatThrownBy(() -> decode(wire, Getattr3Args::new)).isInstanceOf(IOException.class);
        }

        @Test
        void the_handle_type_holds_up_to_128_bytes_for_the_local_path_but_not_on_the_nfsv3_wire() {
            NfsFh v4sized = NfsFh.of(new byte[Nfs.NFS_MAXFHSIZE]);

            assertThat(v4sized.size()).isEqualTo(128);
            assertThatThrownBy(() -> encode(new Getattr3Args(v4sized))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> NfsFh.of(new byte[129])).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void handles_are_values() {
            byte[] bytes = {9, 9};
            NfsFh fh = NfsFh.of(bytes);
            bytes[0] = 0;

            assertThat(fh).isEqualTo(NfsFh.of(new byte[] {9, 9})).hasSameHashCodeAs(NfsFh.of(new byte[] {9, 9}));
            assertThat(fh.toString()).isEqualTo("fh(0909)");
        }
    }

    @Nested
    class round_trips {

        @Test
        void getattr() throws IOException {
            assertThat(roundTrip(new Getattr3Args(FH), Getattr3Args::new).object()).isEqualTo(FH);
            assertThat(roundTrip(Getattr3Res.ok(ATTRS), Getattr3Res::new).objAttributes()).isEqualTo(ATTRS);
            assertRoundTrips(Getattr3Res.fail(Nfsstat3.NFS3ERR_STALE), Getattr3Res::new);
        }

        @Test
        void setattr() throws IOException {
            Sattr3 all = new Sattr3(0600, 1, 2, 0L, TimeHow.SET_TO_SERVER_TIME, null, TimeHow.SET_TO_CLIENT_TIME,
                    new Nfstime3(5, 6));
            Setattr3Args args = new Setattr3Args(FH, all, new Nfstime3(7, 8));

            assertRoundTrips(args, Setattr3Args::new);
            assertThat(roundTrip(new Setattr3Args(FH, Sattr3.NONE, null), Setattr3Args::new).newAttributes())
                    .isEqualTo(Sattr3.NONE);
            Setattr3Res res = new Setattr3Res(Nfsstat3.NFS3ERR_NOT_SYNC, WCC);
            assertRoundTrips(res, Setattr3Res::new);
        }

        @Test
        void lookup() throws IOException {
            Lookup3Args args = new Lookup3Args(FH, "data.bin");
            assertThat(encode(args)).hasSize(4 + 12 + 4 + 8);
            assertRoundTrips(args, Lookup3Args::new);
            Lookup3Res ok = Lookup3Res.ok(FH, ATTRS, null);
            assertRoundTrips(ok, Lookup3Res::new);
            Lookup3Res noent = Lookup3Res.fail(Nfsstat3.NFS3ERR_NOENT, ATTRS);
            assertRoundTrips(noent, Lookup3Res::new);
        }

        @Test
        void read() throws IOException {
            Read3Args args = new Read3Args(FH, 1L << 40, 4096);
            assertThat(encode(args)).hasSize(4 + 12 + 8 + 4);
            assertRoundTrips(args, Read3Args::new);
            Read3Res ok = Read3Res.ok(ATTRS, true, new byte[] {1, 2, 3});
            Read3Res decoded = roundTrip(ok, Read3Res::new);
            assertThat(decoded.data()).containsExactly(1, 2, 3);
            assertThat(decoded.count()).isEqualTo(3);
            assertThat(decoded.eof()).isTrue();
            assertThat(roundTrip(Read3Res.fail(Nfsstat3.NFS3ERR_IO, null), Read3Res::new).status())
                    .isEqualTo(Nfsstat3.NFS3ERR_IO);
        }

        @Test
        void write_with_each_stable_how_and_the_8_byte_verifier() throws IOException {
            for (StableHow stable : StableHow.values()) {
                Write3Args args = new Write3Args(FH, 512, stable, new byte[] {7, 7, 7, 7, 7});
                assertRoundTrips(args, Write3Args::new);
            }
            Write3Res ok = Write3Res.ok(WCC, 5, StableHow.NFS_FILE_SYNC, 0x0102_0304_0506_0708L);
            byte[] wire = encode(ok);
            assertThat(wire).endsWith(1, 2, 3, 4, 5, 6, 7, 8);
            assertRoundTrips(ok, Write3Res::new);
        }

        @Test
        void create_checked_and_exclusive() throws IOException {
            Create3Args guarded = Create3Args.checked(FH, "new", Createmode3.NFS3_CREATE_GUARDED, Sattr3.ofMode(0644));
            assertRoundTrips(guarded, Create3Args::new);
            Create3Args exclusive = Create3Args.exclusive(FH, "new", 42);
            assertRoundTrips(exclusive, Create3Args::new);
            Create3Res ok = Create3Res.ok(FH, ATTRS, WccData.NONE);
            assertRoundTrips(ok, Create3Res::new);
            Create3Res exist = Create3Res.fail(Nfsstat3.NFS3ERR_EXIST, WCC);
            assertRoundTrips(exist, Create3Res::new);
        }

        @Test
        void commit() throws IOException {
            Commit3Args args = new Commit3Args(FH, 0, 0);
            assertRoundTrips(args, Commit3Args::new);
            Commit3Res ok = Commit3Res.ok(WCC, -1L);
            assertThat(roundTrip(ok, Commit3Res::new).verf()).isEqualTo(-1L);
            assertThat(roundTrip(Commit3Res.fail(Nfsstat3.NFS3ERR_IO, WccData.NONE), Commit3Res::new).status())
                    .isEqualTo(Nfsstat3.NFS3ERR_IO);
        }
    }

    @Nested
    class rejects_what_a_kernel_decoder_rejects {

        @Test
        void a_write_whose_count_differs_from_its_data() throws IOException {
            byte[] wire = encode(new Write3Args(FH, 0, StableHow.NFS_UNSTABLE, new byte[4]));
            ByteBuffer.wrap(wire).putInt(4 + 12 + 8, 8);

            assertThatThrownBy(() -> decode(wire, Write3Args::new)).isInstanceOf(IOException.class);
        }

        @Test
        void an_unknown_stable_how_or_status() throws IOException {
            byte[] write = encode(new Write3Args(FH, 0, StableHow.NFS_UNSTABLE, new byte[0]));
            ByteBuffer.wrap(write).putInt(4 + 12 + 8 + 4, 3);
            assertThatThrownBy(() -> decode(write, Write3Args::new)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> decode(ByteBuffer.allocate(4).putInt(12345).array(), Getattr3Res::new))
                    .isInstanceOf(IOException.class);
        }

        @Test
        void an_empty_or_too_long_file_name() {
            byte[] empty = ByteBuffer.allocate(4 + 12 + 4).putInt(12).put(FH.data()).putInt(0).array();
            byte[] tooLong = ByteBuffer.allocate(4 + 12 + 4 + 256).putInt(12).put(FH.data()).putInt(256).array();

            assertThatThrownBy(() -> decode(empty, Lookup3Args::new)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> decode(tooLong, Lookup3Args::new)).isInstanceOf(IOException.class);
        }

        @Test
        void a_failed_result_with_a_success_status() {
            assertThatThrownBy(() -> Read3Res.fail(Nfsstat3.NFS3_OK, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Sattr3(null, null, null, null, TimeHow.SET_TO_CLIENT_TIME, null,
                    TimeHow.DONT_CHANGE, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

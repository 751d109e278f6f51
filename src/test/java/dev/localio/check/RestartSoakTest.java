package dev.localio.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.kernel.Errno;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restart soak's short run, as the build runs it, and its checker, each end check shown to fail
 * on figures that break it. The long run is {@code ./mvnw -B verify -Psoak} (README).
 */
class RestartSoakTest {

    /** The build's soak: 5 restarts under 2 threads, about two seconds on a 2-core machine. */
    static final RestartSoak.Config SHORT = new RestartSoak.Config(5, 2, 2, 32 << 10, 8 << 10, 7,
            Duration.ofMillis(200), true, Duration.ofSeconds(20));

    @Test
    void a_short_soak_survives_every_restart_with_no_crash_no_leak_and_every_byte_intact() {
        SoakReport report = RestartSoak.run(SHORT);
        System.out.print(report); // the figures, in the build's log

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(report.problems()).as("the end checks of%n%s", report).isEmpty();
        softly.assertThat(report.restarts().done()).as("restarts done").isEqualTo(5);
        softly.assertThat(report.restarts().metByLocalio()).as("restarts a local IO met (-ENXIO)").isPositive();
        softly.assertThat(report.operations().local()).as("IOs through LOCALIO").isPositive();
        softly.assertThat(report.operations().localCommits()).as("COMMITs through LOCALIO").isPositive();
        softly.assertThat(report.operations().rpc()).as("IOs over RPC, after a fallback").isPositive();
        softly.assertThat(report.localio().enxio()).as("-ENXIO fallbacks").isPositive();
        softly.assertThat(report.localio().reprobes()).as("probes after a failed local open").isPositive();
        softly.assertThat(report.localio().tryGetRefused()).as("serv references nfsd refused while stopping")
                .isPositive();
        softly.assertThat(report.readBack().files()).as("files read back").isEqualTo(4);
        softly.assertThat(report.references()).as("references checked").hasSizeGreaterThan(10)
                .allSatisfy(r -> assertThat(r.end()).as(r.name()).isEqualTo(r.base()));
        softly.assertAll();
    }

    @Nested
    class the_checker {

        @Test
        void passes_a_soak_whose_figures_are_all_in_order_and_prints_ok() {
            SoakReport report = new Figures().report();

            assertThat(report.problems()).isEmpty();
            assertThat(report.toString()).endsWith("ok" + System.lineSeparator());
        }

        @Test
        void fails_on_a_crash_and_prints_why() {
            Figures f = new Figures();
            f.faults = new SoakReport.Faults(List.of("oops on h1: java.lang.NullPointerException"), List.of(), List.of(),
                    List.of());

            SoakReport report = f.report();

            assertThat(report.problems()).singleElement().asString().startsWith("1 crash,")
                    .contains("NullPointerException");
            assertThat(report.toString()).contains("FAILED: 1 crash");
        }

        @Test
        void fails_on_a_use_after_free_report() {
            Figures f = new Figures();
            f.faults = new SoakReport.Faults(List.of(), List.of("h1: slab-use-after-free of struct nfsd_net \"c1\""),
                    List.of(), List.of());

            assertThat(f.report().problems()).singleElement().asString().startsWith("1 KASAN report,");
        }

        @Test
        void fails_on_a_warning() {
            Figures f = new Figures();
            f.faults = new SoakReport.Faults(List.of(), List.of(), List.of("h1: nfsd_serv_put() outside rcu_read_lock()"),
                    List.of());

            assertThat(f.report().problems()).singleElement().asString().startsWith("1 WARN_ON,");
        }

        @Test
        void fails_on_an_io_error_or_a_read_that_returned_other_bytes() {
            Figures f = new Figures();
            f.faults = new SoakReport.Faults(List.of(), List.of(), List.of(),
                    List.of("worker-0: t0-f1: READ of 10 bytes at 0 via LOCALIO returned 10 bytes, first difference at +3"));

            assertThat(f.report().problems()).singleElement().asString().startsWith("1 IO error,");
        }

        @Test
        void fails_when_a_reference_is_not_back_at_its_base_value() {
            Figures f = new Figures();
            f.references = List.of(new SoakReport.Reference("nn->nfsd_serv_ref of the running nfsd", 1, 2),
                    new SoakReport.Reference("auth_domain \"*\" references", 1, 1));

            assertThat(f.report().problems()).containsExactly(
                    "nn->nfsd_serv_ref of the running nfsd: 1 at the base, 2 at the end");
            assertThat(f.report().toString()).contains("<-- not back");
        }

        @Test
        void fails_when_an_nfsd_file_opened_for_localio_was_never_freed() {
            Figures f = new Figures();
            f.references = List.of(new SoakReport.Reference("nfsd_files opened for LOCALIO, not freed", 0, 3));

            assertThat(f.report().problems()).containsExactly(
                    "nfsd_files opened for LOCALIO, not freed: 0 at the base, 3 at the end");
        }

        @Test
        void fails_when_a_file_reads_back_other_bytes_than_were_written() {
            Figures f = new Figures();
            f.readBack = new SoakReport.ReadBack(4, 4 * 32768,
                    List.of("t1-f0 via RPC: first difference at +4096 (17 expected, 0 read)"));

            assertThat(f.report().problems()).singleElement().asString().startsWith("1 read-back mismatch,")
                    .contains("t1-f0 via RPC");
        }

        @Test
        void fails_when_nothing_was_read_back() {
            Figures f = new Figures();
            f.readBack = new SoakReport.ReadBack(0, 0, List.of());

            assertThat(f.report().problems()).containsExactly("no file was read back");
        }

        @Test
        void fails_when_fewer_restarts_were_done_than_asked_for() {
            Figures f = new Figures();
            f.restarts = new SoakReport.Restarts(5, 3, 3, Duration.ofMillis(9), Duration.ofMillis(40));

            assertThat(f.report().problems()).containsExactly("3 of 5 restarts done");
        }

        @Test
        void fails_when_the_workers_and_the_kernel_count_the_io_differently() {
            Figures f = new Figures();
            f.operations = operations(f.local + 1, f.rpc);
            f.localio = new SoakReport.Localio(Map.of(Errno.ENXIO, 10L), 11, 9, 22, 10, 12, 12);

            assertThat(f.report().problems()).containsExactly(
                    "the workers saw " + (f.local + 1) + " LOCALIO IOs, the kernel counted " + f.local,
                    "the workers saw 10 fallbacks to RPC, the kernel counted 11");
        }

        @Test
        void fails_when_a_client_did_not_probe_again_after_an_enxio() {
            Figures f = new Figures();
            f.localio = new SoakReport.Localio(Map.of(Errno.ENXIO, 10L), 10, 9, 12, 0, 12, 12);

            assertThat(f.report().problems()).containsExactly(
                    "10 fallbacks on -ENXIO, -ENOMEM or -ENOENT, but 0 probes after them");
        }

        @Test
        void fails_a_soak_that_never_exercised_localio_under_a_restart() {
            Figures f = new Figures();
            f.restarts = new SoakReport.Restarts(5, 5, 0, Duration.ofMillis(9), Duration.ofMillis(40));

            assertThat(f.report().problems()).containsExactly(
                    "no restart met a local IO (no -ENXIO): the interlock was never exercised");
        }

        @Test
        void fails_a_soak_that_did_no_local_io_at_all() {
            Figures f = new Figures();
            f.local = 0;
            f.operations = new SoakReport.Operations(0, 0, 0, 100, 120, 40, Map.of(StableHow.NFS_UNSTABLE, 120L), 0,
                    260);

            assertThat(f.report().problems()).contains("no IO went through LOCALIO: the soak tested nothing of it");
        }

        @Test
        void lists_every_failed_check_at_once() {
            Figures f = new Figures();
            f.restarts = new SoakReport.Restarts(5, 4, 4, Duration.ofMillis(9), Duration.ofMillis(40));
            f.references = List.of(new SoakReport.Reference("nfsd_files opened, not freed", 0, 1));
            f.faults = new SoakReport.Faults(List.of(), List.of("h1: double-free of struct nfsd_file"), List.of(),
                    List.of());

            assertThat(f.report().problems()).hasSize(3);
        }
    }

    @Nested
    class its_options {

        @Test
        void default_to_the_long_run_and_take_each_one_by_name() {
            RestartSoak.Config c = RestartSoak.Config.parse("--restarts=12", "--threads=3", "--remount=false",
                    "--pause-ms=20");

            assertThat(c.restarts()).isEqualTo(12);
            assertThat(c.threads()).isEqualTo(3);
            assertThat(c.remount()).isFalse();
            assertThat(c.pause()).isEqualTo(Duration.ofMillis(20));
            assertThat(c.fileSize()).isEqualTo(RestartSoak.Config.defaults().fileSize());
            assertThat(RestartSoak.Config.parse().restarts()).isEqualTo(200);
        }

        @Test
        void refuse_what_they_do_not_know() {
            assertThatThrownBy(() -> RestartSoak.Config.parse("--restart=5"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option --restart");
            assertThatThrownBy(() -> RestartSoak.Config.parse("--threads=0"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class its_report_file {

        @Test
        void holds_exactly_the_printed_report_in_a_directory_made_for_it(@TempDir Path dir) throws IOException {
            SoakReport report = new Figures().report();
            Path file = dir.resolve("soak").resolve("report.txt");

            assertThat(RestartSoak.write(report, file)).isTrue();
            assertThat(Files.readString(file)).isEqualTo(report.toString());
        }

        @Test
        void is_reported_missing_when_it_cannot_be_written(@TempDir Path dir) throws IOException {
            Path notADirectory = Files.writeString(dir.resolve("soak"), "a file");

            assertThat(RestartSoak.write(new Figures().report(), notADirectory.resolve("report.txt"))).isFalse();
        }
    }

    private static SoakReport.Operations operations(long local, long rpc) {
        return new SoakReport.Operations(100, 120, 40, 3, 4, 1, Map.of(StableHow.NFS_UNSTABLE, 40L,
                StableHow.NFS_DATA_SYNC, 42L, StableHow.NFS_FILE_SYNC, 42L), local, rpc);
    }

    /** The figures of a soak that went well; each test spoils one part. */
    private static final class Figures {
        long local = 260;
        long rpc = 8;
        SoakReport.Operations operations = operations(local, rpc);
        SoakReport.Localio localio = new SoakReport.Localio(Map.of(Errno.ENXIO, 10L), 10, 9, 22, 10, 12, 12);
        SoakReport.Restarts restarts = new SoakReport.Restarts(5, 5, 5, Duration.ofMillis(9), Duration.ofMillis(40));
        SoakReport.Recovery recovery = new SoakReport.Recovery(3, Map.of(Errno.ECONNREFUSED, 12L), 12, 10, Map.of(),
                18);
        SoakReport.Faults faults = SoakReport.Faults.none();
        List<SoakReport.Reference> references = new ArrayList<>(List.of(
                new SoakReport.Reference("nn->nfsd_serv_ref of the running nfsd", 1, 1),
                new SoakReport.Reference("nfsd_files opened for LOCALIO, not freed", 0, 0)));
        SoakReport.ReadBack readBack = new SoakReport.ReadBack(4, 4 * 32768, List.of());

        SoakReport report() {
            return new SoakReport(SHORT, Duration.ofSeconds(2), operations, localio, restarts, recovery, faults,
                    references, readBack);
        }
    }
}

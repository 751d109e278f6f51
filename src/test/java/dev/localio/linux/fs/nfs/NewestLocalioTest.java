package dev.localio.linux.fs.nfs;

import static dev.localio.linux.fs.nfs.NfsWorld.C1;
import static dev.localio.linux.fs.nfs.NfsWorld.USER;
import static dev.localio.linux.fs.nfs.NfsWorld.mount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.Container;
import dev.localio.linux.Host;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace;
import dev.localio.linux.fs.nfsd.NfsdNet;
import dev.localio.linux.fs.nfsd.NfsdTrace;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.kernel.Trace;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Design [D], the newest mainline seen (fs/nfs/localio.c, fs/nfs_common/nfslocalio.c, fs/nfsd/localio.c,
 * fs/nfsd/nfssvc.c, fs/nfsd/filecache.c, fs/nfs/nfs3proc.c, fs/nfs/nfs4state.c): cached files, the
 * interlock on nfsd_net_ref, the clients disabled when nfsd stops, asynchronous probes and the re-probes.
 */
class NewestLocalioTest {

    @TempDir
    Path dir;
    private final NfsWorld world = new NfsWorld();
    private Host h1;
    private Container c1;

    @BeforeEach
    void boot() {
        h1 = world.host("h1", "10.0.0.1", LocalioDesign.NEWEST, Kconfig.LOCALIO);
        c1 = NfsWorld.serve(h1, dir, "rw");
    }

    @AfterEach
    void shutDown() {
        world.close();
    }

    private NfsdNet nn() {
        return c1.nfsd().nfsdNet();
    }

    private long counter(String name) {
        return h1.subsystems().kernel().trace().counterValue(name);
    }

    @Test
    void a_local_read_leaves_the_file_cached_in_its_open_context_holding_a_net_reference() {
        NfsServer m = mount(h1, C1, dir, "vers=3");
        NfsOpenContext ctx = NfsWorld.open(m, USER, "data", Fmode.FMODE_READ);

        assertThat(ctx.read(0, 100).wentLocal()).isTrue();

        assertThat(ctx.nfl().cached()).isEqualTo(1);
        assertThat(ctx.nfl().onFilesList()).isTrue();
        assertThat(nn().nfsdNetRef().count()).as("the initial reference and the cached file's").isEqualTo(2);
        assertThat(m.nfsClient().localioFilesHeld()).as("the IO's own reference was put").isZero();
        ctx.close();
        assertThat(ctx.nfl().cached()).isZero();
        assertThat(nn().nfsdNetRef().count()).isEqualTo(1);
    }

    @Test
    void a_second_read_of_the_same_context_takes_the_cached_file_and_opens_nothing() {
        NfsServer m = mount(h1, C1, dir, "vers=3");
        NfsOpenContext ctx = NfsWorld.open(m, USER, "data", Fmode.FMODE_READ);
        ctx.read(0, 100);
        long opened = counter("nfsd_file_open");

        assertThat(ctx.read(0, 100).wentLocal()).isTrue();

        assertThat(counter("nfsd_file_open")).isEqualTo(opened);
        assertThat(counter("nfs_local_file_get")).isEqualTo(1);
        ctx.close();
    }

    @Test
    void stopping_nfsd_disables_the_client_and_puts_its_cached_files_before_waiting_for_the_last_reference() {
        NfsServer m = mount(h1, C1, dir, "vers=3");
        NfsOpenContext ctx = NfsWorld.open(m, USER, "data", Fmode.FMODE_READ);
        ctx.read(0, 100);

        c1.nfsd().stop();

        assertThat(Localio.nfsClientIsLocal(m.nfsClient())).isFalse();
        assertThat(ctx.nfl().cached()).isZero();
        assertThat(nn().nfsdNetRef().percpuRefIsZero()).isTrue();
        Trace trace = h1.subsystems().kernel().trace();
        List<String> order = trace.events().stream().map(Trace.TraceEvent::event)
                .filter(e -> e instanceof NfsdTrace.NfsdShutdownNet || e instanceof NfsdTrace.NfsdFileCachePurge
                        || e instanceof NfsCommonTrace.NfsLocalioDisableClient)
                .map(e -> e.getClass().getSimpleName() + (e instanceof NfsdTrace.NfsdShutdownNet s ? " " + s.step() : ""))
                .toList();
        assertThat(order).containsExactly("NfsdShutdownNet CONFIRM_DONE", "NfsdFileCachePurge", "NfsLocalioDisableClient",
                "NfsdShutdownNet FREE_DONE");
    }

    @Test
    void the_probe_runs_on_nfsiod_not_in_the_mounting_thread() {
        NfsServer m = mount(h1, C1, dir, "vers=3");

        assertThat(Localio.nfsClientIsLocal(m.nfsClient())).isTrue();
        List<String> threads = h1.subsystems().kernel().trace().events().stream()
                .filter(e -> e.event() instanceof NfsTrace.NfsLocalProbe).map(Trace.TraceEvent::thread).distinct().toList();
        assertThat(threads).containsExactly("nfsiod");
    }

    @Test
    void a_probe_of_a_client_that_is_local_already_returns_early_and_sends_nothing() {
        NfsServer m = mount(h1, C1, dir, "vers=3");
        long calls = m.connectionStats().calls(Nfs.NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1, Nfs.LOCALIOPROC_UUID_IS_LOCAL);

        Localio.nfsLocalProbe(m.nfsClient());

        assertThat(m.connectionStats().calls(Nfs.NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1, Nfs.LOCALIOPROC_UUID_IS_LOCAL))
                .isEqualTo(calls).isEqualTo(1);
        assertThat(Localio.nfsClientIsLocal(m.nfsClient())).isTrue();
    }

    @Test
    void after_a_restart_an_nfsv3_client_stays_on_rpc_while_the_throttle_is_0() {
        NfsServer m = mount(h1, C1, dir, "vers=3");
        c1.restart();

        for (int i = 0; i < 4; i++) {
            assertThat(NfsWorld.read(m, USER, "data").wentLocal()).isFalse();
        }
        assertThat(m.nfsClient().probes()).isEqualTo(1);
    }

    @Test
    void after_a_restart_an_nfsv3_client_probes_again_on_every_nth_rpc_io_with_the_throttle_at_n() {
        h1.subsystems().nfs().setNfs3LocalioProbeThrottle(2);
        NfsServer m = mount(h1, C1, dir, "vers=3");
        c1.restart();

        assertThat(NfsWorld.read(m, USER, "data").wentLocal()).as("count 0: probes after the RPC").isFalse();
        assertThat(NfsWorld.read(m, USER, "data").wentLocal()).isTrue();
        assertThat(m.nfsClient().probes()).isEqualTo(2);
    }

    @Test
    void the_throttle_takes_0_or_a_power_of_two() {
        assertThatThrownBy(() -> h1.subsystems().nfs().setNfs3LocalioProbeThrottle(3))
                .hasMessageContaining("power of two");
    }

    @Test
    void after_a_restart_an_nfsv4_client_probes_again_once_it_reclaimed_its_state() {
        NfsServer m = mount(h1, C1, dir, "vers=4.2");
        c1.restart();

        assertThat(NfsWorld.read(m, USER, "data").wentLocal()).as("the IO that finds the server rebooted").isFalse();
        assertThat(NfsWorld.read(m, USER, "data").wentLocal()).isTrue();
        assertThat(h1.subsystems().kernel().trace().events(NfsTrace.Nfs4DoReclaim.class)).hasSize(1);
    }
}

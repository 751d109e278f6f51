package dev.localio.linux.fs.nfs;

import static dev.localio.linux.fs.nfs.NfsWorld.USER;
import static dev.localio.linux.fs.nfs.NfsWorld.contents;
import static dev.localio.linux.fs.nfs.NfsWorld.mount;
import static dev.localio.linux.fs.nfs.NfsWorld.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.Host;
import dev.localio.linux.fs.nfsd.NfsdTrace;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pNFS flexfiles: a metadata server on host mds hands out, for file {@code data}, a layout naming a
 * data server on host ds1; clients on ds1 and on a third host mount the metadata server.
 */
class FlexfileLayoutTest {

    @TempDir
    Path mdsDir;
    @TempDir
    Path dsDir;
    private final NfsWorld world = new NfsWorld();
    private Host mds;
    private Host ds1;
    private Host far;

    @BeforeEach
    void boot() {
        mds = world.host("mds", "10.0.0.10");
        ds1 = world.host("ds1", "10.0.0.11");
        far = world.host("far", "10.0.0.12");
        ds1.hostNfsd().export("*", dsDir, "rw");
        ds1.startNfsd();
        NfsWorld.files(ds1.hostNfsd().tree(dsDir));
        NfsFh dsFh = ds1.hostNfsd().fh("*", dsDir, "data");
        mds.hostNfsd().export("*", mdsDir, "rw,pnfs");
        mds.startNfsd();
        mds.hostNfsd().tree(mdsDir).createFile("data", 1000, 1000, 0644, new byte[0]);
        mds.hostNfsd().tree(mdsDir).createFile("plain", 1000, 1000, 0644,
                "on the mds".getBytes(StandardCharsets.UTF_8));
        mds.hostNfsd().layout(mdsDir, "data", "10.0.0.11", dsFh);
    }

    @AfterEach
    void shutDown() {
        world.close();
    }

    @Test
    void a_client_on_the_data_servers_host_does_the_files_io_locally_through_the_data_servers_client() {
        NfsServer m = mount(ds1, "10.0.0.10", mdsDir, "vers=4.2");

        NfsIo write = open(m, USER, "data", Fmode.FMODE_WRITE).write(0, "via ds".getBytes(StandardCharsets.UTF_8),
                StableHow.NFS_FILE_SYNC);
        NfsIo read = open(m, USER, "data", Fmode.FMODE_READ).read(0, 100);

        NfsClient ds = m.dataServer(USER, "data", Fmode.FMODE_READ);
        assertThat(ds).isNotNull();
        assertThat(ds.clInit().hostname()).isEqualTo("10.0.0.11");
        assertThat(ds.clInit().version()).isEqualTo(3);
        assertThat(Localio.nfsServerIsLocal(ds)).as("the data server's client probed, and found it local").isTrue();
        assertThat(Localio.nfsServerIsLocal(m.nfsClient())).as("the metadata server is elsewhere").isFalse();
        assertThat(write.wentLocal()).isTrue();
        assertThat(read.wentLocal()).isTrue();
        assertThat(new String(read.data(), StandardCharsets.UTF_8)).isEqualTo("via dslocalio");
        assertThat(contents(dsDir.resolve("data"))).isEqualTo("via dslocalio");
        assertThat(contents(mdsDir.resolve("data"))).as("no data on the metadata server").isEmpty();
        assertThat(m.connectionStats().calls(Nfs.NFS_PROGRAM, Nfs3.NFS3_VERSION, Nfs3.NFS3PROC_READ)).isZero();
    }

    @Test
    void a_client_elsewhere_gets_the_same_layout_and_sends_the_io_to_the_data_server_over_rpc() {
        NfsServer near = mount(ds1, "10.0.0.10", mdsDir, "vers=4.1");
        NfsServer remote = mount(far, "10.0.0.10", mdsDir, "vers=4.1");

        NfsIo nearRead = open(near, USER, "data", Fmode.FMODE_READ).read(0, 100);
        NfsIo farRead = open(remote, USER, "data", Fmode.FMODE_READ).read(0, 100);

        NfsClient farDs = remote.dataServer(USER, "data", Fmode.FMODE_READ);
        assertThat(farDs.clInit().hostname()).isEqualTo("10.0.0.11");
        assertThat(Localio.nfsServerIsLocal(farDs)).isFalse();
        assertThat(nearRead.wentLocal()).isTrue();
        assertThat(farRead.path()).isEqualTo(NfsIo.Path.RPC);
        assertThat(farRead.data()).isEqualTo(nearRead.data()).isEqualTo(NfsWorld.HELLO);
        assertThat(farDs.clRpcclient().clXprt().xprtStats()
                .calls(Nfs.NFS_PROGRAM, Nfs3.NFS3_VERSION, Nfs3.NFS3PROC_READ)).isEqualTo(1);
        assertThat(mds.subsystems().kernel().trace().events(NfsdTrace.Nfsd4Layoutget.class)).hasSize(2)
                .allSatisfy(e -> assertThat(e.granted()).isTrue());
        assertThat(layoutsSeen(far)).as("what each client was handed").isEqualTo(layoutsSeen(ds1))
                .containsExactly(List.of(mds.hostNfsd().fh("*", mdsDir, "data"), "10.0.0.11",
                        ds1.hostNfsd().fh("*", dsDir, "data")));
    }

    /** The (file, data server, handle there) of every layout a client on {@code h} set up. */
    private static List<List<Object>> layoutsSeen(Host h) {
        return h.subsystems().kernel().trace().events(NfsTrace.Nfs4FfLayoutPrepareDs.class).stream()
                .map(e -> List.<Object>of(e.fh(), e.ds(), e.dsFh())).toList();
    }

    @Test
    void a_file_without_a_layout_goes_to_the_metadata_server() {
        NfsServer m = mount(ds1, "10.0.0.10", mdsDir, "vers=4.2");

        NfsIo read = open(m, USER, "plain", Fmode.FMODE_READ).read(0, 100);

        assertThat(m.dataServer(USER, "plain", Fmode.FMODE_READ)).isNull();
        assertThat(read.path()).isEqualTo(NfsIo.Path.RPC);
        assertThat(new String(read.data(), StandardCharsets.UTF_8)).isEqualTo("on the mds");
    }

    @Test
    void a_metadata_server_on_the_clients_host_with_a_remote_data_server_sends_the_io_away() {
        NfsServer m = mount(mds, "10.0.0.10", mdsDir, "vers=4.2");

        NfsIo read = open(m, USER, "data", Fmode.FMODE_READ).read(0, 100);

        assertThat(Localio.nfsServerIsLocal(m.nfsClient())).isTrue();
        assertThat(read.path()).as("the data lives on ds1").isEqualTo(NfsIo.Path.RPC);
        assertThat(read.data()).isEqualTo(NfsWorld.HELLO);
    }

    @Test
    void a_new_data_server_client_is_probed_twice_on_its_first_connect_and_never_after() {
        NfsServer m = mount(ds1, "10.0.0.10", mdsDir, "vers=4.2");

        open(m, USER, "data", Fmode.FMODE_WRITE).write(0, "w".getBytes(StandardCharsets.UTF_8),
                StableHow.NFS_FILE_SYNC);
        open(m, USER, "data", Fmode.FMODE_READ).read(0, 100);
        NfsClient ds = m.dataServer(USER, "data", Fmode.FMODE_READ);

        assertThat(ds.probes()).as("nfs_get_client()'s probe, then nfs4_ff_layout_prepare_ds()'s").isEqualTo(2);
        assertThat(ds.uuidIsLocalCalls()).isEqualTo(2);
        assertThat(ds1.subsystems().kernel().trace().events(NfsTrace.NfsLocalDisable.class))
                .as("the second probe found the client local and disabled it first").hasSize(1);
        assertThat(Localio.nfsServerIsLocal(ds)).isTrue();
        assertThat(ds1.subsystems().nfsd().thisModule().moduleRefcount()).as("nfsd module references").isEqualTo(1);
    }

    @Test
    void a_second_mount_finds_the_data_server_connected_and_probes_nothing() {
        NfsServer first = mount(ds1, "10.0.0.10", mdsDir, "vers=4.2");
        open(first, USER, "data", Fmode.FMODE_READ).read(0, 100);
        NfsServer second = mount(ds1, "10.0.0.10", mdsDir, "vers=4.1");

        open(second, USER, "data", Fmode.FMODE_READ).read(0, 100);

        NfsClient ds = first.dataServer(USER, "data", Fmode.FMODE_READ);
        assertThat(second.dataServer(USER, "data", Fmode.FMODE_READ)).isSameAs(ds);
        assertThat(ds.probes()).isEqualTo(2);
        ds1.subsystems().nfs().nfsKillSuper(first);
        assertThat(ds.clRpcclient().isShutdown()).as("the second mount still uses the data server").isFalse();
        ds1.subsystems().nfs().nfsKillSuper(second);
        assertThat(ds.clRpcclient().isShutdown()).isTrue();
    }

    @Test
    void unmounting_puts_the_data_server_client() {
        NfsServer m = mount(ds1, "10.0.0.10", mdsDir, "vers=4.2");
        NfsClient ds = m.dataServer(USER, "data", Fmode.FMODE_READ);

        ds1.subsystems().nfs().nfsKillSuper(m);

        assertThat(ds1.subsystems().nfs().clients()).doesNotContain(ds, m.nfsClient());
        assertThat(ds.clRpcclient().isShutdown()).isTrue();
    }
}

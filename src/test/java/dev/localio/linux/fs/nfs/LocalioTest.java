package dev.localio.linux.fs.nfs;

import static dev.localio.linux.fs.nfs.NfsWorld.C1;
import static dev.localio.linux.fs.nfs.NfsWorld.USER;
import static dev.localio.linux.fs.nfs.NfsWorld.mount;
import static dev.localio.linux.fs.nfs.NfsWorld.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.Await;
import dev.localio.linux.Container;
import dev.localio.linux.Host;
import dev.localio.linux.LocalioAssertions;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.fs.nfsd.NfsdTrace;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.kernel.KernelTrace;
import dev.localio.linux.kernel.Tracepoint;
import dev.localio.linux.net.sunrpc.RpcIostats;
import dev.localio.linux.net.sunrpc.SunrpcTrace;
import dev.localio.linux.net.sunrpc.xdr.Mount3;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's side of LOCALIO (fs/nfs/localio.c): the handshake over real RPC, and local opens and IO. */
class LocalioTest {

    @TempDir
    Path dir;
    @TempDir
    Path other;
    private final NfsWorld world = new NfsWorld();
    private Host h1;
    private Container c1;

    @BeforeEach
    void boot() {
        h1 = world.host("h1", "10.0.0.1");
        c1 = NfsWorld.serve(h1, dir, "rw,sec=sys:krb5:krb5i:krb5p:none");
    }

    @AfterEach
    void shutDown() {
        world.close();
    }

    private static long uuidIsLocal(NfsServer m) {
        return m.connectionStats().calls(Nfs.NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1, Nfs.LOCALIOPROC_UUID_IS_LOCAL);
    }

    private static List<NfsTrace.NfsLocalProbe> probeResults(Host h) {
        return h.subsystems().kernel().trace().events(NfsTrace.NfsLocalProbe.class).stream()
                .filter(e -> e.step() == NfsTrace.NfsLocalProbe.Step.RESULT).toList();
    }

    @Nested
    class on_the_same_kernel {

        @ParameterizedTest
        @ValueSource(strings = {"vers=3", "vers=4.1", "vers=4.2"})
        void the_client_is_local_after_one_uuid_is_local_on_the_mounts_connection(String vers) {
            NfsServer m = mount(h1, C1, dir, vers);
            NfsClient clp = m.nfsClient();

            assertThat(Localio.nfsServerIsLocal(clp)).isTrue();
            assertThat(clp.clFlags() & (1L << NfsClient.NFS_CS_LOCAL_IO)).isNotZero();
            LocalioAssertions.assertThat(clp.clUuid()).isLocalTo(c1.net());
            assertThat(uuidIsLocal(m)).isEqualTo(1);
            assertThat(probeResults(h1)).singleElement().satisfies(e -> {
                assertThat(e.local()).isTrue();
                assertThat(e.reason()).isEqualTo("server confirmed the uuid");
            });
            assertThat(h1.subsystems().kernel().trace().eventTypes()).containsSubsequence(NfsTrace.NfsLocalProbe.class,
                    NfsCommonTrace.NfsUuidBegin.class, SunrpcTrace.RpcRequest.class, SunrpcTrace.SvcProcess.class,
                    NfsCommonTrace.NfsUuidIsLocal.class, NfsTrace.NfsLocalEnable.class, NfsCommonTrace.NfsUuidEnd.class);
        }

        @Test
        void the_handshake_arrives_on_the_connection_that_carries_nfs() {
            NfsServer m = mount(h1, C1, dir, "vers=3");
            read(m, USER, "data");

            RpcIostats server = c1.nfsd().serv().svStats();
            assertThat(server.calls(Nfs.NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_NULL)).isEqualTo(1);
            assertThat(server.calls(Nfs.NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_UUID_IS_LOCAL)).isEqualTo(1);
            assertThat(c1.nfsd().serv().svcConnections()).as("NFS and LOCALIO share one connection").isEqualTo(1);
            List<String> connections = h1.subsystems().kernel().trace().events(SunrpcTrace.RpcRequest.class).stream()
                    .filter(e -> e.prog() != Mount3.MOUNT_PROGRAM).map(SunrpcTrace.RpcRequest::connection).distinct()
                    .toList();
            assertThat(connections).as("every NFS and LOCALIO call of the client, mountd aside").hasSize(1);
        }

        @Test
        void the_uuid_is_local_call_body_is_16_bytes_on_the_wire() {
            NfsServer m = mount(h1, C1, dir, "vers=3");

            RpcIostats wire = m.connectionStats();
            assertThat(wire.callBytes(Nfs.NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_UUID_IS_LOCAL)
                    - wire.callBytes(Nfs.NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_NULL)).isEqualTo(16);
        }

        @Test
        void mounts_of_the_same_server_share_one_client_and_one_probe() {
            NfsServer a = mount(h1, C1, dir, "vers=3");
            NfsServer b = mount(h1, C1, dir, "vers=3");

            assertThat(b.nfsClient()).isSameAs(a.nfsClient());
            assertThat(a.nfsClient().clCount()).isEqualTo(2);
            assertThat(a.nfsClient().probes()).isEqualTo(1);
        }

        @Test
        void a_container_client_is_local_to_the_hosts_own_nfsd() {
            h1.hostNfsd().export("*", dir, "rw");
            h1.startNfsd();
            Container client = h1.container("client").address("172.17.0.9").start();

            NfsServer m = mount(client, "10.0.0.1", dir, "vers=3");

            LocalioAssertions.assertThat(m.nfsClient().clUuid()).isLocalTo(h1.net());
            assertThat(read(m, USER, "data").wentLocal()).isTrue();
        }
    }

    @Nested
    class the_address_does_not_decide {

        @Test
        void a_local_server_reached_through_a_port_forward_is_local() {
            world.lan.forward("10.0.0.1", c1);

            assertThat(Localio.nfsServerIsLocal(mount(h1, "10.0.0.1", dir, "vers=3").nfsClient())).isTrue();
        }

        @Test
        void a_local_server_reached_through_a_global_address_of_its_own_is_local() {
            world.lan.attach(c1, "10.0.0.11");

            assertThat(Localio.nfsServerIsLocal(mount(h1, "10.0.0.11", dir, "vers=4.2").nfsClient())).isTrue();
        }

        @Test
        void a_server_on_another_host_at_the_same_address_as_a_local_one_is_not_local() {
            Host h2 = world.host("h2", "10.0.0.2");
            NfsWorld.serve(h2, other, "rw");   // h2's own container, also at 172.17.0.2 on h2's bridge
            world.lan.forward("10.0.0.1", c1); // h1 publishes its container c1

            NfsServer m = mount(h2, "10.0.0.1", dir, "vers=3");

            assertThat(Localio.nfsServerIsLocal(m.nfsClient())).isFalse();
            assertThat(uuidIsLocal(m)).as("the handshake was tried and failed").isEqualTo(1);
            assertThat(probeResults(h2)).singleElement().satisfies(e ->
                    assertThat(e.reason()).isEqualTo("the server did not know the uuid"));
            LocalioAssertions.assertThat(m.nfsClient().clUuid()).isNotLocal();
        }
    }

    /**
     * The probe checks the flavor of the nfs_client's own RPC client, not the mount's sec=: NFSv3
     * creates that client with AUTH_UNIX whatever sec= says (RFC 2623), so these mounts probe and
     * go local; their RPCs still carry their own flavor.
     */
    @ParameterizedTest
    @ValueSource(strings = {"krb5", "krb5i", "krb5p", "none"})
    void an_nfsv3_mount_probes_whatever_its_flavor_because_the_client_itself_speaks_auth_unix(String sec) {
        NfsServer m = mount(h1, C1, dir, "vers=3,sec=" + sec);

        assertThat(Localio.nfsServerIsLocal(m.nfsClient())).isTrue();
        assertThat(m.nfsClient().uuidIsLocalCalls()).isEqualTo(1);
        assertThat(read(m, USER, "data").wentLocal()).isTrue();
    }

    @Test
    void an_nfsv4_client_on_a_host_with_a_kerberos_machine_credential_speaks_krb5i_and_is_not_probed() {
        h1.subsystems().nfs().setGssMachineCredential(true);

        NfsServer m = mount(h1, C1, dir, "vers=4.2,sec=sys");

        assertThat(Localio.nfsServerIsLocal(m.nfsClient())).isFalse();
        assertThat(m.connectionStats().calls(Nfs.NFS_LOCALIO_PROGRAM)).as("no LOCALIO RPC at all").isZero();
        assertThat(probeResults(h1)).singleElement().satisfies(e ->
                assertThat(e.reason()).isEqualTo("flavor krb5i is not AUTH_UNIX"));
        assertThat(read(m, USER, "data").wentLocal()).isFalse();
    }

    @Nested
    class localio_enabled {

        @Test
        void set_to_n_before_the_mount_means_no_probe_on_the_wire() {
            h1.subsystems().nfs().setLocalioEnabled(false);

            NfsServer m = mount(h1, C1, dir, "vers=3");

            assertThat(m.connectionStats().calls(Nfs.NFS_LOCALIO_PROGRAM)).isZero();
            assertThat(probeResults(h1)).singleElement()
                    .satisfies(e -> assertThat(e.reason()).isEqualTo("localio_enabled=N"));
        }

        @Test
        void is_checked_on_every_open() {
            NfsServer m = mount(h1, C1, dir, "vers=3");
            assertThat(read(m, USER, "data").wentLocal()).isTrue();

            h1.subsystems().nfs().setLocalioEnabled(false);
            NfsIo io = read(m, USER, "data");

            assertThat(io.wentLocal()).isFalse();
            assertThat(io.localioError()).as("not an error: the client is just not local now").isNull();
            assertThat(Localio.nfsServerIsLocal(m.nfsClient())).isFalse();
            h1.subsystems().nfs().setLocalioEnabled(true);
            assertThat(read(m, USER, "data").wentLocal()).as("the flag was never cleared").isTrue();
        }
    }

    @Nested
    class without_config_nfs_localio {

        @Test
        void a_server_without_the_program_answers_prog_unavail_so_no_uuid_is_local_is_sent() {
            Host old = world.host("old", "10.0.0.5", LocalioDesign.INTERLOCK, Kconfig.NO_LOCALIO);
            Container c = NfsWorld.serve(old, other, "rw");
            world.lan.forward("10.0.0.5", c);
            Host client = world.host("h3", "10.0.0.3");

            NfsServer m = mount(client, "10.0.0.5", other, "vers=3");

            assertThat(Localio.nfsServerIsLocal(m.nfsClient())).isFalse();
            assertThat(uuidIsLocal(m)).isZero();
            assertThat(m.connectionStats().replies("RPC_PROG_UNAVAIL")).isEqualTo(1);
            assertThat(probeResults(client)).singleElement().satisfies(e -> assertThat(e.reason())
                    .isEqualTo("rpc_bind_new_program: RPC_PROG_UNAVAIL"));
        }

        @Test
        void a_client_kernel_never_probes() {
            Host plain = world.host("plain", "10.0.0.6", LocalioDesign.INTERLOCK, Kconfig.NO_LOCALIO);
            world.lan.forward("10.0.0.1", c1);

            NfsServer m = mount(plain, "10.0.0.1", dir, "vers=3");

            assertThat(m.connectionStats().calls(Nfs.NFS_LOCALIO_PROGRAM)).isZero();
            assertThat(plain.subsystems().kernel().trace().events(NfsTrace.NfsLocalProbe.class)).isEmpty();
            assertThat(read(m, USER, "data").wentLocal()).isFalse();
        }
    }

    @Test
    void an_open_local_file_holds_a_serv_reference_until_it_is_put() {
        NfsServer m = mount(h1, C1, dir, "vers=3");
        NfsClient clp = m.nfsClient();
        var fh = m.lookup(USER, "data").value();

        OpaqueNfsdFile file = Localio.nfsLocalOpenFh(clp, USER, fh, Fmode.FMODE_READ);

        assertThat(file).isNotNull();
        assertThat(clp.localioFilesHeld()).isEqualTo(1);
        assertThat(c1.nfsd().nfsdNet().nfsdServRef().count()).as("the initial reference and ours").isEqualTo(2);
        Localio.nfsLocalFilePut(clp, file);
        assertThat(clp.localioFilesHeld()).isZero();
        assertThat(c1.nfsd().nfsdNet().nfsdServRef().count()).isEqualTo(1);
    }

    @Test
    void a_read_between_its_local_open_and_its_doio_keeps_nfsd_destroy_serv_waiting() {
        NfsServer m = mount(h1, C1, dir, "vers=3");
        NfsClient clp = m.nfsClient();
        var fh = m.lookup(USER, "data").value();
        OpaqueNfsdFile inFlight = Localio.nfsLocalOpenFh(clp, USER, fh, Fmode.FMODE_READ);
        var nn = c1.nfsd().nfsdNet();
        Thread stop = new Thread(() -> c1.nfsd().stop(), "rpc.nfsd-0");
        stop.start();

        Await.until("nfsd_destroy_serv() waits for free_done", () -> nn.nfsdServFreeDone().waiters() == 1);
        assertThat(nn.nfsdServ()).as("nn->nfsd_serv is still set").isNotNull();
        assertThat(nn.nfsdServRef().percpuRefTrygetLive()).as("no new reference once killed").isFalse();
        NfsPgioHeader hdr = NfsPgioHeader.read(fh, USER, Fmode.FMODE_READ, 0, 100);
        Localio.nfsLocalDoio(clp, inFlight, hdr);
        Await.joined(stop);

        assertThat(hdr.result().wentLocal()).isTrue();
        assertThat(hdr.result().data()).isEqualTo(NfsWorld.HELLO);
        assertThat(nn.nfsdServ()).isNull();
        assertThat(clp.localioFilesHeld()).isZero();
    }

    @Test
    void a_local_read_is_traced_from_its_rcu_section_to_its_last_put() {
        NfsServer m = mount(h1, C1, dir, "vers=3");
        h1.subsystems().kernel().trace().setLockEventsEnabled(true);

        assertThat(read(m, USER, "data").wentLocal()).isTrue();

        List<Class<? extends Tracepoint>> steps = h1.subsystems().kernel().trace().events().stream()
                .filter(e -> e.thread().equals(Thread.currentThread().getName()))
                .<Class<? extends Tracepoint>>map(e -> e.event().getClass()).toList();
        assertThat(steps).containsSubsequence(KernelTrace.LockAcquire.class, KernelTrace.RcuDereference.class,
                NfsdTrace.NfsdServTryGet.class, KernelTrace.LockRelease.class, NfsdTrace.NfsdFileAcquire.class,
                NfsTrace.NfsDoLocalRead.class, NfsdTrace.NfsdFilePutLocal.class, NfsdTrace.NfsdServPut.class);
    }

    @Test
    void unmounting_the_last_mount_frees_the_client_and_lets_go_of_the_server() {
        NfsServer m = mount(h1, C1, dir, "vers=3");
        NfsClient clp = m.nfsClient();
        int domRefs = clp.clUuid().dom().refcount();

        h1.subsystems().nfs().nfsKillSuper(m);

        assertThat(h1.subsystems().nfs().clients()).doesNotContain(clp);
        LocalioAssertions.assertThat(clp.clUuid()).isNotLocal();
        assertThat(c1.nfsd().nfsdNet().localClients().entries()).isEmpty();
        assertThat(h1.subsystems().sunrpc().authDomainTable().authDomainFind("*").refcount()).isEqualTo(domRefs);
        assertThat(clp.clRpcclient().isShutdown()).isTrue();
    }
}

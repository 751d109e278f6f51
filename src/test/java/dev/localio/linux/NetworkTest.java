package dev.localio.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.net.sunrpc.RpcAuth;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcCreateArgs;
import dev.localio.linux.net.sunrpc.RpcResult;
import dev.localio.linux.net.sunrpc.RpcStatus;
import dev.localio.linux.net.sunrpc.XprtRoute;
import dev.localio.linux.net.sunrpc.xdr.Dirpath;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Args;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Res;
import dev.localio.linux.net.sunrpc.xdr.Mount3;
import dev.localio.linux.net.sunrpc.xdr.Mountres3;
import dev.localio.linux.net.sunrpc.xdr.Mountstat3;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.Nfsstat3;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkTest {

    private static final RpcAuth ROOT = RpcAuth.authUnix(0, 0, new int[0], "client");

    @TempDir
    Path dir;
    private final Network lan = new Network();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private Host h1;
    private Host h2;

    @BeforeEach
    void boot() {
        h1 = host("h1", "10.0.0.1");
        h2 = host("h2", "10.0.0.2");
    }

    @AfterEach
    void shutDown() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    private Host host(String name, String address) {
        Host h = Host.builder(name).network(lan).address(address).build();
        closing.add(h);
        return h;
    }

    /** An RPC client in {@code from}'s namespace for {@code prog} at {@code daddr}. */
    private RpcResult<RpcClnt> connect(Endpoint from, String daddr, int prog, int vers, boolean resvport) {
        XprtRoute route = from.subsystems().sunrpc().sunrpcNet(from.net()).wire().xprtRoute(daddr, resvport);
        if (route == null) {
            return null;
        }
        RpcResult<RpcClnt> clnt = RpcClnt.rpcCreate(RpcCreateArgs.routed(route,
                prog == Nfs.NFS_PROGRAM ? Nfs.NFS_RPC_PROGRAM : Mount3.MOUNT_RPC_PROGRAM, vers, ROOT));
        if (!clnt.isErr()) {
            closing.add(clnt.value()::rpcShutdownClient);
        }
        return clnt;
    }

    private Mountstat3 mnt(Endpoint from, String daddr) {
        Mountres3 res = new Mountres3();
        RpcStatus status = connect(from, daddr, Mount3.MOUNT_PROGRAM, Mount3.MOUNT_V3, true).value()
                .rpcCallSync(Mount3.MOUNTPROC3_MNT, new Dirpath(dir.toString()), res);
        assertThat(status).isEqualTo(RpcStatus.SUCCESS);
        return res.fhsStatus();
    }

    @Nested
    class resolving_an_address {

        @Test
    void an_endpoint_owns_its_global_and_bridge_addresses_but_not_one_forwarded_to_it() {
        Container c1 = h1.container("c1").address("172.17.0.2").startNetns();
        lan.attach(h1, "192.0.2.1");
        lan.forward("198.51.100.7", c1);

        assertThat(lan.addresses(h1)).containsExactly("10.0.0.1", "192.0.2.1");
        assertThat(lan.addresses(c1)).containsExactly("172.17.0.2");
        assertThat(lan.addresses(h2)).containsExactly("10.0.0.2");
    }

    @Test
    void a_container_started_for_a_job_has_a_namespace_and_no_nfsd_and_its_client_is_seen_at_its_address() {
        h2.hostNfsd().export("*", dir, "rw");
        h2.startNfsd();
        Container job = h1.container("job").address("172.17.0.3").startNetns();

        assertThat(job.isRunning()).isTrue();
        assertThat(job.nfsd().isRunning()).as("nothing serves NFS in a job container").isFalse();
        assertThat(job.rpcbind().rpcbDump()).isEmpty();
        assertThat(mnt(job, "10.0.0.2")).as("a client in the job's namespace reaches h2").isEqualTo(Mountstat3.MNT3_OK);
        job.stop();
        assertThat(job.isRunning()).isFalse();
    }

    @Test
        void a_global_address_leads_to_its_namespace_from_any_host() {
            assertThat(lan.resolve(h2, "10.0.0.1")).isSameAs(h1);
            assertThat(lan.resolve(h1, "10.0.0.1")).isSameAs(h1);
            assertThat(lan.resolve(h1, "10.9.9.9")).isNull();
        }

        @Test
        void loopback_leads_back_to_the_callers_own_namespace() {
            Container c1 = h1.container("c1").start();
            assertThat(lan.resolve(c1, "127.0.0.1")).isSameAs(c1);
            assertThat(lan.resolve(h2, "localhost")).isSameAs(h2);
        }

        @Test
        void a_bridge_address_is_seen_only_from_its_host_and_two_hosts_may_use_the_same_one() {
            Container c1 = h1.container("c1").address("172.17.0.2");
            Container c2 = h2.container("c2").address("172.17.0.2");

            assertThat(lan.resolve(h1, "172.17.0.2")).isSameAs(c1);
            assertThat(lan.resolve(h2, "172.17.0.2")).isSameAs(c2);
            assertThat(lan.resolve(host("h3", "10.0.0.3"), "172.17.0.2")).isNull();
        }

        @Test
        void a_forward_sends_an_address_to_another_namespace() {
            Container c1 = h1.container("c1").address("172.17.0.2");
            lan.forward("10.0.0.1", c1);

            assertThat(lan.resolve(h2, "10.0.0.1")).isSameAs(c1);
            assertThat(lan.resolve(h1, "10.0.0.1")).isSameAs(c1);
            lan.unforward("10.0.0.1");
            assertThat(lan.resolve(h2, "10.0.0.1")).isSameAs(h1);
        }

        @Test
        void refuses_what_is_not_an_address_and_an_address_taken_twice() {
            assertThatThrownBy(() -> lan.attach(h1, "h1.example")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> lan.attach(h2, "10.0.0.1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Host.builder("x").network(lan).build())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class what_a_server_sees {

        @Test
        void a_caller_on_another_host_appears_with_its_hosts_address() {
            h1.hostNfsd().export("10.0.0.2", dir, "rw");
            h1.startNfsd();

            assertThat(mnt(h2, "10.0.0.1")).isEqualTo(Mountstat3.MNT3_OK);
            assertThat(mnt(host("h3", "10.0.0.3"), "10.0.0.1")).isEqualTo(Mountstat3.MNT3ERR_ACCES);
        }

        @Test
        void a_container_leaving_its_host_is_masqueraded_as_the_host() {
            h1.hostNfsd().export("10.0.0.2", dir, "rw");
            h1.startNfsd();
            Container client = h2.container("client").address("172.17.0.5").start();

            assertThat(mnt(client, "10.0.0.1")).isEqualTo(Mountstat3.MNT3_OK);
        }

        @Test
        void a_caller_on_the_same_host_appears_with_its_own_address() {
            Container c1 = h1.container("c1").address("172.17.0.2")
                    .export("10.0.0.1", dir, "rw").start();

            assertThat(mnt(h1, "172.17.0.2")).isEqualTo(Mountstat3.MNT3_OK);
            assertThat(mnt(c1, "127.0.0.1")).as("loopback is not 10.0.0.1").isEqualTo(Mountstat3.MNT3ERR_ACCES);
        }

        @Test
        void a_reserved_port_passes_a_secure_export_and_noresvport_does_not() {
            h1.hostNfsd().export("*", dir, "rw,secure");
            h1.startNfsd();
            Getattr3Args root = new Getattr3Args(h1.hostNfsd().fh("*", dir, ""));

            Getattr3Res privileged = new Getattr3Res();
            connect(h2, "10.0.0.1", Nfs.NFS_PROGRAM, 3, true).value()
                    .rpcCallSync(Nfs3.NFS3PROC_GETATTR, root, privileged);
            Getattr3Res unprivileged = new Getattr3Res();
            connect(h2, "10.0.0.1", Nfs.NFS_PROGRAM, 3, false).value()
                    .rpcCallSync(Nfs3.NFS3PROC_GETATTR, root, unprivileged);

            assertThat(privileged.status()).isEqualTo(Nfsstat3.NFS3_OK);
            assertThat(unprivileged.status()).isEqualTo(Nfsstat3.NFS3ERR_PERM);
        }

        /*
         * The restart soak's EPERM: after a restart two workers remount at once, and the kernel gave one
         * worker's MNT connection (to mountd) and the other's NFS connection (to nfsd) the same source
         * port, as it may for connections to different servers. When the MNT client shut down, the
         * network forgot the port, and nfsd saw the NFS connection as an unknown 127.0.0.1 caller on an
         * unprivileged port: GETATTR of the root answered NFS3ERR_PERM and the mount failed. Here the
         * sockets' ports are chosen, so the race runs the same way every time.
         */
        @Test
        void a_connection_sharing_its_source_port_with_a_closed_one_is_still_its_hosts_from_a_privileged_port() {
            Container c1 = h1.container("c1").address("172.17.0.2");
            lan.attach(c1, "10.244.1.10").attach(c1, "10.244.1.11");
            InetSocketAddress shared = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40040);
            InetSocketAddress mountd = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40025);
            InetSocketAddress nfsd = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40005);
            XprtRoute mnt = lan.wire(h1).xprtRoute("10.244.1.10", true);
            XprtRoute nfs = lan.wire(h1).xprtRoute("10.244.1.11", true);

            mnt.xprtConnected(shared, mountd);
            nfs.xprtConnected(shared, nfsd);
            mnt.xprtClosed(shared, mountd);
            InetSocketAddress seen = lan.wire(c1).svcPeer(nfsd, shared);

            assertThat(seen.getAddress().getHostAddress()).as("the caller nfsd sees").isEqualTo("10.0.0.1");
            assertThat(seen.getPort()).as("its source port, as nfsd sees it").isLessThan(1024);
            nfs.xprtClosed(shared, nfsd);
            assertThat(lan.trackedConnections()).isZero();
        }
    }

    @Test
    void a_client_finds_a_restarted_container_on_its_new_port_through_rpcbind() {
        Container c1 = h1.container("c1").address("172.17.0.2").export("*", dir, "rw").start();
        lan.forward("10.0.0.1", c1);
        RpcClnt nfs = connect(h2, "10.0.0.1", Nfs.NFS_PROGRAM, 3, true).value();
        assertThat(nfs.rpcPing()).isEqualTo(RpcStatus.SUCCESS);
        int before = c1.nfsd().nfsPort();

        c1.restart();
        Await.until("the client saw its connection close", () -> !nfs.clXprt().xprtConnected());

        assertThat(nfs.rpcPing()).isEqualTo(RpcStatus.SUCCESS);
        assertThat(nfs.rpcPeeraddr().getPort()).isEqualTo(c1.nfsd().nfsPort()).isNotEqualTo(before);
    }

    @Test
    void no_route_means_no_client_and_a_stopped_container_refuses() {
        assertThat(connect(h2, "10.9.9.9", Nfs.NFS_PROGRAM, 3, true)).isNull();
        h1.container("c1").address("172.17.0.2");

        assertThat(connect(h1, "172.17.0.2", Nfs.NFS_PROGRAM, 3, true).status().kind()).isEqualTo("ECONNREFUSED");
    }

    @Test
    void connections_are_tracked_while_open_and_forgotten_when_closed() {
        h1.startNfsd();
        RpcClnt nfs = connect(h2, "10.0.0.1", Nfs.NFS_PROGRAM, 3, true).value();
        assertThat(lan.trackedConnections()).isEqualTo(1);

        nfs.rpcShutdownClient();

        assertThat(lan.trackedConnections()).isZero();
    }
}

package dev.localio.linux.net.sunrpc;

import dev.localio.linux.net.sunrpc.xdr.Getattr3Args;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Res;
import dev.localio.linux.net.sunrpc.xdr.LocalioUuidArg;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.Nfsstat3;
import org.dcache.oncrpc4j.xdr.XdrVoid;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static dev.localio.linux.net.sunrpc.xdr.Nfs.NFSLOCALIO_RPC_PROGRAM;
import static dev.localio.linux.net.sunrpc.xdr.Nfs.NFS_LOCALIO_PROGRAM;
import static dev.localio.linux.net.sunrpc.xdr.Nfs.NFS_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RpcClntTest {

    @AutoClose
    private final SunrpcFixture fixture = new SunrpcFixture();

    private static void spinUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 5 s");
            }
            Thread.onSpinWait();
        }
    }

    @Nested
    class sends_the_credential_the_server_then_sees {

        @Test
        void auth_null_carries_no_identity() {
            fixture.nfsClient(RpcAuth.authNull()).rpcPing();

            assertThat(fixture.served).singleElement().extracting(SvcRqst::rqCred)
                    .isEqualTo(new SvcCred(RpcAuthFlavor.RPC_AUTH_NULL, -1, -1, List.of(), "", ""));
        }

        @Test
        void auth_unix_carries_uid_gid_groups_and_machine_name() {
            fixture.nfsClient(SunrpcFixture.unix()).rpcPing();

            assertThat(fixture.served).singleElement().extracting(SvcRqst::rqCred)
                    .isEqualTo(new SvcCred(RpcAuthFlavor.RPC_AUTH_UNIX, 1000, 100, List.of(10, 20), "client.example",
                            ""));
        }

        @Test
        void a_per_call_credential_replaces_the_clients_for_that_call() {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());

            nfs.rpcCallSync(0, XdrVoid.XDR_VOID, new XdrVoid(), RpcAuth.authUnix(0, 0, new int[0], "root"));

            assertThat(fixture.served).singleElement().satisfies(rqstp -> assertThat(rqstp.rqCred().crUid()).isZero());
        }

        @ParameterizedTest
        @EnumSource(value = RpcAuthFlavor.class, names = {"RPC_AUTH_GSS_KRB5", "RPC_AUTH_GSS_KRB5I", "RPC_AUTH_GSS_KRB5P"})
        void rpcsec_gss_carries_its_service_so_the_server_sees_the_pseudoflavor(RpcAuthFlavor pseudoflavor) {
            List<RpcTraceEvent> events = new CopyOnWriteArrayList<>();
            fixture.serv.addTraceListener(events::add);

            RpcStatus status = fixture.nfsClient(RpcAuth.authGss(pseudoflavor, "alice@EXAMPLE.COM")).rpcPing();

            assertThat(status).isEqualTo(RpcStatus.SUCCESS);
            assertThat(fixture.served).singleElement().extracting(SvcRqst::rqCred).satisfies(cred -> {
                assertThat(cred.crFlavor()).isEqualTo(pseudoflavor);
                assertThat(cred.crFlavor().wireFlavor()).isEqualTo(6);
                assertThat(cred.gssService()).isEqualTo(pseudoflavor.gssService());
                assertThat(cred.crPrincipal()).isEqualTo("alice@EXAMPLE.COM");
            });
            assertThat(events).extracting(RpcTraceEvent::flavor).containsOnly(pseudoflavor);
        }

        @Test
        void refuses_credentials_the_protocol_cannot_carry() {
            assertThatThrownBy(() -> RpcAuth.authUnix(0, 0, new int[17], "h"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RpcAuth.authGss(RpcAuthFlavor.RPC_AUTH_UNIX, "p"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class binding_a_new_program {

        @Test
        void shares_the_connection_the_credential_and_asks_no_rpcbind() {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
            nfs.rpcPing();
            long queries = fixture.rpcbind.getportQueries();

            RpcClnt localio = fixture.track(nfs.rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).value());
            localio.rpcCallSync(Nfs.LOCALIOPROC_UUID_IS_LOCAL, new LocalioUuidArg(UUID.randomUUID()), new XdrVoid());

            assertThat(localio.clXprt()).isSameAs(nfs.clXprt());
            assertThat(localio.clAuth()).isSameAs(nfs.clAuth());
            assertThat(localio.clParent()).isSameAs(nfs);
            assertThat(fixture.rpcbind.getportQueries()).isEqualTo(queries);
            assertThat(fixture.served).extracting(SvcRqst::rqProg)
                    .containsExactly(NFS_PROGRAM, NFS_LOCALIO_PROGRAM, NFS_LOCALIO_PROGRAM);
            assertThat(fixture.served).extracting(SvcRqst::rqXprt).containsOnly(fixture.served.peek().rqXprt());
            assertThat(fixture.served).extracting(rqstp -> rqstp.rqAddr().getPort())
                    .containsOnly(nfs.clXprt().xprtLocalAddress().getPort());
            assertThat(fixture.serv.svcConnections()).isEqualTo(1);
        }

        @Test
        void pings_the_new_program_before_returning_it() {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());

            fixture.track(nfs.rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).value());

            RpcIostatsAssert.assertThat(fixture.serv.svStats())
                    .countedCalls(NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_NULL, 1)
                    .sawNoCall(NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_UUID_IS_LOCAL);
        }

        @Test
        void fails_with_the_pings_status_when_the_server_lacks_the_program() {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());

            RpcResult<RpcClnt> acl = nfs.rpcBindNewProgram(new RpcProgram("nfsacl", 100227), 3);

            assertThat(acl.isErr()).isTrue();
            assertThat(acl.status()).isEqualTo(RpcStatus.progUnavail());
            assertThat(acl.status().tkStatus()).isEqualTo(-96);
            assertThatThrownBy(acl::value).isInstanceOf(IllegalStateException.class);
            assertThat(nfs.rpcPing()).as("the failed clone left the connection to its parent")
                    .isEqualTo(RpcStatus.SUCCESS);
        }

        @Test
        void fails_with_prog_mismatch_for_a_version_the_server_lacks() {
            RpcResult<RpcClnt> v2 = fixture.nfsClient(SunrpcFixture.unix())
                    .rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, 2);

            assertThat(v2.status()).isEqualTo(RpcStatus.progMismatch(1, 1));
        }
    }

    @Nested
    class shutting_down {

        @Test
        void a_clone_leaves_its_parents_connection_open() {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
            RpcClnt localio = nfs.rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).value();

            localio.rpcShutdownClient();

            assertThat(localio.rpcPing().kind()).isEqualTo("EIO");
            assertThat(nfs.rpcPing()).isEqualTo(RpcStatus.SUCCESS);
            assertThat(nfs.clXprt().xprtDestroyed()).isFalse();
        }

        @Test
        void the_parent_leaves_the_connection_open_while_a_clone_uses_it() {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
            RpcClnt localio = nfs.rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).value();

            nfs.rpcShutdownClient();

            assertThat(nfs.rpcPing().kind()).isEqualTo("EIO");
            assertThat(nfs.rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, 1).status().kind()).isEqualTo("EIO");
            assertThat(localio.rpcPing()).isEqualTo(RpcStatus.SUCCESS);
        }

        @Test
        void the_last_client_closes_the_connection_and_its_receive_thread() {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
            RpcClnt localio = nfs.rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).value();
            Thread reader = nfs.clXprt().xprtReader();

            nfs.rpcShutdownClient();
            localio.rpcShutdownClient();
            localio.rpcShutdownClient();

            assertThat(nfs.clXprt().xprtDestroyed()).isTrue();
            assertThat(reader.isAlive()).isFalse();
        }

        @Test
        void ends_a_call_in_flight_with_eio() throws Exception {
            SvcVersion v1 = new SvcVersion(1, false,
                    List.of(new SvcProcedure<>(0, "NULL", XdrVoid::new, (rqstp, argp) -> null)));
            SvcServ silent = SvcServ.svcCreate(fixture.kernel,
                    List.of(new SvcProgram(0x20000002, "silent", List.of(v1))), 0);
            try {
                int port = SvcXprt.svcXprtCreate(silent, null);
                RpcClnt clnt = RpcClnt.rpcCreate(new InetSocketAddress("127.0.0.1", port),
                        new RpcProgram("silent", 0x20000002), 1, RpcAuth.authNull()).value();
                AtomicReference<RpcStatus> status = new AtomicReference<>();
                Thread caller = new Thread(() -> status.set(clnt.rpcPing()));
                caller.start();
                spinUntil(() -> clnt.clMetrics().calls() == 1);

                clnt.rpcShutdownClient();
                caller.join();

                assertThat(status.get().kind()).isEqualTo("EIO");
            } finally {
                silent.svcDestroy();
            }
        }
    }

    @Test
    void many_threads_call_concurrently_over_one_connection() throws InterruptedException {
        RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
        int threads = 8;
        int callsEach = 250;
        List<RpcStatus> failures = new CopyOnWriteArrayList<>();
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            byte id = (byte) t;
            callers.add(new Thread(() -> {
                for (int i = 0; i < callsEach; i++) {
                    Getattr3Res res = new Getattr3Res();
                    RpcStatus status = nfs.rpcCallSync(Nfs3.NFS3PROC_GETATTR, new Getattr3Args(NfsFh.of(new byte[] {id})),
                            res);
                    if (!status.isSuccess() || res.status() != Nfsstat3.NFS3_OK) {
                        failures.add(status);
                    }
                }
            }));
        }
        callers.forEach(Thread::start);
        for (Thread caller : callers) {
            caller.join();
        }

        assertThat(failures).isEmpty();
        RpcIostatsAssert.assertThat(fixture.serv.svStats())
                .countedCalls(NFS_PROGRAM, 3, Nfs3.NFS3PROC_GETATTR, (long) threads * callsEach);
        assertThat(fixture.served).extracting(SvcRqst::rqXprt).containsOnly(fixture.served.peek().rqXprt());
        assertThat(nfs.clXprt().badXids()).isZero();
    }

    @Test
    void counts_its_own_calls_while_the_connection_counts_everyones() {
        RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
        RpcIostatsAssert.assertThat(nfs.clXprt().xprtStats()).sawNoCallOf(NFS_LOCALIO_PROGRAM);

        nfs.rpcPing();
        RpcClnt localio = fixture.track(nfs.rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).value());

        RpcIostatsAssert.assertThat(nfs.clMetrics()).countedCalls(NFS_PROGRAM, 3, 0, 1).sawNoCallOf(NFS_LOCALIO_PROGRAM);
        RpcIostatsAssert.assertThat(localio.clMetrics()).countedCalls(NFS_LOCALIO_PROGRAM, 1, 0, 1)
                .sawNoCallOf(NFS_PROGRAM);
        RpcIostatsAssert.assertThat(nfs.clXprt().xprtStats()).countedCalls(NFS_PROGRAM, 3, 0, 1)
                .countedCalls(NFS_LOCALIO_PROGRAM, 1, 0, 1).countedReplies("RPC_SUCCESS", 2);
        assertThat(nfs.clXprt().xprtStats().bytesSent()).isEqualTo(fixture.serv.svStats().bytesRecv());
        assertThat(nfs.clXprt().xprtStats().bytesRecv()).isEqualTo(fixture.serv.svStats().bytesSent());
    }

    @Test
    void traces_a_call_as_it_starts_before_any_server_can_have_served_it() {
        RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
        List<Integer> servedWhenTraced = new CopyOnWriteArrayList<>();
        nfs.addTraceListener(e -> {
            if (e.direction() == RpcTraceEvent.Direction.CALL) {
                servedWhenTraced.add(fixture.served.size());
            }
        });

        assertThat(nfs.rpcPing()).isEqualTo(RpcStatus.SUCCESS);
        assertThat(nfs.rpcPing()).isEqualTo(RpcStatus.SUCCESS);

        assertThat(servedWhenTraced).containsExactly(0, 1);
    }

    @Test
    void reports_calls_and_replies_of_every_client_on_the_connection() {
        RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
        List<RpcTraceEvent> events = new CopyOnWriteArrayList<>();
        nfs.addTraceListener(events::add);

        fixture.track(nfs.rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).value());

        assertThat(events).extracting(RpcTraceEvent::side, RpcTraceEvent::direction, RpcTraceEvent::prog)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RpcIostats.Side.CLIENT, RpcTraceEvent.Direction.CALL,
                                NFS_LOCALIO_PROGRAM),
                        org.assertj.core.groups.Tuple.tuple(RpcIostats.Side.CLIENT, RpcTraceEvent.Direction.REPLY,
                                NFS_LOCALIO_PROGRAM));
        assertThat(events.get(0).wireBytes()).isEqualTo(nfs.clXprt().xprtStats().bytesSent());
        assertThat(events.get(1).status()).isEqualTo(RpcStatus.SUCCESS);
        assertThat(events.get(0).remote()).isEqualTo(fixture.address);
    }

    @Nested
    class creating_a_client {

        @Test
        void fails_with_econnrefused_when_nobody_listens() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                closedPort = socket.getLocalPort();
            }

            RpcResult<RpcClnt> clnt = RpcClnt.rpcCreate(new InetSocketAddress("127.0.0.1", closedPort),
                    Nfs.NFS_RPC_PROGRAM, 3, RpcAuth.authNull());

            assertThat(clnt.status().kind()).isEqualTo("ECONNREFUSED");
            assertThat(clnt.status().tkStatus()).isEqualTo(-111);
        }

        @Test
        void asks_rpcbind_for_the_port_when_none_is_given() {
            RpcCreateArgs args = RpcCreateArgs.of(new InetSocketAddress("127.0.0.1", 0), Nfs.NFS_RPC_PROGRAM, 3,
                    SunrpcFixture.unix()).withRpcbind(fixture.rpcbind);

            RpcClnt nfs = fixture.client(args);

            assertThat(nfs.rpcPeeraddr()).isEqualTo(fixture.address);
            assertThat(nfs.rpcPing()).isEqualTo(RpcStatus.SUCCESS);
            assertThat(fixture.rpcbind.getportQueries()).isEqualTo(1);
        }

        @Test
        void cannot_find_a_hidden_program_through_rpcbind() {
            RpcCreateArgs args = RpcCreateArgs.of(new InetSocketAddress("127.0.0.1", 0), NFSLOCALIO_RPC_PROGRAM, 1,
                    SunrpcFixture.unix()).withRpcbind(fixture.rpcbind);

            assertThat(RpcClnt.rpcCreate(args).status().kind()).isEqualTo("EACCES");
        }
    }

    /**
     * A chain of servers of one program, each registered in an rpcbind of its own (a restarted nfsd comes
     * back in a new namespace), that goes away when its first call arrives and before it answers: its
     * successor is listening and registered first, then it closes every connection, as nfsd's
     * {@code svc_xprt_destroy_all()} does. Its server thread is held until {@link #close()}, so no reply
     * can get out. A routed client follows the rpcbind of the newest server.
     */
    private final class Restarting implements AutoCloseable {

        private static final int PROG = 0x20000003;
        private final AtomicReference<Rpcbind> rpcbind = new AtomicReference<>();
        private final List<SvcServ> servs = new CopyOnWriteArrayList<>();
        private final CountDownLatch closed = new CountDownLatch(1);
        private final AtomicInteger restartsLeft;
        private final List<Integer> xids = new CopyOnWriteArrayList<>();

        Restarting(int restarts) throws IOException {
            restartsLeft = new AtomicInteger(restarts);
            start();
        }

        private void start() throws IOException {
            AtomicReference<SvcServ> self = new AtomicReference<>();
            SvcVersion v1 = new SvcVersion(1, false, List.of(new SvcProcedure<>(0, "NULL", XdrVoid::new,
                    (rqstp, argp) -> {
                        xids.add(rqstp.rqXid());
                        if (restartsLeft.getAndDecrement() > 0) {
                            goAway(self.get());
                        }
                        return XdrVoid.XDR_VOID;
                    })));
            SvcServ serv = SvcServ.svcCreate(fixture.kernel, List.of(new SvcProgram(PROG, "restarting", List.of(v1))), 0);
            self.set(serv);
            servs.add(serv);
            Rpcbind own = new Rpcbind();
            SvcXprt.svcXprtCreate(serv, own);
            rpcbind.set(own);
        }

        private void goAway(SvcServ serv) {
            try {
                start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SvcXprt.svcXprtDestroyAll(serv);
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        RpcClnt client() {
            XprtRoute route = XprtRoute.untracked("restarting", rpcbind::get);
            return fixture.client(RpcCreateArgs.routed(route, new RpcProgram("restarting", PROG), 1, RpcAuth.authNull()));
        }

        @Override
        public void close() {
            closed.countDown();
            servs.forEach(SvcServ::svcDestroy);
        }
    }

    @Nested
    class when_its_connection_breaks_before_the_reply {

        @Test
        void the_call_is_sent_again_with_its_xid_and_answered_by_the_server_that_replaced_the_first()
                throws IOException {
            try (Restarting servers = new Restarting(1)) {
                RpcClnt clnt = servers.client();

                RpcStatus status = clnt.rpcPing();

                assertThat(status).isEqualTo(RpcStatus.SUCCESS);
                assertThat(servers.xids).as("the xid each server saw").hasSize(2).containsOnly(servers.xids.get(0));
                assertThat(clnt.clMetrics().calls()).as("calls").isEqualTo(1);
                assertThat(clnt.clMetrics().retrans()).as("retransmissions").isEqualTo(1);
            }
        }

        @Test
        void a_second_break_ends_the_call_with_econnreset_after_one_resend() throws IOException {
            try (Restarting servers = new Restarting(2)) {
                RpcClnt clnt = servers.client();

                RpcStatus status = clnt.rpcPing();

                assertThat(status.kind()).isEqualTo("ECONNRESET");
                assertThat(servers.xids).as("the xid each server saw").hasSize(2);
                assertThat(clnt.clMetrics().retrans()).as("retransmissions").isEqualTo(1);
                assertThat(clnt.rpcPing()).as("the next call, to the third server").isEqualTo(RpcStatus.SUCCESS);
            }
        }
    }

    @Test
    void reconnects_to_a_server_restarted_on_the_same_port() throws IOException {
        RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
        nfs.rpcPing();
        InetSocketAddress firstSource = nfs.clXprt().xprtLocalAddress();
        fixture.serv.svcDestroy();
        spinUntil(() -> !nfs.clXprt().xprtConnected());

        SvcServ restarted = SvcServ.svcCreate(fixture.kernel, fixture.serv.svProgram(), SvcServ.RPCSVC_MAXPAYLOAD);
        try {
            SvcXprt.svcXprtCreate(restarted, fixture.rpcbind, fixture.address.getPort());

            assertThat(nfs.rpcPing()).isEqualTo(RpcStatus.SUCCESS);
            assertThat(nfs.clXprt().xprtLocalAddress()).isNotEqualTo(firstSource);
        } finally {
            restarted.svcDestroy();
        }
    }
}

package dev.localio.linux.net.sunrpc;

import dev.localio.linux.Await;
import dev.localio.linux.kernel.KasanUseAfterFree;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Args;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Res;
import dev.localio.linux.net.sunrpc.xdr.LocalioUuidArg;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.Nfsstat3;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import dev.localio.linux.net.sunrpc.xdr.Write3Args;
import dev.localio.linux.net.sunrpc.xdr.Write3Res;
import org.dcache.oncrpc4j.xdr.XdrVoid;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static dev.localio.linux.net.sunrpc.xdr.Nfs.NFS_LOCALIO_PROGRAM;
import static dev.localio.linux.net.sunrpc.xdr.Nfs.NFS_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvcServTest {

    @AutoClose
    private final SunrpcFixture fixture = new SunrpcFixture();

    private RpcClnt clientOf(int prog, int vers) {
        return fixture.client(RpcCreateArgs.of(fixture.address, new RpcProgram("p" + prog, prog), vers,
                SunrpcFixture.unix()));
    }

    @Test
    void listens_on_the_loopback_address_only() {
        assertThat(fixture.serv.svcXprtAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(fixture.serv.svcXprtAddress().getPort()).isPositive();
    }

    @Test
    void a_null_call_is_answered_with_success() {
        assertThat(fixture.nfsClient(SunrpcFixture.unix()).rpcPing()).isEqualTo(RpcStatus.SUCCESS);
    }

    @Test
    void a_procedure_gets_its_decoded_arguments_and_its_results_reach_the_caller() {
        Getattr3Res res = new Getattr3Res();
        RpcStatus status = fixture.nfsClient(SunrpcFixture.unix())
                .rpcCallSync(Nfs3.NFS3PROC_GETATTR, new Getattr3Args(NfsFh.of(new byte[] {1, 2})), res);

        assertThat(status).isEqualTo(RpcStatus.SUCCESS);
        assertThat(res.status()).isEqualTo(Nfsstat3.NFS3_OK);
        assertThat(res.objAttributes()).isEqualTo(SunrpcFixture.ATTRS);
    }

    @Test
    void carries_a_write_of_the_largest_payload() {
        byte[] data = new byte[SvcServ.RPCSVC_MAXPAYLOAD];
        data[data.length - 1] = 7;
        Write3Res res = new Write3Res();

        RpcStatus status = fixture.nfsClient(SunrpcFixture.unix()).rpcCallSync(Nfs3.NFS3PROC_WRITE,
                new Write3Args(NfsFh.of(new byte[8]), 0, StableHow.NFS_UNSTABLE, data), res);

        assertThat(status).isEqualTo(RpcStatus.SUCCESS);
        assertThat(res.count()).isEqualTo(data.length);
        assertThat(res.verf()).isEqualTo(SunrpcFixture.WRITE_VERF);
    }

    @Nested
    class answers_wrong_calls_as_a_kernel_server_does {

        @Test
        void an_unknown_program_gets_prog_unavail() {
            assertThat(clientOf(100227, 3).rpcPing()).isEqualTo(RpcStatus.progUnavail());
        }

        @Test
        void an_unknown_version_gets_prog_mismatch_with_the_lowest_and_highest_version() {
            RpcStatus status = clientOf(NFS_PROGRAM, 2).rpcPing();

            assertThat(status).isEqualTo(RpcStatus.progMismatch(3, 4));
            assertThat(status.tkStatus()).isEqualTo(-93);
        }

        @Test
        void an_unknown_procedure_gets_proc_unavail() {
            RpcStatus status = fixture.nfsClient(SunrpcFixture.unix())
                    .rpcCallSync(Nfs3.NFS3PROC_READDIRPLUS, XdrVoid.XDR_VOID, new XdrVoid());

            assertThat(status).isEqualTo(RpcStatus.procUnavail());
        }

        @Test
        void arguments_too_short_for_the_procedure_get_garbage_args() {
            RpcClnt localio = clientOf(NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1);

            assertThat(localio.rpcCallSync(Nfs.LOCALIOPROC_UUID_IS_LOCAL, RawArgs.words(3), new XdrVoid()))
                    .isEqualTo(RpcStatus.garbageArgs());
            assertThat(fixture.uuids).isEmpty();
        }

        @Test
        void arguments_longer_than_the_procedure_takes_are_read_as_far_as_it_reads_the_rest_ignored() {
            RpcClnt localio = clientOf(NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1);
            ByteBuffer lengthWordFirst = ByteBuffer.allocate(20).putInt(16).putLong(0x0102030405060708L)
                    .putLong(0x090a0b0c0d0e0f10L);

            assertThat(localio.rpcCallSync(Nfs.LOCALIOPROC_UUID_IS_LOCAL, new RawArgs(lengthWordFirst.array()),
                    new XdrVoid())).isEqualTo(RpcStatus.SUCCESS);
            assertThat(localio.rpcCallSync(Nfs.LOCALIOPROC_NULL, RawArgs.words(1), new XdrVoid()))
                    .isEqualTo(RpcStatus.SUCCESS);
            assertThat(fixture.uuids).containsExactly(new UUID(0x0000001001020304L, 0x05060708090a0b0cL));
        }

        @Test
        void arguments_that_break_a_limit_of_the_protocol_get_garbage_args() {
            ByteBuffer tooLongHandle = ByteBuffer.allocate(4 + 68).putInt(68);

            RpcStatus status = fixture.nfsClient(SunrpcFixture.unix())
                    .rpcCallSync(Nfs3.NFS3PROC_GETATTR, new RawArgs(tooLongHandle.array()), new Getattr3Res());

            assertThat(status).isEqualTo(RpcStatus.garbageArgs());
        }

        @Test
        void an_unknown_auth_flavor_gets_auth_badcred_before_the_program_is_looked_up() throws IOException {
            try (RawRpc raw = new RawRpc(fixture.address)) {
                ByteBuffer call = RawRpc.header(7, 2, 100227, 1, 0);
                RawRpc.emptyAuth(RawRpc.emptyAuth(call, 3), 0);
                raw.send(call);

                assertThat(raw.reply()).containsExactly(7, 1, 1, 1, RpcAuthStat.RPC_AUTH_BADCRED.value());
            }
        }

        @Test
        void a_credential_with_too_many_groups_gets_auth_badcred() throws IOException {
            try (RawRpc raw = new RawRpc(fixture.address)) {
                ByteBuffer call = RawRpc.header(8, 2, NFS_PROGRAM, 3, 0);
                call.putInt(1).putInt(4 * (5 + 17)).putInt(0).putInt(0).putInt(0).putInt(0).putInt(17);
                for (int i = 0; i < 17; i++) {
                    call.putInt(i);
                }
                RawRpc.emptyAuth(call, 0);
                raw.send(call);

                assertThat(raw.reply()).containsExactly(8, 1, 1, 1, RpcAuthStat.RPC_AUTH_BADCRED.value());
            }
        }

        @Test
        void a_credential_that_does_not_decode_gets_garbage_args() throws IOException {
            try (RawRpc raw = new RawRpc(fixture.address)) {
                ByteBuffer call = RawRpc.header(9, 2, NFS_PROGRAM, 3, 0);
                call.putInt(1).putInt(400);
                raw.send(call);

                assertThat(raw.reply()).containsExactly(9, 1, 0, 0, 0, RpcAcceptStat.RPC_GARBAGE_ARGS.value());
            }
        }

        @Test
        void an_rpc_version_other_than_2_gets_rpc_mismatch() throws IOException {
            try (RawRpc raw = new RawRpc(fixture.address)) {
                raw.send(RawRpc.emptyAuth(RawRpc.emptyAuth(RawRpc.header(10, 3, NFS_PROGRAM, 3, 0), 0), 0));

                assertThat(raw.reply()).containsExactly(10, 1, 1, 0, 2, 2);
            }
        }

        @Test
        void a_record_too_short_for_a_call_header_closes_its_connection_only() throws IOException {
            try (RawRpc raw = new RawRpc(fixture.address)) {
                raw.send(ByteBuffer.allocate(16).putInt(11).putInt(0).putInt(2));

                assertThat(raw.closedByServer()).isTrue();
            }
            assertThat(fixture.nfsClient(SunrpcFixture.unix()).rpcPing()).isEqualTo(RpcStatus.SUCCESS);
        }

        @Test
        void a_record_longer_than_sv_max_mesg_closes_its_connection_without_waiting_for_it() throws IOException {
            try (RawRpc raw = new RawRpc(fixture.address)) {
                raw.sendRecord(0x80000000 | (fixture.serv.svMaxMesg() + 1), ByteBuffer.allocate(8));

                assertThat(raw.closedByServer()).isTrue();
            }
            assertThat(fixture.nfsClient(SunrpcFixture.unix()).rpcPing()).isEqualTo(RpcStatus.SUCCESS);
        }

        @Test
        void records_that_straddle_reads_are_cut_at_their_marks() throws IOException {
            ByteBuffer stream = ByteBuffer.allocate(3 * 44);
            for (int xid = 21; xid <= 23; xid++) {
                ByteBuffer call = RawRpc.emptyAuth(RawRpc.emptyAuth(RawRpc.header(xid, 2, NFS_PROGRAM, 3, 0), 0), 0);
                call.flip();
                stream.putInt(0x80000000 | call.remaining()).put(call);
            }
            stream.flip();
            try (RawRpc raw = new RawRpc(fixture.address)) {
                raw.write(stream.duplicate().limit(44 + 44 + 10));
                raw.write(stream.duplicate().position(44 + 44 + 10).limit(44 + 44 + 31));
                raw.write(stream.duplicate().position(44 + 44 + 31));

                assertThat(List.of(raw.reply()[0], raw.reply()[0], raw.reply()[0])).containsExactlyInAnyOrder(21, 22, 23);
            }
        }

        @Test
        void a_write_beyond_sv_max_mesg_loses_its_connection_not_the_server() {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
            byte[] data = new byte[fixture.serv.svMaxMesg()];

            RpcStatus status = nfs.rpcCallSync(Nfs3.NFS3PROC_WRITE,
                    new Write3Args(NfsFh.of(new byte[8]), 0, StableHow.NFS_UNSTABLE, data), new Write3Res());

            assertThat(status.kind()).isEqualTo("ECONNRESET");
            assertThat(fixture.served).isEmpty();
            assertThat(nfs.rpcPing()).as("the next call reconnects").isEqualTo(RpcStatus.SUCCESS);
        }

        @Test
        void a_call_split_into_fragments_is_reassembled() throws IOException {
            try (RawRpc raw = new RawRpc(fixture.address)) {
                ByteBuffer call = RawRpc.emptyAuth(RawRpc.emptyAuth(RawRpc.header(12, 2, NFS_PROGRAM, 3, 0), 0), 0);
                call.flip();
                ByteBuffer first = call.duplicate().limit(12);
                raw.sendRecord(12, first);
                raw.sendRecord(0x80000000 | (call.remaining() - 12), call.position(12));

                assertThat(raw.reply()).containsExactly(12, 1, 0, 0, 0, 0);
            }
        }
    }

    @Nested
    class lets_the_program_decide_about_the_caller {

        @Test
        void the_program_hook_fills_rq_client() {
            fixture.nfsClient(SunrpcFixture.unix()).rpcPing();

            assertThat(fixture.served).singleElement()
                    .satisfies(rqstp -> assertThat(rqstp.rqClient()).isSameAs(fixture.domain));
        }

        @Test
        void the_server_drops_the_reference_rq_client_handed_over_once_the_call_is_done() {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
            nfs.rpcPing();
            nfs.rpcPing();

            assertThat(fixture.served).hasSize(2);
            assertThat(fixture.domain.refcount()).as("only the fixture's own reference is left").isEqualTo(1);
        }

        @Test
        void a_flavor_the_program_refuses_gets_auth_tooweak() {
            fixture.tooWeak.add(RpcAuthFlavor.RPC_AUTH_NULL);

            RpcStatus status = fixture.nfsClient(RpcAuth.authNull()).rpcPing();

            assertThat(status).isEqualTo(RpcStatus.authError(RpcAuthStat.RPC_AUTH_TOOWEAK));
            assertThat(status.tkStatus()).isEqualTo(-13);
            assertThat(fixture.served).isEmpty();
            RpcIostatsAssert.assertThat(fixture.serv.svStats()).countedReplies("RPC_AUTH_TOOWEAK", 1);
        }
    }

    @Nested
    class when_a_procedure_misbehaves {

        @Test
        void a_procedure_that_throws_is_an_oops_answered_with_system_err() throws IOException {
            SvcProgram broken = new SvcProgram(0x20000001, "broken", List.of(new SvcVersion(1, false, List.of(
                    new SvcProcedure<>(0, "NULL", XdrVoid::new, (rqstp, argp) -> {
                        throw new NullPointerException("NULL pointer dereference in a test procedure");
                    })))));
            SvcServ serv = SvcServ.svcCreate(fixture.kernel, List.of(broken), 0);
            try {
                int port = SvcXprt.svcXprtCreate(serv, null);
                RpcClnt clnt = fixture.track(RpcClnt.rpcCreate(new InetSocketAddress("127.0.0.1", port),
                        new RpcProgram("broken", 0x20000001), 1, RpcAuth.authNull()).value());

                assertThat(clnt.rpcPing()).isEqualTo(RpcStatus.systemErr());
                assertThat(serv.svcOopses()).singleElement().isInstanceOf(NullPointerException.class);
                assertThat(clnt.rpcPing()).isEqualTo(RpcStatus.systemErr());
            } finally {
                serv.svcDestroy();
            }
        }

        @Test
        void zero_threads_waits_for_the_call_in_progress_then_takes_no_more() throws Exception {
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            SvcProgram slow = new SvcProgram(0x20000003, "slow", List.of(new SvcVersion(1, false, List.of(
                    new SvcProcedure<>(0, "NULL", XdrVoid::new, (rqstp, argp) -> {
                        entered.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return XdrVoid.XDR_VOID;
                    })))));
            SvcServ serv = SvcServ.svcCreate(fixture.kernel, List.of(slow), 0);
            try {
                int port = SvcXprt.svcXprtCreate(serv, null);
                RpcCreateArgs args = RpcCreateArgs.of(new InetSocketAddress("127.0.0.1", port),
                        new RpcProgram("slow", 0x20000003), 1, RpcAuth.authNull());
                // The call in progress must outlast a thread start and a wait for it, which load can
                // stretch past any short timeout: its client waits as long as the fixture's do. The
                // late call is meant to time out, so its client gives up soon.
                RpcClnt clnt = fixture.client(args);
                RpcClnt late = fixture.track(RpcClnt.rpcCreate(args.withTimeout(Duration.ofMillis(300))).value());
                AtomicReference<RpcStatus> first = new AtomicReference<>();
                Thread caller = Await.start("caller", () -> first.set(clnt.rpcPing()));
                entered.await();
                Thread stopper = Await.start("rpc.nfsd 0", () -> serv.svcSetNumThreads(0));
                Await.until("svc_set_num_threads(0) waits or returns", () -> stopper.getState() == Thread.State.WAITING
                        || stopper.getState() == Thread.State.TERMINATED);
                assertThat(stopper.isAlive()).as("waits for the call in progress").isTrue();

                release.countDown();
                Await.joined(stopper);
                Await.joined(caller);

                assertThat(first.get()).isEqualTo(RpcStatus.SUCCESS);
                assertThat(late.rpcPing().kind()).as("dropped: no thread takes it").isEqualTo("ETIMEDOUT");
                assertThat(serv.svNrthreads()).isZero();
            } finally {
                release.countDown();
                serv.svcDestroy();
            }
        }

        @Test
        void a_procedure_that_returns_no_results_sends_no_reply() throws IOException {
            SvcProgram silent = new SvcProgram(0x20000002, "silent", List.of(new SvcVersion(1, false, List.of(
                    new SvcProcedure<>(0, "NULL", XdrVoid::new, (rqstp, argp) -> null)))));
            SvcServ serv = SvcServ.svcCreate(fixture.kernel, List.of(silent), 0);
            try {
                int port = SvcXprt.svcXprtCreate(serv, null);
                RpcClnt clnt = fixture.track(RpcClnt.rpcCreate(RpcCreateArgs.of(new InetSocketAddress("127.0.0.1",
                        port), new RpcProgram("silent", 0x20000002), 1, RpcAuth.authNull())
                        .withTimeout(Duration.ofMillis(200))).value());

                RpcStatus status = clnt.rpcPing();

                assertThat(status.kind()).isEqualTo("ETIMEDOUT");
                assertThat(status.tkStatus()).isEqualTo(-110);
            } finally {
                serv.svcDestroy();
            }
        }
    }

    @Nested
    class registers_with_rpcbind {

        @Test
        void every_version_that_is_not_hidden() {
            assertThat(fixture.rpcbind.rpcbDump()).containsExactly(
                    new Rpcbind.RpcbMapping(NFS_PROGRAM, 3, Rpcbind.IPPROTO_TCP, fixture.address.getPort()),
                    new Rpcbind.RpcbMapping(NFS_PROGRAM, 4, Rpcbind.IPPROTO_TCP, fixture.address.getPort()));
        }

        @Test
        void but_not_the_hidden_localio_version_which_is_still_served() {
            assertThat(fixture.rpcbind.isRegistered(NFS_LOCALIO_PROGRAM)).isFalse();
            assertThat(fixture.rpcbind.rpcbGetport(NFS_LOCALIO_PROGRAM, 1, Rpcbind.IPPROTO_TCP)).isZero();
            assertThat(clientOf(NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1).rpcPing()).isEqualTo(RpcStatus.SUCCESS);
        }
    }

    @Test
    void the_uuid_is_local_argument_is_exactly_16_bytes_on_the_wire() {
        RpcClnt localio = clientOf(NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1);
        UUID nonce = UUID.randomUUID();

        assertThat(localio.rpcPing()).isEqualTo(RpcStatus.SUCCESS);
        assertThat(localio.rpcCallSync(Nfs.LOCALIOPROC_UUID_IS_LOCAL, new LocalioUuidArg(nonce), new XdrVoid()))
                .isEqualTo(RpcStatus.SUCCESS);

        RpcIostats sent = localio.clMetrics();
        long nullRecord = sent.callBytes(NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_NULL);
        long uuidRecord = sent.callBytes(NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_UUID_IS_LOCAL);
        assertThat(uuidRecord - nullRecord).isEqualTo(16);
        assertThat(fixture.served).filteredOn(rqstp -> rqstp.rqProc() == Nfs.LOCALIOPROC_UUID_IS_LOCAL)
                .singleElement().satisfies(rqstp -> assertThat(rqstp.rqArgLen()).isEqualTo(16));
        assertThat(fixture.uuids).containsExactly(nonce);
        assertThat(sent.replyBytes(NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_UUID_IS_LOCAL))
                .as("the reply has no body: same size as NULL's")
                .isEqualTo(sent.replyBytes(NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_NULL));
    }

    @Test
    void counts_calls_bytes_and_outcomes_like_proc_net_rpc_nfsd() {
        RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
        nfs.rpcPing();
        nfs.rpcCallSync(Nfs3.NFS3PROC_GETATTR, new Getattr3Args(NfsFh.of(new byte[8])), new Getattr3Res());
        clientOf(NFS_PROGRAM, 2).rpcPing();

        RpcIostats stats = fixture.serv.svStats();
        RpcIostatsAssert.assertThat(stats)
                .countedCalls(NFS_PROGRAM, 3, Nfs3.NFS3PROC_NULL, 1)
                .countedCalls(NFS_PROGRAM, 3, Nfs3.NFS3PROC_GETATTR, 1)
                .countedCalls(NFS_PROGRAM, 2, 0, 1)
                .sawNoCallOf(NFS_LOCALIO_PROGRAM)
                .countedReplies("RPC_SUCCESS", 2)
                .countedReplies("RPC_PROG_MISMATCH", 1);
        assertThat(stats.bytesRecv()).isEqualTo(nfs.clMetrics().bytesSent() + stats.callBytes(NFS_PROGRAM, 2, 0));
        assertThat(stats.bytesSent()).isEqualTo(nfs.clMetrics().bytesRecv() + stats.replyBytes(NFS_PROGRAM, 2, 0));
    }

    @Test
    void reports_each_call_and_reply_to_its_trace_listeners() {
        List<RpcTraceEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        fixture.serv.addTraceListener(events::add);

        clientOf(NFS_PROGRAM, 2).rpcPing();

        assertThat(events).extracting(RpcTraceEvent::direction, RpcTraceEvent::side, RpcTraceEvent::prog,
                        RpcTraceEvent::flavor, e -> e.status() == null ? null : e.status().kind())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RpcTraceEvent.Direction.CALL, RpcIostats.Side.SERVER,
                                NFS_PROGRAM, RpcAuthFlavor.RPC_AUTH_UNIX, null),
                        org.assertj.core.groups.Tuple.tuple(RpcTraceEvent.Direction.REPLY, RpcIostats.Side.SERVER,
                                NFS_PROGRAM, RpcAuthFlavor.RPC_AUTH_UNIX, "RPC_PROG_MISMATCH"));
    }

    @Nested
    class when_destroyed {

        @Test
        void releases_its_port_unregisters_and_leaves_no_thread_behind() throws IOException {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
            assertThat(nfs.rpcPing()).isEqualTo(RpcStatus.SUCCESS);
            List<Thread> started = fixture.serv.svThreads();
            String prefix = fixture.serv.threadPrefix();
            assertThat(started).extracting(Thread::getName)
                    .anyMatch(name -> name.contains("SelectorRunner"))
                    .anyMatch(name -> name.startsWith(prefix + "/"));

            fixture.serv.svcDestroy();

            assertThat(started).noneMatch(Thread::isAlive);
            assertThat(liveThreadNames()).noneMatch(name -> name.startsWith(prefix));
            assertThat(fixture.rpcbind.rpcbDump()).isEmpty();
            assertThat(fixture.serv.svcConnections()).isZero();
            assertThatThrownBy(() -> new Socket(fixture.address.getAddress(), fixture.address.getPort()).close())
                    .isInstanceOf(ConnectException.class);
            assertThat(nfs.rpcPing().kind()).isIn("ECONNRESET", "ECONNREFUSED");
        }

        @Test
        void leaves_no_thread_of_any_name_behind_once_its_clients_are_shut_down() throws IOException {
            Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
            SvcServ serv = SvcServ.svcCreate(fixture.kernel, fixture.serv.svProgram(), 0);
            int port = SvcXprt.svcXprtCreate(serv, null);
            RpcClnt nfs = RpcClnt.rpcCreate(new InetSocketAddress("127.0.0.1", port), Nfs.NFS_RPC_PROGRAM, 3,
                    SunrpcFixture.unix()).value();
            RpcClnt localio = nfs.rpcBindNewProgram(Nfs.NFSLOCALIO_RPC_PROGRAM, 1).value();
            assertThat(localio.rpcPing()).isEqualTo(RpcStatus.SUCCESS);

            nfs.rpcShutdownClient();
            localio.rpcShutdownClient();
            serv.svcDestroy();

            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(thread -> !before.contains(thread))
                    .filteredOn(Thread::isAlive).extracting(Thread::getName)
                    .as("threads started since the server was created").isEmpty();
        }

        @Test
        void is_freed_so_following_a_stale_pointer_to_it_is_a_use_after_free() {
            fixture.serv.svcDestroy();

            assertThat(fixture.serv.isFreed()).isTrue();
            assertThatThrownBy(fixture.serv::svNrthreads).isInstanceOf(KasanUseAfterFree.class)
                    .hasMessageContaining("serv->sv_nrthreads");
            assertThat(fixture.kernel.kasan().reports()).singleElement()
                    .satisfies(report -> assertThat(report.object()).isEqualTo("struct svc_serv \"nfsd\""));
        }

        @Test
        void tears_down_in_nfsds_steps_transports_then_rpcbind_then_the_structure() throws IOException {
            RpcClnt nfs = fixture.nfsClient(SunrpcFixture.unix());
            assertThat(nfs.rpcPing()).isEqualTo(RpcStatus.SUCCESS);

            SvcXprt.svcXprtDestroyAll(fixture.serv);
            assertThatThrownBy(() -> new Socket(fixture.address.getAddress(), fixture.address.getPort()).close())
                    .as("port free").isInstanceOf(ConnectException.class);
            assertThat(fixture.rpcbind.rpcbDump()).as("still registered").isNotEmpty();
            fixture.serv.svcRpcbCleanup();
            assertThat(fixture.rpcbind.rpcbDump()).isEmpty();
            assertThat(fixture.serv.isFreed()).isFalse();
            fixture.serv.svcDestroy();
            assertThat(fixture.serv.isFreed()).isTrue();
        }

        @Test
        void can_be_destroyed_twice() {
            fixture.serv.svcDestroy();
            fixture.serv.svcDestroy();

            assertThat(fixture.serv.isDestroyed()).isTrue();
            assertThatThrownBy(() -> SvcXprt.svcXprtCreate(fixture.serv, null)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void rejects_program_tables_that_make_no_sense() {
        SvcVersion v1 = new SvcVersion(1, false, List.of(SvcProcedure.procNull()));
        SvcProgram program = new SvcProgram(1, "p", List.of(v1));

        assertThatThrownBy(() -> SvcServ.svcCreate(fixture.kernel, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SvcServ.svcCreate(fixture.kernel, List.of(program, program), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SvcVersion(1, false, List.of(SvcProcedure.procNull(), SvcProcedure.procNull())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SvcProgram(1, "p", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    static Set<String> liveThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }
}

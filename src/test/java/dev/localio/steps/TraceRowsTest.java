package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.fs.nfs.NfsTrace.NfsInitiateRead;
import dev.localio.linux.fs.nfs.NfsTrace.NfsInitiateWrite;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalDisable;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalEnable;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLookupEnter;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLookupExit;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalOpenFh;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidBegin;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidIsLocal;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdDestroyServ;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdDestroyServ.Step;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Trace.TraceEvent;
import dev.localio.linux.kernel.Tracepoint;
import dev.localio.linux.net.sunrpc.SunrpcTrace.RpcRequest;
import dev.localio.linux.kernel.KernelTrace.KrefGet;
import dev.localio.linux.kernel.KernelTrace.RcuAssignPointer;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The trace table's row language: which rows a page may write, what each stands for, and their order. */
class TraceRowsTest {

    private static final String CLIENT = "scenario";
    private static final String NFSD = "nfsd@1/0";
    private static final NfsFh HELLO = NfsFh.of(new byte[] {1, 2, 3});
    private static final NfsFh OTHER = NfsFh.of(new byte[] {9});
    private static final InetSocketAddress ADDR = new InetSocketAddress("127.0.0.1", 2049);

    private final TraceRows rows = new TraceRows(new TraceRows.Scene() {
        @Override
        public String clientThread() {
            return CLIENT;
        }

        @Override
        public Set<NfsFh> handles(String file) {
            return file.equals("hello.txt") ? Set.of(HELLO) : Set.of();
        }

        @Override
        public long dataIno(String file) {
            return 7;
        }
    });
    private final List<TraceEvent> trace = new ArrayList<>();

    private void on(String thread, Tracepoint event) {
        trace.add(new TraceEvent(trace.size(), thread, event));
    }

    private static RpcRequest uuidIsLocalCall() {
        return new RpcRequest(1, Nfs.NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1, Nfs.LOCALIOPROC_UUID_IS_LOCAL, 60, ADDR,
                ADDR, null);
    }

    private String find(String... expected) {
        return rows.findInOrder(List.of(expected), trace);
    }

    @Nested
    class ordering {

        @Test
        void rows_are_found_in_order_with_other_events_between_them() {
            UUID nonce = UUID.randomUUID();
            on(CLIENT, new NfsUuidBegin(true, nonce));
            on(CLIENT, new NfsLocalEnable("clp1"));
            on(CLIENT, uuidIsLocalCall());
            on(NFSD, new NfsUuidIsLocal("c1", true));
            on(CLIENT, new NfsLocalEnable("clp1"));

            assertThat(find("the client registers a new nonce in nfs_common", "the client sends UUID_IS_LOCAL",
                    "the server finds the nonce and lists the client as local", "the client starts using LOCALIO"))
                    .isNull();
        }

        @Test
        void a_row_whose_event_comes_only_before_the_previous_rows_is_not_found_after_it() {
            on(CLIENT, new NfsLocalEnable("clp1"));
            on(CLIENT, uuidIsLocalCall());

            assertThat(find("the client sends UUID_IS_LOCAL", "the client starts using LOCALIO"))
                    .isEqualTo("after \"the client sends UUID_IS_LOCAL\" nothing shows \"the client starts using LOCALIO\"");
        }

        @Test
        void a_first_row_with_no_event_is_missing_from_the_start_of_the_trace() {
            on(CLIENT, new NfsLocalEnable("clp1"));

            assertThat(find("the client sends UUID_IS_LOCAL"))
                    .isEqualTo("after the start of the act nothing shows \"the client sends UUID_IS_LOCAL\"");
        }

        @Test
        void one_event_answers_one_row_only() {
            on(CLIENT, new NfsLocalEnable("clp1"));

            assertThat(find("the client starts using LOCALIO", "the client starts using LOCALIO")).isNotNull();
        }
    }

    @Nested
    class the_act_only {

        @Test
        void events_before_the_act_answer_no_row() {
            on(CLIENT, new NfsLocalEnable("clp1"));
            long act = trace.size();
            on(CLIENT, new NfsLocalDisable("clp1"));

            assertThat(rows.findInOrder(List.of("the client starts using LOCALIO"), trace, act))
                    .isEqualTo("after the start of the act nothing shows \"the client starts using LOCALIO\"");
            assertThat(rows.findInOrder(List.of("the client stops using LOCALIO"), trace, act)).isNull();
        }

        @Test
        void rows_of_one_io_cannot_borrow_an_event_of_an_earlier_one() {
            // the Background's read dropped its file and serv references; the act's read only opens
            on(CLIENT, new dev.localio.linux.fs.nfsd.NfsdTrace.NfsdServPut("c1"));
            long act = trace.size();
            on(CLIENT, new dev.localio.linux.fs.nfsd.NfsdTrace.NfsdFilePutLocal("c1", 7));

            assertThat(rows.findInOrder(List.of("the client drops its file reference",
                    "the client drops its serv reference"), trace, 0)).isNotNull();
            assertThat(rows.findInOrder(List.of("the client drops its serv reference",
                    "the client drops its file reference"), trace, act)).isNotNull();
            assertThat(rows.findInOrder(List.of("the client drops its serv reference",
                    "the client drops its file reference"), trace, 0)).isNull();
        }
    }

    @Nested
    class a_chain_of_thens {

        @Test
        void a_then_row_follows_the_row_above_with_neither_kind_between() {
            on(CLIENT, new NfsLocalEnable("clp1"));
            on(CLIENT, new NfsLocalDisable("clp1"));
            on(CLIENT, new NfsLocalEnable("clp1"));

            assertThat(find("the client starts using LOCALIO", "then the client stops using LOCALIO",
                    "then the client starts using LOCALIO")).isNull();
        }

        @Test
        void the_last_of_the_row_aboves_kind_before_the_then_row_is_the_one_it_follows() {
            on(CLIENT, new NfsLocalDisable("clp1"));
            on(CLIENT, new NfsLocalDisable("clp1"));
            on(CLIENT, new NfsLocalEnable("clp1"));

            assertThat(find("the client stops using LOCALIO", "then the client starts using LOCALIO")).isNull();
        }

        @Test
        void a_chain_that_another_event_of_a_links_kind_breaks_is_not_found_and_the_break_is_named() {
            on(CLIENT, new NfsLocalEnable("clp1"));
            on(CLIENT, new NfsLocalDisable("clp1"));
            on(CLIENT, new NfsLocalDisable("clp1"));
            on(CLIENT, new NfsUuidBegin(true, UUID.randomUUID()));

            assertThat(find("the client starts using LOCALIO", "the client stops using LOCALIO",
                    "the client registers a new nonce in nfs_common")).isNull();
            assertThat(find("the client starts using LOCALIO", "then the client stops using LOCALIO",
                    "then the client registers a new nonce in nfs_common"))
                    .startsWith("\"then the client registers a new nonce in nfs_common\" does not follow"
                            + " \"then the client stops using LOCALIO\" directly: another");
        }

        @Test
        void an_event_of_the_row_above_between_the_two_is_named() {
            on(NFSD, new KrefGet("auth_domain *", 2));
            on(NFSD, new KrefGet("auth_domain *", 3));
            on(NFSD, new RcuAssignPointer("nfs_uuid->net", false));

            assertThat(find("the server takes a reference on the client's auth domain",
                    "then the server publishes the client's network namespace")).isNull();
            trace.clear();
            on(NFSD, new KrefGet("auth_domain *", 2));
            on(NFSD, new RcuAssignPointer("nfs_uuid->net", false));
            on(NFSD, new KrefGet("auth_domain *", 3));
            on(NFSD, new RcuAssignPointer("nfs_uuid->net", false));
            assertThat(find("the server takes a reference on the client's auth domain",
                    "then the server publishes the client's network namespace")).isNull();
        }

        @Test
        void a_publication_before_the_reference_is_not_a_then() {
            on(NFSD, new RcuAssignPointer("nfs_uuid->net", false));
            on(NFSD, new KrefGet("auth_domain *", 2));

            assertThat(find("the server takes a reference on the client's auth domain",
                    "then the server publishes the client's network namespace"))
                    .isEqualTo("after \"the server takes a reference on the client's auth domain\" nothing shows"
                            + " \"then the server publishes the client's network namespace\"");
        }

        @Test
        void the_first_row_cannot_be_a_then() {
            assertThatThrownBy(() -> find("then the client starts using LOCALIO"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the first row follows nothing");
        }
    }

    @Nested
    class rows_stand_for_their_tracepoint {

        @Test
        void a_lookup_over_rpc_is_a_lookup_call_on_the_wire_inside_the_clients_lookup_of_that_name() {
            RpcRequest lookup = new RpcRequest(2, Nfs.NFS_PROGRAM, 3, Nfs3.NFS3PROC_LOOKUP, 100, ADDR, ADDR, null);
            on(CLIENT, new NfsLookupEnter(HELLO, "hello.txt"));
            on(CLIENT, new NfsLookupExit(HELLO, "hello.txt", 0));

            assertThat(find("the client looks up \"hello.txt\" over RPC")).as("no call on the wire").isNotNull();
            trace.clear();
            on(CLIENT, new NfsLookupEnter(HELLO, "other.txt"));
            on(CLIENT, lookup);
            on(CLIENT, new NfsLookupExit(HELLO, "other.txt", 0));
            assertThat(find("the client looks up \"hello.txt\" over RPC")).as("another name's call").isNotNull();
            trace.clear();
            on(CLIENT, new NfsLookupEnter(HELLO, "hello.txt"));
            on(CLIENT, lookup);
            on(CLIENT, new NfsLookupExit(HELLO, "hello.txt", 0));
            assertThat(find("the client looks up \"hello.txt\" over RPC")).isNull();
        }

        @Test
        void a_client_row_takes_only_the_client_threads_events_and_a_server_row_only_the_others() {
            on(NFSD, uuidIsLocalCall());
            on(CLIENT, new NfsUuidIsLocal("c1", true));

            assertThat(find("the client sends UUID_IS_LOCAL")).isNotNull();
            assertThat(find("the server finds the nonce and lists the client as local")).isNotNull();
        }

        @Test
        void a_row_tests_the_tracepoints_fields() {
            on(NFSD, new NfsUuidIsLocal("c1", false));
            on(CLIENT, new NfsLocalOpenFh("clp1", HELLO, 1, Errno.EACCES.negative()));

            assertThat(find("the server finds the nonce and lists the client as local")).isNotNull();
            assertThat(find("a local open of \"hello.txt\" fails with ENXIO")).isNotNull();
            assertThat(find("a local open of \"hello.txt\" fails with EACCES")).isNull();
        }

        @Test
        void a_rows_arguments_pick_the_event() {
            on(NFSD, new NfsdDestroyServ("c2", Step.END));
            on(NFSD, new NfsdDestroyServ("c1", Step.BEGIN));

            assertThat(find("nfsd in container \"c1\" has shut down")).isNotNull();
            assertThat(find("nfsd in container \"c2\" has shut down")).isNull();
        }

        @Test
        void the_client_sends_a_procedure_for_a_file_through_that_procedures_tracepoint() {
            on(CLIENT, new NfsInitiateWrite("clp1", HELLO, 0, 10));
            on(CLIENT, new NfsInitiateRead("clp1", OTHER, 0, 10));

            assertThat(find("the client sends READ for \"hello.txt\"")).isNotNull();
            on(CLIENT, new NfsInitiateRead("clp1", HELLO, 0, 10));
            assertThat(find("the client sends READ for \"hello.txt\"")).isNull();
        }

        @Test
        void a_nonce_is_new_only_where_it_is_first_registered() {
            UUID nonce = UUID.randomUUID();
            on(CLIENT, new NfsUuidBegin(true, nonce));
            on(CLIENT, new NfsLocalEnable("clp1"));
            on(CLIENT, new NfsUuidBegin(true, nonce));

            assertThat(find("the client starts using LOCALIO", "the client registers a new nonce in nfs_common"))
                    .isNotNull();
            assertThat(find("the client registers a new nonce in nfs_common")).isNull();
        }
    }

    @Nested
    class a_row_the_table_does_not_know {

        @Test
        void is_an_error_naming_its_place_and_words() {
            assertThatThrownBy(() -> find("the client sends UUID_IS_LOCAL", "the client sends a postcard"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("row 2 of the table under this step (2 lines below it), \"the client sends a postcard\","
                            + " is no trace row; the rows a page may use are those of"
                            + " steps/dev/localio/steps/TraceRows.java");
        }

        @Test
        void is_reported_even_when_an_earlier_row_would_not_be_found() {
            assertThatThrownBy(() -> find("the client starts using LOCALIO", "the client starts using LOCALI0"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
        }

        @Test
        void names_an_unknown_errno() {
            assertThatThrownBy(() -> find("a local open of \"hello.txt\" fails with ENOPE"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("row 1 of the table under this step (1 line below it), \"a local open of \"hello.txt\""
                            + " fails with ENOPE\": no errno ENOPE");
        }

        @Test
        void names_a_procedure_that_no_tracepoint_marks() {
            assertThatThrownBy(() -> find("the client sends LOOKUP for \"hello.txt\""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("LOOKUP is not an IO procedure");
            assertThatThrownBy(() -> find("the client sends FROB for \"hello.txt\""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no procedure FROB");
        }
    }
}

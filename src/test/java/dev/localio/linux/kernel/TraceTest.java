package dev.localio.linux.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.Await;
import org.junit.jupiter.api.Test;

class TraceTest {

    private record Enable(String clp) implements Tracepoint {
    }

    private record Open(String fh, int mode) implements Tracepoint {
    }

    private final Trace trace = new Trace(1000);

    @Test
    void events_keep_order_thread_name_and_typed_fields() {
        trace.event(new Enable("c1"));
        trace.event(new Open("0x1", 1));
        assertThat(trace.eventTypes()).containsExactly(Enable.class, Open.class);
        assertThat(trace.events(Open.class)).singleElement().extracting(Open::mode).isEqualTo(1);
        Trace.TraceEvent e = trace.events().get(1);
        assertThat(e.seq()).isEqualTo(1);
        assertThat(e.thread()).isEqualTo(Thread.currentThread().getName());
        assertThat(e.name()).isEqualTo("open");
        assertThat(e.event()).isEqualTo(new Open("0x1", 1));
    }

    @Test
    void the_first_event_of_a_tracepoint_is_found_by_its_sequence_number_and_a_missing_one_is_minus_one() {
        trace.event(new Open("0x0", 0));
        trace.event(new Enable("c1"));
        trace.event(new Open("0x1", 1));
        trace.event(new Enable("c2"));
        assertThat(trace.firstSeq(Enable.class)).isEqualTo(1);
        assertThat(trace.firstSeq(Open.class)).isZero();
        assertThat(trace.firstSeq(KernelTrace.Warn.class)).isEqualTo(-1);
    }

    @Test
    void a_tracepoint_is_named_after_its_record_in_snake_case_unless_it_says_otherwise() {
        assertThat(new KernelTrace.LockAcquire("rcu_read_lock", 1).tracepoint()).isEqualTo("lock_acquire");
        assertThat(TracepointName.snakeCase("Nfs4FfLayoutPrepareDs")).isEqualTo("nfs4_ff_layout_prepare_ds");
        assertThat(TracepointName.snakeCase("Nfsd4ProcCompound")).isEqualTo("nfsd4_proc_compound");
        assertThat(new KernelTrace.Warn("check").tracepoint()).isEqualTo("__warn");
    }

    @Test
    void a_full_buffer_overwrites_the_oldest_events_and_counts_them() {
        Trace small = new Trace(2);
        small.event(new Enable("a"));
        small.event(new Enable("b"));
        small.event(new Enable("c"));
        assertThat(small.events(Enable.class)).extracting(Enable::clp).containsExactly("b", "c");
        assertThat(small.dropped()).isEqualTo(1);
    }

    @Test
    void a_buffer_holds_at_least_one_event() {
        assertThatThrownBy(() -> new Trace(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counters_start_at_zero_and_add_up_across_threads() {
        assertThat(trace.counterValue("rpc_calls")).isZero();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = Await.start("t" + i, () -> {
                for (int j = 0; j < 1000; j++) {
                    trace.counter("rpc_calls").incrementAndGet();
                    trace.event(new Enable("t"));
                }
            });
        }
        for (Thread t : ts) {
            Await.joined(t);
        }
        assertThat(trace.counterValue("rpc_calls")).isEqualTo(4000);
        assertThat(trace.counters()).containsEntry("rpc_calls", 4000L);
        assertThat(trace.events()).hasSize(1000).isSortedAccordingTo((x, y) -> Long.compare(x.seq(), y.seq()));
    }
}

package dev.localio.linux.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.Await;
import org.junit.jupiter.api.Test;

class TraceTest {

    private final Trace trace = new Trace(1000);

    @Test
    void events_keep_order_thread_name_and_fields() {
        trace.event("nfs_local_enable", "clp", "c1");
        trace.event("nfs_local_open_fh", "fh", "0x1", "mode", 1, "error", 0);
        assertThat(trace.eventNames()).containsExactly("nfs_local_enable", "nfs_local_open_fh");
        Trace.TraceEvent e = trace.events("nfs_local_open_fh").get(0);
        assertThat(e.seq()).isEqualTo(1);
        assertThat(e.thread()).isEqualTo(Thread.currentThread().getName());
        assertThat(e.field("mode")).isEqualTo(1);
        assertThat(e.fields()).containsOnlyKeys("fh", "mode", "error");
    }

    @Test
    void fields_must_come_in_pairs() {
        assertThatThrownBy(() -> trace.event("x", "lonely")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_full_buffer_overwrites_the_oldest_events_and_counts_them() {
        Trace small = new Trace(2);
        small.event("a");
        small.event("b");
        small.event("c");
        assertThat(small.eventNames()).containsExactly("b", "c");
        assertThat(small.dropped()).isEqualTo(1);
    }

    @Test
    void counters_start_at_zero_and_add_up_across_threads() {
        assertThat(trace.counterValue("rpc_calls")).isZero();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = Await.start("t" + i, () -> {
                for (int j = 0; j < 1000; j++) {
                    trace.counter("rpc_calls").incrementAndGet();
                    trace.event("call");
                }
            });
        }
        for (Thread t : ts) {
            Await.joined(t);
        }
        assertThat(trace.counterValue("rpc_calls")).isEqualTo(4000);
        assertThat(trace.counters()).containsEntry("rpc_calls", 4000L);
        assertThat(trace.events("call")).hasSize(1000)
                .isSortedAccordingTo((x, y) -> Long.compare(x.seq(), y.seq()));
    }
}

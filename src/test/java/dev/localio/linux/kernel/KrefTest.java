package dev.localio.linux.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.Await;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KrefTest {

    private final Kernel kernel = new Kernel("kref-test");
    private final Kref kref = new Kref(kernel);
    private final AtomicInteger released = new AtomicInteger();

    @Test
    void starts_at_one_and_releases_at_zero() {
        assertThat(kref.krefRead()).isEqualTo(1);
        kref.krefGet();
        assertThat(kref.krefPut(this, o -> released.incrementAndGet())).isFalse();
        assertThat(kref.krefPut(this, o -> released.incrementAndGet())).isTrue();
        assertThat(released).hasValue(1);
    }

    @Test
    void a_named_kref_traces_each_get_and_an_unnamed_one_none() {
        Kref named = new Kref(kernel, "auth_domain *");
        named.krefGet();
        kref.krefGet();
        named.krefGetUnlessZero();

        assertThat(kernel.trace().events(KernelTrace.KrefGet.class))
                .containsExactly(new KernelTrace.KrefGet("auth_domain *", 2));
    }

    @Test
    void put_below_zero_warns_underflow_and_does_not_release_again() {
        kref.krefPut(this, o -> released.incrementAndGet());
        assertThatThrownBy(() -> kref.krefPut(this, o -> released.incrementAndGet()))
                .isInstanceOf(KernelWarning.class).hasMessageContaining("underflow");
        assertThat(released).hasValue(1);
    }

    @Test
    void get_on_zero_warns_and_get_unless_zero_refuses() {
        kref.krefPut(this, o -> released.incrementAndGet());
        assertThat(kref.krefGetUnlessZero()).isFalse();
        assertThatThrownBy(kref::krefGet).isInstanceOf(KernelWarning.class)
                .hasMessageContaining("addition on 0");
    }

    @Test
    void release_runs_exactly_once_when_threads_race_their_puts() {
        int threads = 4;
        int each = 2_000;
        for (int i = 0; i < threads * each; i++) {
            kref.krefGet();
        }
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            ts[i] = Await.start("putter-" + i, () -> {
                for (int j = 0; j < each; j++) {
                    kref.krefPut(this, o -> released.incrementAndGet());
                }
            });
        }
        for (Thread t : ts) {
            Await.joined(t);
        }
        assertThat(released).hasValue(0);
        kref.krefPut(this, o -> released.incrementAndGet());
        assertThat(released).hasValue(1);
    }
}

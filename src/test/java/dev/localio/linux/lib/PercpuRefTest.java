package dev.localio.linux.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.Await;
import dev.localio.linux.kernel.Completion;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelWarning;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PercpuRefTest {

    private final Kernel kernel = new Kernel("percpu-ref-test");
    private final PercpuRef ref = new PercpuRef(kernel, "test_ref");
    private final AtomicInteger released = new AtomicInteger();
    private final Completion confirmDone = new Completion();
    private final Completion freeDone = new Completion();

    @AfterEach
    void close() {
        kernel.close();
    }

    private void init(int flags) {
        ref.percpuRefInit(r -> {
            released.incrementAndGet();
            freeDone.complete();
        }, flags);
    }

    private void killAndWaitConfirm() {
        ref.percpuRefKillAndConfirm(r -> confirmDone.complete());
        confirmDone.waitForCompletion();
    }

    @Test
    void an_uninitialised_ref_is_dead() {
        assertThat(ref.percpuRefIsDying()).isTrue();
        assertThat(ref.percpuRefTrygetLive()).isFalse();
    }

    @Nested
    class when_live {

        @Test
        void it_counts_in_percpu_mode_and_never_releases() {
            init(0);
            assertThat(ref.isPercpu()).isTrue();
            assertThat(ref.percpuRefTrygetLive()).isTrue();
            ref.percpuRefGet();
            assertThat(ref.count()).isEqualTo(3);
            ref.percpuRefPut();
            ref.percpuRefPut();
            ref.percpuRefPut(); // percpu mode: even the initial ref's put does not release
            assertThat(released).hasValue(0);
            assertThat(ref.percpuRefIsZero()).isFalse();
        }

        @Test
        void killing_it_twice_warns() {
            init(0);
            killAndWaitConfirm();
            assertThatThrownBy(() -> ref.percpuRefKillAndConfirm(null))
                    .isInstanceOf(KernelWarning.class).hasMessageContaining("more than once");
        }
    }

    @Nested
    class when_killed {

        @Test
        void tryget_live_fails_once_the_ref_is_killed_but_tryget_works_while_held() {
            init(0);
            ref.percpuRefGet();
            killAndWaitConfirm();
            assertThat(ref.percpuRefIsDying()).isTrue();
            assertThat(ref.percpuRefTrygetLive()).isFalse();
            assertThat(ref.percpuRefTryget()).isTrue();
            ref.percpuRefPut();
            assertThat(released).hasValue(0);
            ref.percpuRefPut();
            // The switch's own reference may still be dropped by the RCU callback after confirm.
            freeDone.waitForCompletion();
            assertThat(released).hasValue(1);
            assertThat(ref.percpuRefTryget()).isFalse();
        }

        @Test
        void release_follows_confirm_at_once_when_nobody_holds_a_reference() {
            init(0);
            killAndWaitConfirm();
            freeDone.waitForCompletion();
            assertThat(released).hasValue(1);
            assertThat(ref.percpuRefIsZero()).isTrue();
            assertThat(kernel.trace().eventTypes()).containsSubsequence(PercpuRefTrace.PercpuRefKillAndConfirm.class,
                    PercpuRefTrace.PercpuRefSwitchToAtomicRcu.class, PercpuRefTrace.PercpuRefPutMany.class);
        }

        @Test
        void release_waits_for_the_last_holder() {
            init(0);
            assertThat(ref.percpuRefTrygetLive()).isTrue();
            killAndWaitConfirm();
            assertThat(freeDone.completionDone()).isFalse();
            assertThat(released).hasValue(0);
            ref.percpuRefPut();
            freeDone.waitForCompletion();
            assertThat(released).hasValue(1);
        }

        @Test
        void exit_then_init_again_makes_it_live_as_an_nfsd_restart_does() {
            init(0);
            killAndWaitConfirm();
            freeDone.waitForCompletion();
            ref.percpuRefExit();
            assertThat(ref.percpuRefTrygetLive()).isFalse();
            assertThat(ref.percpuRefIsZero()).isTrue();
            init(0);
            assertThat(ref.percpuRefTrygetLive()).isTrue();
            assertThat(ref.count()).isEqualTo(2);
        }

        @Test
        void reinit_brings_back_a_ref_that_allows_it() {
            init(PercpuRef.PERCPU_REF_ALLOW_REINIT);
            killAndWaitConfirm();
            freeDone.waitForCompletion();
            ref.percpuRefReinit();
            assertThat(ref.percpuRefIsDying()).isFalse();
            assertThat(ref.isPercpu()).isTrue();
            assertThat(ref.percpuRefTrygetLive()).isTrue();
            ref.percpuRefPut();
            killAndWaitConfirm();
            freeDone.waitForCompletion();
            assertThat(released).hasValue(2);
        }

        @Test
        void reinit_of_a_ref_still_held_warns() {
            init(PercpuRef.PERCPU_REF_ALLOW_REINIT);
            ref.percpuRefGet();
            killAndWaitConfirm();
            assertThatThrownBy(ref::percpuRefReinit).isInstanceOf(KernelWarning.class)
                    .hasMessageContaining("not at zero");
        }
    }

    @Test
    void after_confirm_no_tryget_live_succeeds_and_release_runs_once_under_contention() {
        init(0);
        AtomicBoolean confirmed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong lateSuccesses = new AtomicLong();
        AtomicLong successes = new AtomicLong();
        Thread[] threads = new Thread[3];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Await.start("tryget-" + i, () -> {
                while (!stop.get()) {
                    boolean afterConfirm = confirmed.get();
                    if (ref.percpuRefTrygetLive()) {
                        successes.incrementAndGet();
                        if (afterConfirm) {
                            lateSuccesses.incrementAndGet();
                        }
                        ref.percpuRefPut();
                    }
                }
            });
        }
        Await.until("trygets succeed", () -> successes.get() > 1000);
        ref.percpuRefKillAndConfirm(r -> {
            confirmed.set(true);
            confirmDone.complete();
        });
        confirmDone.waitForCompletion();
        freeDone.waitForCompletion();
        stop.set(true);
        for (Thread t : threads) {
            Await.joined(t);
        }
        assertThat(lateSuccesses).hasValue(0);
        assertThat(released).hasValue(1);
        assertThat(ref.percpuRefIsZero()).isTrue();
    }
}

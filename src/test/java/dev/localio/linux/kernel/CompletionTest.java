package dev.localio.linux.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.Await;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompletionTest {

    private final Completion done = new Completion();

    @Test
    void a_new_completion_is_not_done() {
        assertThat(done.completionDone()).isFalse();
        assertThat(done.tryWaitForCompletion()).isFalse();
    }

    @Test
    void complete_lets_exactly_one_wait_through() {
        done.complete();
        assertThat(done.completionDone()).isTrue();
        done.waitForCompletion();
        assertThat(done.completionDone()).isFalse();
    }

    @Test
    void a_waiter_sleeps_until_complete() {
        AtomicInteger passed = new AtomicInteger();
        Thread waiter = Await.start("waiter", () -> {
            done.waitForCompletion();
            passed.incrementAndGet();
        });
        Await.until("the waiter sleeps", () -> done.waiters() == 1);
        assertThat(passed).hasValue(0);
        done.complete();
        Await.joined(waiter);
        assertThat(passed).hasValue(1);
    }

    @Test
    void complete_all_releases_every_waiter_and_later_ones_until_reinit() {
        AtomicInteger passed = new AtomicInteger();
        Thread[] waiters = new Thread[3];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = Await.start("waiter-" + i, () -> {
                done.waitForCompletion();
                passed.incrementAndGet();
            });
        }
        Await.until("three waiters sleep", () -> done.waiters() == 3);
        done.completeAll();
        for (Thread t : waiters) {
            Await.joined(t);
        }
        assertThat(passed).hasValue(3);
        done.waitForCompletion(); // still done
        done.reinitCompletion();
        assertThat(done.completionDone()).isFalse();
    }

    @Test
    void completes_and_waits_balance_under_concurrency() {
        int n = 200;
        Thread completer = Await.start("completer", () -> {
            for (int i = 0; i < n; i++) {
                done.complete();
            }
        });
        Thread waiter = Await.start("waiter", () -> {
            for (int i = 0; i < n; i++) {
                done.waitForCompletion();
            }
        });
        Await.joined(completer);
        Await.joined(waiter);
        assertThat(done.completionDone()).isFalse();
    }
}

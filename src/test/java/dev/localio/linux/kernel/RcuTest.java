package dev.localio.linux.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.Await;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RcuTest {

    private final Kernel kernel = new Kernel("rcu-test");
    private final Rcu rcu = kernel.rcu();

    @AfterEach
    void close() {
        kernel.close();
    }

    @Test
    void read_sections_nest_and_only_the_outermost_counts() {
        rcu.rcuReadLock();
        rcu.rcuReadLock();
        assertThat(rcu.rcuReadLockHeld()).isTrue();
        assertThat(rcu.activeReaders()).isEqualTo(1);
        rcu.rcuReadUnlock();
        assertThat(rcu.rcuReadLockHeld()).isTrue();
        rcu.rcuReadUnlock();
        assertThat(rcu.rcuReadLockHeld()).isFalse();
        assertThat(rcu.activeReaders()).isZero();
    }

    @Test
    void synchronize_rcu_without_readers_returns_at_once() {
        rcu.synchronizeRcu();
        assertThat(rcu.completedGracePeriods()).isEqualTo(1);
    }

    @Test
    void synchronize_rcu_inside_a_read_section_is_a_bug() {
        rcu.rcuReadLock();
        try {
            assertThatThrownBy(rcu::synchronizeRcu).isInstanceOf(KernelBug.class)
                    .hasMessageContaining("synchronize_rcu() in RCU read-side critical section");
        } finally {
            rcu.rcuReadUnlock();
        }
    }

    @Test
    void unbalanced_unlock_warns() {
        assertThatThrownBy(rcu::rcuReadUnlock).isInstanceOf(KernelWarning.class);
        assertThat(kernel.warnings()).extracting(Kernel.Warning::check)
                .containsExactly("rcu_read_unlock() without rcu_read_lock()");
    }

    /** A thread that enters a read section, counts {@code inside} down, leaves on {@code leave}. */
    private Thread holdingReadSection(String name, CountDownLatch inside, CountDownLatch leave) {
        return Await.start(name, () -> {
            rcu.rcuReadLock();
            inside.countDown();
            try {
                leave.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            rcu.rcuReadUnlock();
        });
    }

    @Nested
    class when_a_reader_is_inside_a_section {

        private final CountDownLatch inside = new CountDownLatch(1);
        private final CountDownLatch leave = new CountDownLatch(1);
        private Thread reader;

        private void startReader() throws InterruptedException {
            reader = holdingReadSection("reader", inside, leave);
            inside.await();
        }

        @Test
        void synchronize_rcu_waits_for_it_while_new_readers_pass() throws InterruptedException {
            startReader();
            AtomicBoolean synced = new AtomicBoolean();
            Thread writer = Await.start("writer", () -> {
                rcu.synchronizeRcu();
                synced.set(true);
            });
            Await.blocked(writer);

            // A reader that starts now neither blocks nor is blocked.
            rcu.rcuReadLock();
            rcu.rcuReadUnlock();
            assertThat(synced).isFalse();

            leave.countDown();
            Await.joined(writer);
            Await.joined(reader);
            assertThat(synced).isTrue();
        }

        @Test
        void synchronize_rcu_does_not_wait_for_a_reader_that_began_after_it() throws InterruptedException {
            startReader();
            Thread writer = Await.start("writer", rcu::synchronizeRcu);
            Await.blocked(writer);

            CountDownLatch lateInside = new CountDownLatch(1);
            CountDownLatch lateLeave = new CountDownLatch(1);
            Thread late = holdingReadSection("late-reader", lateInside, lateLeave);
            lateInside.await();

            leave.countDown();
            Await.joined(writer); // returns while the late reader is still inside
            assertThat(late.isAlive()).isTrue();
            lateLeave.countDown();
            Await.joined(late);
            Await.joined(reader);
        }

        @Test
        void call_rcu_runs_its_callback_only_after_the_reader_left() throws InterruptedException {
            startReader();
            AtomicBoolean ran = new AtomicBoolean();
            rcu.callRcu(() -> ran.set(true));
            Await.until("the rcu_gp kthread waits for the reader", () -> rcu.gpKthreadAlive());
            assertThat(ran).isFalse();
            leave.countDown();
            rcu.rcuBarrier();
            assertThat(ran).isTrue();
            Await.joined(reader);
        }
    }

    /**
     * Readers loop over read-side sections while the writer replaces the object, waits a grace
     * period and frees the old one. The run counts only if it raced: the writer goes on past its
     * 300 grace periods until every reader has used an object that a later grace period freed. On a
     * loaded machine the readers may not be scheduled before 300 grace periods are over (each is
     * quick while no reader is inside), and a run where no reader overlapped the writer would pass
     * whatever {@code synchronize_rcu()} did.
     */
    @Test
    void readers_never_see_an_object_freed_after_a_grace_period() {
        class Obj extends KasanObject {
            final int v;

            Obj(int v) {
                super(kernel, "obj " + v);
                this.v = v;
            }

            int v() {
                kasanCheck("obj->v");
                return v;
            }
        }
        RcuPointer<Obj> p = new RcuPointer<>(rcu, "p");
        p.rcuAssignPointer(new Obj(0));
        AtomicBoolean stop = new AtomicBoolean();
        // Per reader, the first object it used that the writer published (0: none yet).
        AtomicIntegerArray firstPublished = new AtomicIntegerArray(3);
        Thread[] readers = new Thread[firstPublished.length()];
        for (int i = 0; i < readers.length; i++) {
            int r = i;
            readers[i] = Await.start("reader-" + i, () -> {
                while (!stop.get()) {
                    rcu.rcuReadLock();
                    try {
                        Obj o = p.rcuDereference();
                        Thread.yield(); // widens the window in which a too-early free would land
                        firstPublished.compareAndSet(r, 0, o.v());
                    } finally {
                        rcu.rcuReadUnlock();
                    }
                }
            });
        }
        int published = 0;
        // The deadline only turns readers that never run into a failure; load slows them.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            while (published < 300 || !everyReaderUsedAFreedObject(firstPublished, published)) {
                if (!allAlive(readers)) {
                    break; // a reader crashed (a use-after-free, say): joining it below reports why
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("after " + published + " grace periods, not every reader had used an"
                            + " object that a grace period then freed: " + firstPublished);
                }
                Obj old = p.rcuAccessPointer();
                p.rcuAssignPointer(new Obj(++published));
                rcu.synchronizeRcu();
                old.kfree();
            }
        } finally {
            stop.set(true); // also when the loop fails: spinning readers would load the rest of the build
        }
        for (Thread t : readers) {
            Await.joined(t);
        }
        assertThat(kernel.kasan().reports()).isEmpty();
    }

    private static boolean allAlive(Thread[] threads) {
        for (Thread t : threads) {
            if (!t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** Whether each reader used an object published after 0 and replaced (then freed) since. */
    private static boolean everyReaderUsedAFreedObject(AtomicIntegerArray firstPublished, int published) {
        for (int r = 0; r < firstPublished.length(); r++) {
            int v = firstPublished.get(r);
            if (v == 0 || v >= published) {
                return false;
            }
        }
        return true;
    }

    @Test
    void with_lock_events_on_a_publication_a_section_and_what_it_dereferences_are_traced_in_order() {
        RcuPointer<String> p = new RcuPointer<>(rcu, "uuid->net");
        rcu.rcuReadLock();
        p.rcuDereference();
        rcu.rcuReadUnlock();
        assertThat(kernel.trace().events()).as("lock events are off by default").isEmpty();

        kernel.trace().setLockEventsEnabled(true);
        p.rcuAssignPointer("net c1");
        rcu.rcuReadLock();
        p.rcuDereference();
        rcu.rcuReadUnlock();

        assertThat(kernel.trace().events()).extracting(Trace.TraceEvent::event).containsExactly(
                new KernelTrace.RcuAssignPointer("uuid->net", false),
                new KernelTrace.LockAcquire("rcu_read_lock", 1),
                new KernelTrace.RcuDereference("uuid->net", false),
                new KernelTrace.LockRelease("rcu_read_lock", 1));
    }

    @Test
    void rcu_dereference_outside_a_read_section_warns_like_lockdep() {
        RcuPointer<String> p = new RcuPointer<>(rcu, "uuid->net");
        assertThatThrownBy(p::rcuDereference).isInstanceOf(KernelWarning.class)
                .hasMessageContaining("suspicious rcu_dereference_check() usage of uuid->net");
        assertThat(kernel.warnings()).hasSize(1);
    }

    @Test
    void rcu_dereference_without_panic_on_warn_records_and_goes_on() {
        try (Kernel lenient = new Kernel("lenient", false, 100)) {
            RcuPointer<String> p = new RcuPointer<>(lenient.rcu(), "p");
            p.rcuAssignPointer("x");
            assertThat(p.rcuDereference()).isEqualTo("x");
            assertThat(lenient.warnings()).hasSize(1);
            assertThat(lenient.trace().counterValue("warnings")).isEqualTo(1);
        }
    }

    @Test
    void close_runs_pending_callbacks_and_stops_the_kthread() {
        AtomicInteger ran = new AtomicInteger();
        rcu.callRcu(ran::incrementAndGet);
        rcu.callRcu(ran::incrementAndGet);
        kernel.close();
        assertThat(ran).hasValue(2);
        assertThat(rcu.gpKthreadAlive()).isFalse();
        assertThatThrownBy(() -> rcu.callRcu(ran::incrementAndGet)).isInstanceOf(KernelBug.class);
    }

    @Test
    void a_throwing_callback_is_an_oops_and_the_kthread_goes_on() {
        AtomicBoolean later = new AtomicBoolean();
        rcu.callRcu(() -> {
            throw new IllegalStateException("bad callback");
        });
        rcu.callRcu(() -> later.set(true));
        rcu.rcuBarrier();
        assertThat(later).isTrue();
        assertThat(kernel.oopses()).singleElement().isInstanceOf(IllegalStateException.class);
    }
}

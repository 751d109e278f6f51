package dev.localio.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;

/**
 * The harness on races small enough to reason about by hand: it must find the lost update of a
 * racy counter (or every clean verdict on the page would be worthless), and must not find one in
 * an atomic counter.
 */
class ModelCheckTest {

    /** Two threads each add one to a counter with a read and a separate write. */
    public static final class RacyCounter {
        private int count;

        public RacyCounter() {
            Runs.next(); // every race counts its interleavings (see Race)
        }

        @Operation
        public void add() {
            int seen = count;
            count = seen + 1;
        }

        @Validate
        public void bothAddsCounted() {
            Invariant.require(count == 2, "lost-update", "the counter ended at " + count + ", not 2");
        }
    }

    /** The same with an atomic add. */
    public static final class AtomicCounter {
        private final AtomicInteger count = new AtomicInteger();

        public AtomicCounter() {
            Runs.next();
        }

        @Operation
        public void add() {
            count.incrementAndGet();
        }

        @Validate
        public void bothAddsCounted() {
            Invariant.require(count.get() == 2, "lost-update", "the counter ended at " + count.get() + ", not 2");
        }
    }

    private static Race race(Class<?> type) {
        return new Race("two adds to one counter", type, List.of(List.of("add"), List.of("add")),
                List.of("first", "second"), List.of("adds one", "adds one too"));
    }

    @Test
    void finds_the_interleaving_in_which_a_racy_counter_loses_an_update() {
        ModelCheckResult r = ModelCheck.explore(race(RacyCounter.class), LocalioDesign.INTERLOCK, 100);

        assertThat(r.found()).as(r.summary()).isTrue();
        assertThat(r.broke("lost-update")).isTrue();
        assertThat(r.counterexample().broken()).isEqualTo("the counter ended at 1, not 2");
        assertThat(r.counterexample().trace()).as("the trace names both threads by their roles")
                .contains("first ", "second ");
    }

    @Test
    void finds_no_counterexample_in_an_atomic_counter_and_says_when_it_saw_every_interleaving() {
        ModelCheckResult r = ModelCheck.explore(race(AtomicCounter.class), LocalioDesign.INTERLOCK, 1000);

        assertThat(r.found()).as(r.summary()).isFalse();
        assertThat(r.runs()).isPositive().isLessThan(1000);
        assertThat(r.exhaustive()).isTrue();
        assertThat(r.summary()).contains("that is every interleaving there is");
    }

    @Test
    void reads_a_hung_execution_as_a_broken_promise_of_its_own() {
        String[] broken = ModelCheck.broken("= The execution has hung, see the thread dump =\n| Thread 1 |\n");

        assertThat(broken[0]).isEqualTo(ModelCheckResult.HANG);
    }

    @Test
    void states_its_bounds_in_words() {
        assertThat(race(RacyCounter.class).boundsInWords()).isEqualTo("2 threads, 1 operation each");
        assertThat(PercpuRefKillRace.RACE.boundsInWords()).isEqualTo("2 threads, up to 2 operations each");
    }
}

package dev.localio.check;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import java.time.Duration;

/**
 * What a model check found: how many interleavings it ran, and the first one that broke an
 * invariant, if any.
 *
 * @param race           what was checked
 * @param design         the LOCALIO design the checked kernels ran
 * @param bound          the most interleavings the check was allowed
 * @param runs           the interleavings it ran (with a counterexample, the checker's replay of it
 *                       to record the trace is counted too)
 * @param took           how long it took
 * @param counterexample the interleaving that broke an invariant, or {@code null}
 */
public record ModelCheckResult(Race race, LocalioDesign design, int bound, long runs, Duration took, Counterexample counterexample) {

    /**
     * An interleaving that broke an invariant.
     *
     * @param promise the id of the promise it broke ({@link Invariant}), or {@link #HANG}
     * @param broken  how, in the race's own words
     * @param trace   the interleaving, trimmed to the model's steps ({@link LincheckTrace})
     * @param report  Lincheck's whole report
     */
    public record Counterexample(String promise, String broken, String trace, String report) {
    }

    /** The promise a run breaks when one of its threads never finishes. */
    public static final String HANG = "hang";

    public boolean found() {
        return counterexample != null;
    }

    /** Whether the checker ran out of new interleavings before the bound (it saw them all). */
    public boolean exhaustive() {
        return counterexample == null && runs < bound;
    }

    /** Whether the check found an interleaving that broke {@code promise}. */
    public boolean broke(String promise) {
        return found() && counterexample.promise().equals(promise);
    }

    /** One paragraph for the page and the console. */
    public String summary() {
        String what = race.name() + " (" + race.boundsInWords() + ", plus the threads the model starts): ";
        String how = String.format("%d interleaving%s run in %.1f s, bound %d", runs, runs == 1 ? "" : "s",
                took.toMillis() / 1000.0, bound);
        if (found()) {
            return what + "counterexample found: " + counterexample.broken() + " (" + how + ")";
        }
        return what + "no counterexample in " + how + (exhaustive() ? "; that is every interleaving there is" : "");
    }

    /**
     * What the check did, for the page: the design, the threads and what each does, the bound, how
     * many interleavings ran and in how long, and what it found.
     */
    public String report() {
        return "kernel design: " + (design == LocalioDesign.INTERLOCK ? "with the interlock (v6.12)"
                : design == LocalioDesign.NEWEST ? "the newest mainline (nfsd_net_ref)"
                : design == LocalioDesign.NEWEST_UNCHECKED_ADD_FILE ? "the newest mainline without nfs_uuid_add_file()'s check"
                : "without the interlock")
                + "\nthreads: " + race.boundsInWords() + ", plus the threads the model starts\n"
                + race.legend()
                + "interleavings: at most " + bound + "; ran " + runs + " in "
                + String.format("%.1f s", took.toMillis() / 1000.0)
                + (exhaustive() ? " (every interleaving there is)" : "") + "\n"
                + (found() ? "found: [" + counterexample.promise() + "] " + counterexample.broken()
                        : "found: no interleaving that breaks a promise") + "\n";
    }
}

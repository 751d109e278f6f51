package dev.localio.check;

import dev.localio.linux.Host;
import dev.localio.linux.kernel.Kasan;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KasanUseAfterFree;
import dev.localio.linux.kernel.KernelBug;
import dev.localio.linux.kernel.KernelWarning;
import java.util.List;

/**
 * The checks a race's {@code @Validate} method makes. Each throws an {@link AssertionError} whose
 * message names the promise the interleaving broke ({@code [promise] how}, the promise an id the
 * page's steps ask about) and says how, in the page's words; the checker stops there and reports
 * that interleaving.
 */
public final class Invariant {

    /** The promise every race makes: the kernel neither crashes nor touches freed memory. */
    public static final String MEMORY = "memory";

    private Invariant() {
    }

    /** Fails, as a break of {@code promise}, with {@code broken} unless {@code holds}. */
    static void require(boolean holds, String promise, String broken) {
        if (!holds) {
            throw new AssertionError("[" + promise + "] " + broken);
        }
    }

    /** Fails if {@code who} crashed, naming the crash as a kernel would report it. */
    static void noCrash(String who, Throwable crash) {
        if (crash != null) {
            throw new AssertionError("[" + MEMORY + "] the kernel crashed in " + who + ": " + kind(crash) + " (" + crash
                    + ")", crash);
        }
    }

    /** Fails if KASAN reported anything (also from steps the checker ran as one). */
    static void noKasanReport(Host host) {
        noKasanReport(host.subsystems().kernel());
    }

    /** Fails if KASAN reported anything on {@code kernel}. */
    static void noKasanReport(Kernel kernel) {
        List<Kasan.KasanReport> reports = kernel.kasan().reports();
        if (!reports.isEmpty()) {
            Kasan.KasanReport r = reports.get(0);
            throw new AssertionError("[" + MEMORY + "] a freed object was touched: KASAN " + r.kind() + " of " + r.object()
                    + " at " + r.access());
        }
    }

    /** What kind of crash {@code t} is, as a kernel log would call it. */
    static String kind(Throwable t) {
        if (t instanceof NullPointerException) {
            return "a NULL pointer dereference";
        }
        if (t instanceof KasanUseAfterFree) {
            return "a use-after-free";
        }
        if (t instanceof KernelWarning) {
            return "a WARNING (panic_on_warn)";
        }
        if (t instanceof KernelBug) {
            return "a kernel BUG";
        }
        return "an oops";
    }
}

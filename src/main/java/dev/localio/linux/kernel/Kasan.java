package dev.localio.linux.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The host's Kernel Address Sanitizer: the list of reports for accesses to freed objects. Objects
 * with a lifetime extend {@link KasanObject}; every access checks that the object is live.
 *
 * <p>Models mm/kasan/report.c: {@code kasan_report()}, and the reports a KASAN kernel prints.
 */
public final class Kasan {

    /** One KASAN report: {@code kind} is {@code slab-use-after-free} or {@code double-free}. */
    public record KasanReport(long seq, String thread, String kind, String object, String access) {
    }

    private final Trace trace;
    private final List<KasanReport> reports = new ArrayList<>();

    Kasan(Trace trace) {
        this.trace = trace;
    }

    /** Records a report and returns the error the faulting access throws. */
    KasanUseAfterFree report(String kind, String object, String access) {
        long seq = trace.event(new KernelTrace.KasanReport(kind, object, access));
        trace.counter("kasan_reports").incrementAndGet();
        KasanReport r = new KasanReport(seq, Thread.currentThread().getName(), kind, object, access);
        synchronized (reports) {
            reports.add(r);
        }
        return new KasanUseAfterFree(r);
    }

    /** Every report so far, oldest first. */
    public List<KasanReport> reports() {
        synchronized (reports) {
            return List.copyOf(reports);
        }
    }
}

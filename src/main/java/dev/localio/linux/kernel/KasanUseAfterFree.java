package dev.localio.linux.kernel;

/**
 * Thrown by an access to a freed object (or by a second free). An {@link Error}: a KASAN kernel
 * prints the report and the faulting task dies, so no code may recover from it.
 *
 * <p>Models mm/kasan/report.c: the "BUG: KASAN: slab-use-after-free" report.
 */
public final class KasanUseAfterFree extends Error {
    private static final long serialVersionUID = 1L;

    private final transient Kasan.KasanReport report;

    KasanUseAfterFree(Kasan.KasanReport report) {
        super("BUG: KASAN: " + report.kind() + " in " + report.access() + " on " + report.object());
        this.report = report;
    }

    /** The report recorded in the host's KASAN list. */
    public Kasan.KasanReport report() {
        return report;
    }
}

package dev.livingdocs.weave;

import java.nio.file.Files;
import java.util.List;

import dev.livingdocs.tangle.Feature;
import dev.livingdocs.tangle.Page;

/**
 * The drift on the site: {@code drift.html}, the sentences that are stale on a variant (README, "One page,
 * two systems"), and a section of the landing page with the count. Reads the variant's results when the
 * build names a variant and they exist; without them there is no drift to show (and no page).
 */
final class DriftPage {

    /** The page's name, unless a page of the docs has it. */
    static final String NAME = "drift";

    private DriftPage() {
    }

    /**
     * The drift against the first variant whose results exist, or null. A variant without results is
     * reported on the build's log: its run was skipped ({@code -Dlivingdocs.variants.skip}) or failed.
     */
    static Drift drift(Weave.Settings settings, List<Page> pages, List<Feature> features, List<PageReport> own) {
        for (Drift.Variant v : settings.variants()) {
            if (v.results() == null) {
                // a weave that knows of the variant but holds none of its results (the live preview)
                continue;
            }
            if (!Files.isRegularFile(v.results())) {
                System.out.println("weave: no results for variant " + v.name() + " at " + v.results() + "; no drift shown");
                continue;
            }
            Results results = Results.read(v.results(), settings.featuresDir());
            List<PageReport> other = new Reports(results, settings.featuresDisplay(), settings.rerun()).build(pages, features);
            Drift drift = Drift.of(v, own, other);
            System.out.println("weave: " + drift.line());
            drift.writeData(v.results().resolveSibling("drift.jsonl"));
            return drift;
        }
        return null;
    }

    /** The AsciiDoc of the drift page: a title and the drift's HTML as a passthrough block. */
    static String source(Drift drift) {
        return "= Drift: " + drift.declaredName() + " against " + drift.variant().name() + "\n:reproducible:\n\n"
                + "++++\n" + drift.pageHtml() + "++++\n";
    }

    /** The landing page's section about the drift; empty without one. */
    static String indexSection(Drift drift) {
        if (drift == null) {
            return "";
        }
        return "\n== Drift\n\n"
                + "The pages describe " + drift.declaredName() + "; every scenario also ran against "
                + drift.variant().name() + ". link:" + NAME + ".html[" + drift.stale().size() + " scenario(s) and "
                + drift.staleClaims().size() + " claim(s)] hold on " + drift.declaredName() + " only: their sentences are stale on "
                + drift.variant().name() + ". " + drift.counts().get(Drift.Kind.BOTH) + " scenario(s) hold on both; "
                + drift.counts().get(Drift.Kind.VARIANT_ONLY) + " are about " + drift.variant().name() + " only.\n";
    }
}

package dev.livingdocs.tangle;

import java.util.List;

/**
 * The feature file tangled from a page.
 *
 * @param page   the page it comes from
 * @param file   where it is written, relative to the features directory (e.g. {@code localio.feature})
 * @param text   the Gherkin text
 * @param spans  where each executable block of the page landed in the text
 * @param checks for the feature of a page's prose, the line of each check's scenario; empty for the
 *               feature of its Gherkin blocks
 */
public record Feature(Page page, String file, String text, List<Span> spans, List<CheckAt> checks) {

    /** The file name a page's prose feature gets after the page's name. */
    public static final String PROSE_SUFFIX = ".prose.feature";

    public Feature {
        spans = List.copyOf(spans);
        checks = List.copyOf(checks);
    }

    /** The feature of a page's Gherkin blocks. */
    public Feature(Page page, String file, String text, List<Span> spans) {
        this(page, file, text, spans, List.of());
    }

    /** Whether it holds the checks of the page's prose rather than its scenarios. */
    public boolean prose() {
        return !checks.isEmpty();
    }

    /** A check of the prose, and the line of the scenario that runs it. */
    public record CheckAt(ProseCheck check, int line) {
    }

    /** A block's lines in the feature file: {@code first} to {@code last}, 1-based, inclusive. */
    public record Span(GherkinBlock block, int first, int last) {

        public boolean contains(int featureLine) {
            return featureLine >= first && featureLine <= last;
        }

        /** The block line that became the given feature line. */
        public SourceLine line(int featureLine) {
            return block.lines().get(featureLine - first);
        }
    }

    public SourceMap sourceMap() {
        return SourceMap.parse(text);
    }
}

package dev.livingdocs.tangle;

import java.util.List;

/**
 * The feature file tangled from a page.
 *
 * @param page   the page it comes from
 * @param file   where it is written, relative to the features directory (e.g. {@code localio.feature})
 * @param text   the Gherkin text
 * @param spans  where each executable block of the page landed in the text
 */
public record Feature(Page page, String file, String text, List<Span> spans) {

    public Feature {
        spans = List.copyOf(spans);
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

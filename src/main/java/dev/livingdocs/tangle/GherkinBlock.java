package dev.livingdocs.tangle;

import java.util.List;

import dev.livingdocs.DocLocation;

/**
 * A {@code [source,gherkin]} block of a page.
 *
 * @param location    where the block starts (its opening delimiter); tangle and weave identify a
 *                    block by it
 * @param sections    titles of the enclosing sections, outermost first; empty in the preamble
 * @param section     where the innermost enclosing section's title is, or null in the preamble
 * @param lines       the block's lines, after includes, conditionals and attribute references
 * @param executable  false for a block marked {@code %noexec}: shown, counted, never run
 * @param reason      why a non-executable block does not run (its {@code reason} attribute), or null
 */
public record GherkinBlock(
        DocLocation location,
        List<String> sections,
        DocLocation section,
        List<SourceLine> lines,
        boolean executable,
        String reason) {

    /** The option that marks an illustrative block: {@code [source%noexec,gherkin]}. */
    public static final String NOEXEC = "noexec";

    public GherkinBlock {
        sections = List.copyOf(sections);
        lines = List.copyOf(lines);
    }

    /** The Rule name: the section titles joined as reports show them, "FAQ › 7. Why …". */
    public String ruleName() {
        return String.join(" › ", sections);
    }
}

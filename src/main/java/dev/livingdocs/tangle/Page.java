package dev.livingdocs.tangle;

import java.nio.file.Path;
import java.util.List;

import dev.livingdocs.DocLocation;

/**
 * A page of the docs and the Gherkin blocks found in it.
 *
 * @param source  the page file
 * @param name    the page's name, e.g. {@code localio} for docs/localio.adoc; names its feature file
 * @param title   the document title (plain text); it names the Feature
 * @param titleAt where the title is
 * @param blocks  the Gherkin blocks, in document order
 * @param claims  the claims the page makes, in document order
 * @param checks  the facts and symbols its prose states, and its list of unmodelled symbols, in
 *                document order
 */
public record Page(Path source, String name, String title, DocLocation titleAt, List<GherkinBlock> blocks,
                   List<Claim> claims, List<ProseCheck> checks) {

    public Page {
        blocks = List.copyOf(blocks);
        claims = List.copyOf(claims);
        checks = List.copyOf(checks);
    }

    public boolean hasScenarios() {
        return blocks.stream().anyMatch(GherkinBlock::executable);
    }

    /** Whether its prose states anything a scenario checks (a mention of a listed symbol does not). */
    public boolean hasProseChecks() {
        return checks.stream().anyMatch(ProseCheck::runs);
    }
}

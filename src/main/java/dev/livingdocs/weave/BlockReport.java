package dev.livingdocs.weave;

import java.util.List;

import dev.livingdocs.tangle.GherkinBlock;

/** A Gherkin block of a page with the scenarios it holds and their outcomes. */
public record BlockReport(GherkinBlock block, List<ScenarioReport> scenarios) {

    public BlockReport {
        scenarios = List.copyOf(scenarios);
    }
}

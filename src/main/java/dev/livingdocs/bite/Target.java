package dev.livingdocs.bite;

import dev.livingdocs.DocLocation;

/**
 * A run of a scenario the gate judges: a plain scenario, or one example row of an outline.
 *
 * @param feature      the feature file, relative to the features directory
 * @param line         the feature line Cucumber locates the run at: the scenario's keyword, or the
 *                     example row
 * @param scenarioLine the feature line of the scenario's keyword
 * @param name         the scenario's name as it ran (an outline's with the row's values)
 * @param section      the Rule it sits in (the page's section), or "" before any
 * @param at           the page line of the scenario's keyword
 * @param row          the page line of the example row, or null for a plain scenario
 */
public record Target(String feature, int line, int scenarioLine, String name, String section, DocLocation at,
                     DocLocation row) {

    /** {@code localio.feature:88}: how a re-run names it. */
    public String id() {
        return feature + ":" + line;
    }

    /** Where a reader finds it: the example row, or the scenario. */
    public DocLocation where() {
        return row != null ? row : at;
    }
}

package dev.livingdocs.weave;

import java.util.List;

import dev.livingdocs.DocLocation;

/**
 * A scenario of a page and what happened to it.
 *
 * @param keyword    "Scenario", "Scenario Outline", … (or "Block" for a non-executable block whose
 *                   text is not a scenario)
 * @param name       the scenario's name
 * @param at         the page line of its keyword
 * @param firstIndex index in its block's lines where the scenario starts (its tags included)
 * @param outcome    the worst outcome among its runs
 * @param runs       how many runs it stands for: 1, or an outline's example rows
 * @param problems   steps that did not pass, at their page lines
 * @param rows       an outline's example rows; empty for a plain scenario
 * @param rerun      a one-line command that re-runs just this scenario; null if it cannot run
 * @param tags       its tags and those of its Examples tables, e.g. "@claim-faq7"
 * @param attachments what its steps attached, in order (for an outline, every row's)
 */
public record ScenarioReport(
        String keyword,
        String name,
        DocLocation at,
        int firstIndex,
        Outcome outcome,
        int runs,
        List<Problem> problems,
        List<Row> rows,
        String rerun,
        List<String> tags,
        List<Results.Attached> attachments) {

    public ScenarioReport {
        problems = List.copyOf(problems);
        rows = List.copyOf(rows);
        tags = List.copyOf(tags);
        attachments = List.copyOf(attachments);
    }

    /** A step that did not pass. {@code row} names the example row it failed in, or is null. */
    public record Problem(DocLocation at, String step, Outcome outcome, String message, DocLocation row) {
    }

    /** An example row of an outline: its cells and outcome. */
    public record Row(DocLocation at, List<String> cells, Outcome outcome) {
    }
}

package dev.livingdocs.weave;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario counts by outcome, per page and section, as the landing page shows them. An outline
 * counts once per example row: that is what runs.
 */
public final class Summary {

    /** The counts of one section of one page. */
    public record Row(String page, String title, String section, EnumMap<Outcome, Integer> counts) {
    }

    private final List<Row> rows;
    private final EnumMap<Outcome, Integer> totals = new EnumMap<>(Outcome.class);

    private Summary(List<Row> rows) {
        this.rows = List.copyOf(rows);
        for (Row row : rows) {
            row.counts().forEach((outcome, n) -> totals.merge(outcome, n, Integer::sum));
        }
    }

    public static Summary of(List<PageReport> pages) {
        List<Row> rows = new ArrayList<>();
        for (PageReport page : pages) {
            Map<String, EnumMap<Outcome, Integer>> bySection = new LinkedHashMap<>();
            for (BlockReport block : page.blocks()) {
                String section = block.block().sections().isEmpty() ? "" : block.block().ruleName();
                EnumMap<Outcome, Integer> counts = bySection.computeIfAbsent(section, s -> new EnumMap<>(Outcome.class));
                for (ScenarioReport s : block.scenarios()) {
                    if (s.rows().isEmpty()) {
                        counts.merge(s.outcome(), 1, Integer::sum);
                    } else {
                        s.rows().forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
                    }
                }
            }
            bySection.forEach((section, counts) -> rows.add(new Row(page.page().name(), page.page().title(), section, counts)));
        }
        return new Summary(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    public int total(Outcome outcome) {
        return totals.getOrDefault(outcome, 0);
    }

    public int total() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "14 scenarios: 12 passed, 1 failed, 1 not executed". */
    public String line() {
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int n = total(outcome);
            if (n > 0) {
                parts.add(n + " " + outcome.label());
            }
        }
        return total() + (total() == 1 ? " scenario" : " scenarios") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }
}

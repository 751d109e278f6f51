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
    private final EnumMap<Outcome, Integer> facts = new EnumMap<>(Outcome.class);
    private final EnumMap<Outcome, Integer> symbols = new EnumMap<>(Outcome.class);
    private final EnumMap<Outcome, Integer> claims = new EnumMap<>(Outcome.class);

    private Summary(List<Row> rows, List<CheckReport> checks) {
        this.rows = List.copyOf(rows);
        for (Row row : rows) {
            row.counts().forEach((outcome, n) -> totals.merge(outcome, n, Integer::sum));
        }
        for (CheckReport c : checks) {
            switch (c.check().kind()) {
                case FACT -> facts.merge(c.outcome(), 1, Integer::sum);
                case SYMBOL, UNMODELLED -> symbols.merge(c.outcome(), 1, Integer::sum);
                case LISTED -> { }
            }
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
        Summary summary = new Summary(rows, pages.stream().flatMap(p -> p.checks().stream()).toList());
        pages.stream().flatMap(p -> p.claims().stream()).forEach(c -> summary.claims.merge(c.outcome(), 1, Integer::sum));
        return summary;
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
        return line(totals, "scenario", "scenarios");
    }

    /**
     * "3 facts: 2 passed, 1 failed; 12 symbols: 12 passed" (a symbol counted once per mention, and once
     * per row of a list of unmodelled symbols); empty when the prose states nothing checked.
     */
    public String proseLine() {
        List<String> parts = new ArrayList<>();
        if (!facts.isEmpty()) {
            parts.add(line(facts, "fact", "facts"));
        }
        if (!symbols.isEmpty()) {
            parts.add(line(symbols, "symbol", "symbols"));
        }
        return String.join("; ", parts);
    }

    /**
     * "9 claims: 8 backed by passing scenarios, 1 not executed (its reason on the page)"; a claim takes
     * the worst outcome of the scenarios that back it. Empty when the pages make no claim.
     */
    public String claimsLine() {
        if (claims.isEmpty()) {
            return "";
        }
        int total = claims.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int n = claims.getOrDefault(outcome, 0);
            if (n > 0) {
                parts.add(n + switch (outcome) {
                    case PASSED -> " backed by passing scenarios";
                    case NOT_EXECUTED -> " not executed (their reason on the page)";
                    default -> " " + outcome.label();
                });
            }
        }
        return total + (total == 1 ? " claim: " : " claims: ") + String.join(", ", parts);
    }

    /** "2 passed, 1 failed": the outcomes in order of severity; empty when nothing was counted. */
    static String counts(Map<Outcome, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int n = counts.getOrDefault(outcome, 0);
            if (n > 0) {
                parts.add(n + " " + outcome.label());
            }
        }
        return String.join(", ", parts);
    }

    private static String line(EnumMap<Outcome, Integer> counts, String one, String many) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int n = counts.getOrDefault(outcome, 0);
            if (n > 0) {
                parts.add(n + " " + outcome.label());
            }
        }
        return total + " " + (total == 1 ? one : many) + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }
}

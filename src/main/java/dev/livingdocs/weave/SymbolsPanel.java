package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.livingdocs.tangle.ProseCheck;

/**
 * The symbols page: every symbol the pages name, where they name it, what resolves it (or why
 * nothing does), and the scenarios that say they exercised it.
 */
final class SymbolsPanel {

    /** One symbol across the pages. */
    record Row(String symbol, Outcome outcome, List<CheckReport> mentions, CheckReport resolution,
               List<ClaimReport.Backing> exercisedBy) {
    }

    private SymbolsPanel() {
    }

    static List<Row> rows(List<PageReport> reports) {
        Map<String, List<CheckReport>> bySymbol = new TreeMap<>();
        for (PageReport report : reports) {
            for (CheckReport c : report.checks()) {
                if (c.check().kind() != ProseCheck.Kind.FACT) {
                    bySymbol.computeIfAbsent(c.check().subject(), s -> new ArrayList<>()).add(c);
                }
            }
        }
        Map<String, List<ClaimReport.Backing>> exercised = new TreeMap<>();
        for (PageReport report : reports) {
            for (BlockReport block : report.blocks()) {
                for (ScenarioReport s : block.scenarios()) {
                    for (String symbol : exercised(s)) {
                        List<ClaimReport.Backing> by = exercised.computeIfAbsent(symbol, k -> new ArrayList<>());
                        if (by.stream().noneMatch(b -> b.at().equals(s.at()))) {
                            by.add(new ClaimReport.Backing(report.page().name(), s.at(), s.name(), s.outcome()));
                        }
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        bySymbol.forEach((symbol, checks) -> {
            Outcome worst = checks.stream().map(CheckReport::outcome).reduce(Outcome::worst).orElse(Outcome.NOT_RUN);
            CheckReport resolution = checks.stream().filter(c -> c.check().kind() == ProseCheck.Kind.UNMODELLED).findFirst()
                    .or(() -> checks.stream().filter(c -> c.symbol() != null).findFirst())
                    .orElse(null);
            List<CheckReport> mentions = checks.stream().filter(c -> c.check().kind() != ProseCheck.Kind.UNMODELLED).toList();
            rows.add(new Row(symbol, worst, mentions, resolution, exercised.getOrDefault(symbol, List.of())));
        });
        return rows;
    }

    private static List<String> exercised(ScenarioReport s) {
        try {
            return CheckReport.exercised(s.attachments());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(s.at() + ": the glue's " + CheckReport.EXERCISED_MEDIA_TYPE
                    + " attachment does not read: " + e.getMessage(), e);
        }
    }

    static String html(List<Row> rows) {
        StringBuilder out = new StringBuilder("<div class=\"ld-inventory\">\n");
        out.append("<table class=\"tableblock frame-all grid-all stretch ld-symbols-table\">\n")
                .append("<thead><tr><th>Symbol</th><th>Status</th><th>Resolved by</th><th>Named at</th><th>Exercised by</th></tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            CheckReport r = row.resolution();
            String link = r != null && r.symbol() != null ? r.symbol().link() : null;
            String code = "<code>" + escape(row.symbol()) + "</code>";
            out.append("<tr class=\"").append(row.outcome().cssClass()).append("\" id=\"ld-symbol-").append(escape(slug(row.symbol())))
                    .append("\"><td>").append(link == null ? code : "<a href=\"" + escape(link) + "\">" + code + "</a>")
                    .append("</td><td>").append(ResultPanel.badge(row.outcome())).append("</td><td>").append(resolvedBy(r))
                    .append("</td><td>").append(mentions(row.mentions())).append("</td><td>").append(exercisedBy(row.exercisedBy()))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n</div>").toString();
    }

    private static String resolvedBy(CheckReport r) {
        if (r == null) {
            return "";
        }
        if (r.check().kind() == ProseCheck.Kind.UNMODELLED) {
            return "not modelled (<code>" + escape(r.check().value()) + "</code>): " + escape(r.check().reason());
        }
        CheckReport.Symbol data = r.symbol();
        if (data.resolvedBy() == null) {
            return "";
        }
        String name = escape(data.resolvedBy());
        return data.resolvedByLink() == null ? name : "<a href=\"" + escape(data.resolvedByLink()) + "\">" + name + "</a>";
    }

    private static String mentions(List<CheckReport> mentions) {
        List<String> links = new ArrayList<>();
        for (CheckReport m : mentions) {
            String at = m.check().at().toString();
            String target = ProseDecorator.target(m);
            String link = "<a href=\"" + escape(m.page()) + ".html#" + escape(target) + "\">" + escape(at) + "</a>";
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return String.join(", ", links);
    }

    private static String exercisedBy(List<ClaimReport.Backing> scenarios) {
        List<String> links = new ArrayList<>();
        for (ClaimReport.Backing b : scenarios) {
            links.add("<a href=\"" + escape(b.page()) + ".html#" + ResultPanel.anchor(b.at()) + "\">" + escape(b.name()) + "</a>"
                    + " (" + escape(b.outcome().label()) + ")");
        }
        return String.join(", ", links);
    }

    static String slug(String symbol) {
        return symbol.replaceAll("[^A-Za-z0-9_]+", "-");
    }
}

package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.livingdocs.DocLocation;
import dev.livingdocs.bite.BiteReport;
import dev.livingdocs.bite.BiteReport.MutantResult;
import dev.livingdocs.bite.BiteReport.Status;
import dev.livingdocs.bite.BiteReport.TargetResult;

/**
 * How the bite gate's report appears: under each scenario, collapsed, how many of the changes made
 * to what it states it caught and each survivor with its reason; on the landing page, the score
 * (killed of judged) per page and section.
 */
final class BitePanel {

    private BitePanel() {
    }

    /** The report's runs by the page line of their scenario, as the weave matches scenarios. */
    static Map<DocLocation, List<TargetResult>> byScenario(BiteReport report) {
        Map<DocLocation, List<TargetResult>> runs = new LinkedHashMap<>();
        if (report != null) {
            report.targets().forEach(t -> runs.computeIfAbsent(t.target().at(), k -> new ArrayList<>()).add(t));
        }
        return runs;
    }

    /** The collapsed panel under a scenario; empty when the gate did not judge it. */
    static String scenario(List<TargetResult> runs) {
        if (runs == null || runs.isEmpty()) {
            return "";
        }
        long killed = runs.stream().mapToLong(t -> t.count(Status.KILLED)).sum();
        long made = runs.stream().mapToLong(TargetResult::made).sum();
        long notApplicable = runs.stream().mapToLong(t -> t.count(Status.NOT_APPLICABLE)).sum();
        List<String> items = new ArrayList<>();
        long excused = 0;
        long unexcused = 0;
        for (TargetResult t : runs) {
            for (MutantResult m : t.mutants()) {
                if (m.status() != Status.SURVIVED) {
                    continue;
                }
                if (m.reason() == null) {
                    unexcused++;
                } else {
                    excused++;
                }
                items.add("<li class=\"" + (m.reason() == null ? "ld-failed" : "ld-excused") + "\"><span class=\"ld-at\">"
                        + escape(m.at().toString()) + "</span> " + escape(m.kind()) + " <code>" + escape(m.change()) + "</code>"
                        + (t.target().row() == null ? "" : " <span class=\"ld-row\">in example " + escape(t.target().row().toString()) + "</span>")
                        + (m.reason() == null ? ": <strong>survived, no reason given</strong>" : ": not checked, " + escape(m.reason()))
                        + "</li>");
            }
        }
        String baseline = runs.stream().map(TargetResult::baseline).filter(b -> !b.equals("passed")).findFirst().orElse(null);
        StringBuilder out = new StringBuilder("<details class=\"ld-bite").append(unexcused > 0 || baseline != null ? " ld-failed" : "")
                .append("\"><summary>Bite: ");
        if (baseline != null) {
            out.append("not judged, the scenario ").append(escape(baseline)).append(" unchanged in the gate's run");
        } else {
            out.append(killed).append(" of ").append(made).append(" changes to what it states caught");
            if (excused + unexcused > 0) {
                out.append(", ").append(excused + unexcused).append(" survived").append(excused > 0 ? " (" + excused + " with a reason)" : "");
            }
            if (notApplicable > 0) {
                out.append(", ").append(notApplicable).append(" not applicable");
            }
        }
        out.append("</summary>\n");
        if (!items.isEmpty()) {
            out.append("<ul>\n").append(String.join("\n", items)).append("\n</ul>\n");
        }
        return out.append("</details>\n").toString();
    }

    /** The score per page and section, for the landing page. */
    static String index(BiteReport report, List<PageReport> pages) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (PageReport p : pages) {
            if (p.featureFile() != null) {
                titles.put(p.featureFile(), p.page().title() == null ? p.page().name() : p.page().title());
                names.put(p.featureFile(), p.page().name());
            }
        }
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (TargetResult t : report.targets()) {
            long[] row = rows.computeIfAbsent(t.target().feature() + "\u0000" + t.target().section(), k -> new long[5]);
            row[0] += t.made();
            row[1] += t.count(Status.KILLED);
            row[2] += t.mutants().stream().filter(m -> m.status() == Status.SURVIVED && m.reason() != null).count();
            row[3] += t.mutants().stream().filter(MutantResult::unexcused).count();
            row[4] += t.count(Status.NOT_APPLICABLE);
        }
        StringBuilder out = new StringBuilder("<div class=\"ld-summary\">\n<p class=\"ld-totals\">")
                .append(escape(report.line())).append(", in ").append(Math.round(report.seconds())).append(" s on ")
                .append(report.threads()).append(report.threads() == 1 ? " thread" : " threads").append("</p>\n");
        out.append("<table class=\"tableblock frame-all grid-all stretch ld-summary-table ld-bite-table\">\n<thead><tr><th>Page</th><th>Section</th>"
                + "<th>Bite</th><th>Judged</th><th class=\"ld-passed\">Killed</th><th>Survived, with a reason</th>"
                + "<th class=\"ld-failed\">Survived, no reason</th><th>Not applicable</th></tr></thead>\n<tbody>\n");
        long[] total = new long[5];
        rows.forEach((key, row) -> {
            String feature = key.substring(0, key.indexOf('\u0000'));
            String section = key.substring(key.indexOf('\u0000') + 1);
            String page = names.getOrDefault(feature, feature);
            out.append("<tr><td><a href=\"").append(escape(page)).append(".html\">").append(escape(titles.getOrDefault(feature, feature)))
                    .append("</a></td><td>").append(escape(section.isEmpty() ? "(before the first section)" : section)).append("</td>");
            cells(out, row);
            out.append("</tr>\n");
            for (int i = 0; i < total.length; i++) {
                total[i] += row[i];
            }
        });
        out.append("<tr class=\"ld-total\"><td>Total</td><td></td>");
        cells(out, total);
        out.append("</tr>\n</tbody></table>\n");
        if (!report.problems().isEmpty()) {
            out.append("<div class=\"ld-attention\"><p>The gate could not judge everything:</p><ul>\n");
            report.problems().forEach(p -> out.append("<li>").append(escape(p)).append("</li>\n"));
            out.append("</ul></div>\n");
        }
        return out.append("</div>").toString();
    }

    private static void cells(StringBuilder out, long[] row) {
        out.append("<td>").append(score(row[1], row[0])).append("</td>");
        for (int i = 0; i < row.length; i++) {
            String css = i == 1 && row[i] > 0 ? "ld-passed" : i == 3 && row[i] > 0 ? "ld-failed" : row[i] == 0 ? "ld-zero" : "";
            out.append("<td class=\"").append(css).append("\">").append(row[i]).append("</td>");
        }
    }

    /** "87% (874/1003)". */
    static String score(long killed, long made) {
        return made == 0 ? "–" : Math.round(100.0 * killed / made) + "% (" + killed + "/" + made + ")";
    }
}

package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.util.List;

import dev.livingdocs.DocLocation;

/**
 * The HTML shown under a scenario: its outcome, where it is, the steps that did not pass with their
 * errors, an outline's rows, and the command that re-runs it.
 */
final class ResultPanel {

    private ResultPanel() {
    }

    /** The anchor of a scenario, so the landing page can link to it. */
    static String anchor(DocLocation at) {
        return "ld-" + at.path().replaceAll("[^A-Za-z0-9]+", "-") + "-" + at.line();
    }

    static String html(ScenarioReport s, String reason) {
        return html(s, reason, "");
    }

    /** {@code bite}: the bite gate's panel for the scenario, or empty. */
    static String html(ScenarioReport s, String reason, String bite) {
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"ld-result ").append(s.outcome().cssClass()).append("\" id=\"").append(anchor(s.at())).append("\">\n");
        out.append("<div class=\"ld-head\">").append(badge(s.outcome()))
                .append(" <span class=\"ld-name\">").append(escape(s.keyword())).append(": ").append(escape(s.name())).append("</span>")
                .append(" <span class=\"ld-at\">").append(escape(s.at().toString())).append("</span>")
                .append(permalink(anchor(s.at()), "this scenario"));
        if (s.runs() > 1) {
            out.append(" <span class=\"ld-count\">").append(s.runs()).append(" examples</span>");
        }
        out.append("</div>\n");
        if (s.outcome() == Outcome.NOT_EXECUTED) {
            out.append("<div class=\"ld-note\">Shown for illustration; marked <code>%noexec</code>, so it never runs")
                    .append(reason == null ? "" : ": " + escape(reason)).append(".</div>\n");
        }
        if (s.outcome() == Outcome.NOT_RUN && s.problems().isEmpty()) {
            out.append("<div class=\"ld-note\">No result for this scenario in this build.</div>\n");
        }
        for (ScenarioReport.Problem p : s.problems()) {
            out.append("<div class=\"ld-problem ").append(p.outcome().cssClass()).append("\">")
                    .append(badge(p.outcome())).append(" <code>").append(escape(p.step())).append("</code>")
                    .append(" <span class=\"ld-at\">").append(escape(p.at().toString())).append("</span>");
            if (p.row() != null) {
                out.append(" <span class=\"ld-row\">in example ").append(escape(p.row().toString())).append("</span>");
            }
            if (!p.message().isBlank()) {
                out.append("\n<pre class=\"ld-error\">").append(escape(p.message().strip())).append("</pre>");
            }
            out.append("</div>\n");
        }
        if (!s.rows().isEmpty()) {
            out.append("<table class=\"ld-rows\">\n");
            for (ScenarioReport.Row row : s.rows()) {
                out.append("<tr class=\"").append(row.outcome().cssClass()).append("\"><td>").append(badge(row.outcome()))
                        .append("</td><td>").append(escape(String.join(" | ", row.cells())))
                        .append("</td><td class=\"ld-at\">").append(escape(row.at().toString())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        for (Results.Attached a : s.attachments()) {
            if (Diagrams.isDiagram(a.mediaType())) {
                out.append(Diagrams.html(a, s));
            } else if (!CheckReport.isData(a.mediaType())) {
                out.append(attachment(a));
            }
        }
        out.append(bite);
        if (s.rerun() != null) {
            out.append("<div class=\"ld-rerun\">Re-run just this scenario: <code>").append(escape(s.rerun())).append("</code></div>\n");
        }
        out.append("</div>");
        return out.toString();
    }

    /** Text as text; SVG and PNG inline as data URIs (the site loads nothing from elsewhere). */
    static String attachment(Results.Attached a) {
        String type = a.mediaType().toLowerCase(java.util.Locale.ROOT);
        String head = "<details class=\"ld-attachment\" open><summary>" + escape(a.name()) + "</summary>";
        if (type.startsWith("text/") || type.equals("application/json")) {
            String text = a.base64() ? new String(java.util.Base64.getDecoder().decode(a.body()), java.nio.charset.StandardCharsets.UTF_8) : a.body();
            return head + "<pre class=\"ld-attached\">" + escape(text) + "</pre></details>\n";
        }
        if (type.equals("image/svg+xml") || type.equals("image/png")) {
            String data = a.base64() ? a.body()
                    : java.util.Base64.getEncoder().encodeToString(a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return head + "<img class=\"ld-attached\" alt=\"" + escape(a.name()) + "\" src=\"data:" + escape(type) + ";base64," + data + "\"></details>\n";
        }
        return "<div class=\"ld-note\">Attachment " + escape(a.name()) + " (" + escape(a.mediaType()) + ") is not shown here.</div>\n";
    }

    /** A link to an element's own anchor, shown on hover, so a reader can copy where a result stands. */
    static String permalink(String anchor, String what) {
        return " <a class=\"ld-permalink\" href=\"#" + escape(anchor) + "\" title=\"Link to " + escape(what) + "\" aria-label=\"Link to "
                + escape(what) + "\">#</a>";
    }

    static String badge(Outcome outcome) {
        return "<span class=\"ld-badge " + outcome.cssClass() + "\">" + escape(outcome.label()) + "</span>";
    }

    static String list(List<String> items) {
        return String.join("", items);
    }
}

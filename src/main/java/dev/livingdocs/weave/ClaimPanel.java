package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How claims appear: a line under each claim on its page, and the inventory on the landing page. */
final class ClaimPanel {

    private ClaimPanel() {
    }

    static String html(ClaimReport c) {
        StringBuilder out = new StringBuilder("<div class=\"ld-claim-status ").append(c.outcome().cssClass())
                .append("\" id=\"ld-").append(escape(c.claim().id())).append("\">")
                .append(ResultPanel.badge(c.outcome())).append(" claim <code>").append(escape(c.claim().id())).append("</code>");
        if (!c.claim().executable()) {
            out.append(": not executable, ").append(escape(c.claim().reason()));
        } else {
            out.append(": backed by ").append(links(c));
        }
        return out.append(ResultPanel.permalink(c.claim().id(), "this claim")).append("</div>").toString();
    }

    private static String links(ClaimReport c) {
        List<String> links = new ArrayList<>();
        for (ClaimReport.Backing b : c.scenarios()) {
            links.add("<a href=\"" + escape(b.page()) + ".html#" + ResultPanel.anchor(b.at()) + "\">" + escape(b.name()) + "</a>"
                    + " (" + escape(b.outcome().label()) + ")");
        }
        return String.join(", ", links);
    }

    /** "9 claims: 7 backed by scenarios (6 passed, 1 failed), 2 not executable". */
    static String line(List<ClaimReport> claims) {
        Map<Outcome, Integer> backed = new EnumMap<>(Outcome.class);
        int notExecutable = 0;
        for (ClaimReport c : claims) {
            if (c.claim().executable()) {
                backed.merge(c.outcome(), 1, Integer::sum);
            } else {
                notExecutable++;
            }
        }
        int total = backed.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        backed.forEach((o, n) -> parts.add(n + " " + o.label()));
        return claims.size() + (claims.size() == 1 ? " claim: " : " claims: ") + total + " backed by scenarios"
                + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")") + ", " + notExecutable + " not executable";
    }

    static String inventory(List<ClaimReport> claims) {
        StringBuilder out = new StringBuilder("<div class=\"ld-inventory\">\n");
        // Filter by status: the script shows the boxes and hides the rows left unticked; without it, all rows show.
        Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        claims.forEach(c -> byOutcome.merge(c.outcome(), 1, Integer::sum));
        out.append("<div class=\"ld-filter\" data-ld-filter=\"ld-claims-table\" hidden>Show: ");
        byOutcome.forEach((o, n) -> out.append("<label><input type=\"checkbox\" checked value=\"").append(o.cssClass()).append("\"> ")
                .append(ResultPanel.badge(o)).append(" ").append(n).append("</label>"));
        out.append("</div>\n");
        out.append("<table class=\"tableblock frame-all grid-all stretch ld-claims-table\">\n")
                .append("<thead><tr><th>Claim</th><th>Status</th><th>Backed by, or why not</th></tr></thead>\n<tbody>\n");
        for (ClaimReport c : claims) {
            String text = c.claim().text().length() > 160 ? c.claim().text().substring(0, 157) + "..." : c.claim().text();
            out.append("<tr class=\"").append(c.outcome().cssClass()).append("\"><td><a href=\"").append(escape(c.page())).append(".html#")
                    .append(escape(c.claim().id())).append("\"><code>").append(escape(c.claim().id())).append("</code></a><br>")
                    .append("<span class=\"ld-claim-text\">").append(escape(text)).append("</span> <span class=\"ld-at\">")
                    .append(escape(c.claim().at().toString())).append("</span></td><td>").append(ResultPanel.badge(c.outcome()))
                    .append("</td><td>").append(c.claim().executable() ? links(c) : escape(c.claim().reason())).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n</div>").toString();
    }
}

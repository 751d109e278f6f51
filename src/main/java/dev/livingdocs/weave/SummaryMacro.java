package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * {@code livingdocs::summary[]}: the build's status table (scenarios by outcome, per page and
 * section; facts and symbols by outcome), when and from which commit it was built, and what needs
 * attention. A landing page places it where its prose wants it. {@code livingdocs::claims[]} lists
 * the claims, {@code livingdocs::symbols[]} the symbols the pages name, {@code livingdocs::bite[]} the
 * bite gate's score per page and section.
 */
@Name("livingdocs")
final class SummaryMacro extends BlockMacroProcessor {

    private Summary summary;
    private List<String> attention = List.of();
    private String built = "";
    private List<ClaimReport> claims = List.of();
    private List<SymbolsPanel.Row> symbols = List.of();
    private String bite;
    private String code;

    SummaryMacro() {
        // Registered as an instance through an extension group, which takes the name from here.
        super("livingdocs");
    }

    void set(Summary summary, List<String> attentionHtml, String built, List<ClaimReport> claims, List<SymbolsPanel.Row> symbols) {
        this.summary = summary;
        this.attention = List.copyOf(attentionHtml);
        this.built = built;
        this.claims = List.copyOf(claims);
        this.symbols = List.copyOf(symbols);
    }

    /** The bite gate's score table, or null when no report is shown. */
    void bite(String html) {
        this.bite = html;
    }

    /** The page of claims and code, or null when the build did not record what the scenarios executed. */
    void code(String html) {
        this.code = html;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        return switch (target) {
            case "summary" -> createBlock(parent, "pass", html());
            case "claims" -> createBlock(parent, "pass", ClaimPanel.inventory(claims));
            case "symbols" -> createBlock(parent, "pass", SymbolsPanel.html(symbols));
            case "bite" -> createBlock(parent, "pass", bite == null
                    ? "<p class=\"ld-note\">No bite report for the pages as they are: run the build with -Pbite.</p>" : bite);
            case "code" -> createBlock(parent, "pass", code == null
                    ? "<p class=\"ld-note\">This build did not record what the scenarios executed.</p>" : code);
            default -> throw new IllegalArgumentException("unknown livingdocs macro target '" + target
                    + "'; known: summary, claims, symbols, bite, code");
        };
    }

    String html() {
        Set<Outcome> shown = EnumSet.of(Outcome.PASSED, Outcome.FAILED);
        for (Outcome o : Outcome.values()) {
            if (summary.total(o) > 0) {
                shown.add(o);
            }
        }
        StringBuilder out = new StringBuilder("<div class=\"ld-summary\">\n");
        out.append("<p class=\"ld-built\">").append(escape(built)).append("</p>\n");
        out.append("<p class=\"ld-totals\">").append(escape(summary.line())).append("</p>\n");
        if (!summary.proseLine().isEmpty()) {
            out.append("<p class=\"ld-totals\">").append(escape(summary.proseLine())).append("</p>\n");
        }
        if (!claims.isEmpty()) {
            out.append("<p class=\"ld-totals\">").append(escape(ClaimPanel.line(claims))).append("</p>\n");
        }
        out.append("<table class=\"tableblock frame-all grid-all stretch ld-summary-table\">\n<thead><tr><th>Page</th><th>Section</th>");
        for (Outcome o : shown) {
            out.append("<th class=\"").append(o.cssClass()).append("\">").append(escape(o.label())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Summary.Row row : summary.rows()) {
            out.append("<tr><td><a href=\"").append(escape(row.page())).append(".html\">").append(escape(row.title() == null ? row.page() : row.title()))
                    .append("</a></td><td>").append(escape(row.section().isEmpty() ? "(before the first section)" : row.section())).append("</td>");
            for (Outcome o : shown) {
                int n = row.counts().getOrDefault(o, 0);
                out.append("<td class=\"").append(n > 0 ? o.cssClass() : "ld-zero").append("\">").append(n).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("<tr class=\"ld-total\"><td>Total</td><td></td>");
        for (Outcome o : shown) {
            out.append("<td>").append(summary.total(o)).append("</td>");
        }
        out.append("</tr>\n</tbody></table>\n");
        if (!attention.isEmpty()) {
            out.append("<div class=\"ld-attention\"><p>Needs attention:</p><ul>\n");
            attention.forEach(item -> out.append("<li>").append(item).append("</li>\n"));
            out.append("</ul></div>\n");
        }
        out.append("</div>");
        return out.toString();
    }
}

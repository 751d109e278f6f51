package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private Sections sections;
    private Map<String, String> pages = new LinkedHashMap<>();

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

    /** The sections of each page, filled in as the pages are converted (the landing page comes last). */
    void sections(Sections sections, Map<String, String> pageTitles) {
        this.sections = sections;
        this.pages = new LinkedHashMap<>(pageTitles);
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
        out.append("<table class=\"tableblock frame-all grid-all stretch ld-summary-table\">\n<thead><tr><th>Page and section</th>");
        for (Outcome o : shown) {
            out.append("<th class=\"").append(o.cssClass()).append("\">").append(escape(o.label())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        Map<String, List<Summary.Row>> byPage = new LinkedHashMap<>();
        pages.forEach((name, title) -> byPage.put(name, new ArrayList<>()));
        for (Summary.Row row : summary.rows()) {
            byPage.computeIfAbsent(row.page(), p -> new ArrayList<>()).add(row);
        }
        Map<String, ClaimReport> claimsById = new HashMap<>();
        claims.forEach(c -> claimsById.put(c.claim().id(), c));
        byPage.forEach((page, rows) -> {
            EnumMap<Outcome, Integer> pageCounts = new EnumMap<>(Outcome.class);
            rows.forEach(r -> r.counts().forEach((o, n) -> pageCounts.merge(o, n, Integer::sum)));
            String title = pages.getOrDefault(page, rows.isEmpty() ? page : rows.get(0).title());
            out.append("<tr class=\"ld-page-row\"><th><a href=\"").append(escape(page)).append(".html\">")
                    .append(escape(title == null ? page : title)).append("</a></th>");
            counts(out, shown, pageCounts);
            Map<String, Summary.Row> bySection = new HashMap<>();
            rows.forEach(r -> bySection.put(r.section(), r));
            Summary.Row preamble = bySection.get("");
            if (preamble != null) {
                out.append("<tr class=\"ld-section-row\"><td class=\"ld-level-1\">(before the first section)</td>");
                counts(out, shown, preamble.counts());
            }
            List<Sections.Info> infos = sections == null ? List.of() : sections.of(page);
            Map<String, Sections.Info> ids = new HashMap<>();
            infos.forEach(i -> ids.put(i.id(), i));
            for (Sections.Info info : infos) {
                out.append("<tr class=\"ld-section-row\"><td class=\"ld-level-").append(info.level()).append("\">")
                        .append(SiteFrame.dot(info)).append(" <a href=\"").append(escape(page)).append(".html#").append(escape(info.id()))
                        .append("\">").append(escape(info.title())).append("</a></td>");
                Summary.Row row = bySection.remove(info.path());
                if (row != null) {
                    counts(out, shown, row.counts());
                } else {
                    out.append("<td class=\"ld-backing\" colspan=\"").append(shown.size()).append("\">")
                            .append(backing(page, info, ids, claimsById)).append("</td></tr>\n");
                }
            }
            // Rows no section was found for (a page the weave did not convert): shown as the summary has them.
            bySection.remove("");
            bySection.values().forEach(r -> {
                out.append("<tr class=\"ld-section-row\"><td class=\"ld-level-1\">").append(escape(r.section())).append("</td>");
                counts(out, shown, r.counts());
            });
        });
        out.append("<tr class=\"ld-total\"><td>Total</td>");
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

    private static void counts(StringBuilder out, Set<Outcome> shown, Map<Outcome, Integer> counts) {
        for (Outcome o : shown) {
            int n = counts.getOrDefault(o, 0);
            out.append("<td class=\"").append(n > 0 ? o.cssClass() : "ld-zero").append("\">").append(n).append("</td>");
        }
        out.append("</tr>\n");
    }

    /**
     * What stands behind a section with no scenario of its own: the claims it makes (backed by scenarios
     * elsewhere, or saying why not), the sections it refers to, its subsections; or nothing but prose.
     */
    private static String backing(String page, Sections.Info info, Map<String, Sections.Info> ids, Map<String, ClaimReport> claims) {
        List<String> parts = new ArrayList<>();
        for (String id : info.claims()) {
            ClaimReport c = claims.get(id);
            if (c == null) {
                continue;
            }
            String link = "claim <a href=\"" + escape(page) + ".html#" + escape(id) + "\"><code>" + escape(id) + "</code></a> "
                    + ResultPanel.badge(c.outcome());
            parts.add(c.claim().executable()
                    ? link + ", backed by " + c.scenarios().size() + (c.scenarios().size() == 1 ? " scenario" : " scenarios") + " elsewhere"
                    : link + ", not executable: " + escape(c.claim().reason()));
        }
        List<String> refs = new ArrayList<>();
        for (String ref : info.refs()) {
            Sections.Info target = ids.get(ref);
            if (target != null) {
                refs.add("<a href=\"" + escape(page) + ".html#" + escape(target.id()) + "\">" + escape(target.title()) + "</a> "
                        + SiteFrame.dot(target));
            }
        }
        if (!refs.isEmpty()) {
            parts.add("refers to " + String.join(", ", refs));
        }
        if (parts.isEmpty() && info.hasSubsections()) {
            parts.add("no scenario of its own: see its subsections");
        }
        if (parts.isEmpty()) {
            return "<span class=\"ld-note\">prose only: no scenario, claim or cross-reference</span>";
        }
        return "No scenario of its own; " + String.join("; ", parts);
    }
}

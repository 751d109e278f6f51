package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every page of the site shares around Asciidoctor's own HTML: a header (the project, how the build
 * stands, when and from what it was built, the way home and the search box) and a status dot before each
 * entry of the table of contents.
 */
final class SiteFrame {

    /** Asciidoctor's table of contents: its title, then nested lists, the outermost closing right before the div. */
    private static final Pattern TOC = Pattern.compile("<div id=\"toc\" class=\"[^\"]*\">.*?</ul>\\s*</div>", Pattern.DOTALL);
    private static final Pattern TOC_LINK = Pattern.compile("<a href=\"#([^\"]+)\">");
    private static final Pattern BODY = Pattern.compile("<body[^>]*>");

    private SiteFrame() {
    }

    /** The header bar: the same on every page, so a reader always sees whether the build is red. */
    static String header(String project, Summary summary, List<ClaimReport> claims, String built) {
        int passed = summary.total(Outcome.PASSED);
        int notPassed = summary.total() - passed - summary.total(Outcome.NOT_EXECUTED);
        StringBuilder out = new StringBuilder("<header class=\"ld-header\" id=\"ld-header\">\n");
        out.append("<a class=\"ld-home\" href=\"index.html\">").append(escape(project)).append("</a>\n");
        out.append("<span class=\"ld-status ").append(notPassed > 0 ? "ld-failed" : "ld-passed").append("\" title=\"")
                .append(escape(summary.line())).append("\">");
        out.append("<span class=\"ld-count ld-passed\">").append(passed).append(" passed</span>");
        out.append(" <span class=\"ld-count ").append(notPassed > 0 ? "ld-failed" : "ld-zero").append("\">").append(notPassed)
                .append(" failed</span>");
        if (!claims.isEmpty()) {
            long executable = claims.stream().filter(c -> c.claim().executable()).count();
            long backed = claims.stream().filter(c -> c.claim().executable() && c.outcome() == Outcome.PASSED).count();
            out.append(" <span class=\"ld-count\" title=\"").append(escape(ClaimPanel.line(claims))).append("\">").append(backed)
                    .append(" of ").append(executable).append(" claims backed</span>");
        }
        out.append("</span>\n");
        out.append("<span class=\"ld-built\">").append(escape(built)).append("</span>\n");
        out.append("<form class=\"ld-search\" role=\"search\" action=\"search.html\" method=\"get\">")
                .append("<input type=\"search\" name=\"q\" id=\"ld-search-box\" placeholder=\"Search\" aria-label=\"Search the site\""
                        + " autocomplete=\"off\"></form>\n");
        out.append("</header>\n");
        return out.toString();
    }

    /** Inserts the header right after the opening body tag. */
    static String withHeader(String html, String header) {
        Matcher m = BODY.matcher(html);
        if (!m.find()) {
            return header + html;
        }
        return html.substring(0, m.end()) + "\n" + header + html.substring(m.end());
    }

    /** Puts a status dot before each entry of the table of contents whose section is known. */
    static String withDots(String html, Map<String, Sections.Info> byId) {
        Matcher toc = TOC.matcher(html);
        if (!toc.find()) {
            return html;
        }
        Matcher link = TOC_LINK.matcher(toc.group());
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            Sections.Info info = byId.get(link.group(1));
            String replacement = link.group() + (info == null ? "" : dot(info));
            link.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(out);
        return html.substring(0, toc.start()) + out + html.substring(toc.end());
    }

    /** A dot in the section's colour, saying in words what it means (for hover and screen readers). */
    static String dot(Sections.Info info) {
        Sections.Status status = info.status();
        String counts = Summary.counts(info.all());
        String title = status.meaning + (counts.isEmpty() ? "" : " (" + counts + ")");
        return "<span class=\"ld-dot " + status.cssClass + "\" title=\"" + escape(title) + "\" aria-label=\"" + escape(title)
                + "\"></span>";
    }
}

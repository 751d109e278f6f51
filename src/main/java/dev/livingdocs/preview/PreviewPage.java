package dev.livingdocs.preview;

import static dev.livingdocs.Html.escape;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.livingdocs.DocError;

/**
 * What the live preview adds to a woven page as it serves it (the files on disk stay as the weave
 * wrote them): a status bar at the top, each error of the docs in the page at its line, and the script
 * that reloads the page when the preview says so, keeping the reader's scroll position.
 */
final class PreviewPage {

    /** Where the browser listens for reloads (server-sent events). */
    static final String EVENTS = "/_preview/events";

    /** The status the preview shows. */
    record Status(String line, List<DocError> errors, String restart) {

        Status {
            errors = List.copyOf(errors);
        }
    }

    private static final Pattern BODY = Pattern.compile("<body[^>]*>");
    private static final Pattern ANCHOR = Pattern.compile("<div class=\"ld-result [^\"]*\" id=\"(ld-[A-Za-z0-9-]+?)-(\\d+)\">");

    static final String SCRIPT = """
            <script>
            (function () {
              var key = 'ld-preview-scroll:' + location.pathname;
              window.addEventListener('load', function () {
                var y = sessionStorage.getItem(key);
                if (y !== null) { sessionStorage.removeItem(key); window.scrollTo(0, +y); }
              });
              var events = new EventSource('%s');
              events.onmessage = function () {
                sessionStorage.setItem(key, String(window.scrollY));
                location.reload();
              };
            })();
            </script>
            """.formatted(EVENTS);

    private PreviewPage() {
    }

    static String decorate(String html, Status status) {
        String out = html;
        for (DocError error : status.errors()) {
            out = atLine(out, error);
        }
        StringBuilder bar = new StringBuilder("<div class=\"ld-preview\" style=\"position:sticky;top:0;z-index:10;padding:0.3em 0.8em;"
                + "font:0.85em sans-serif;background:#fff8c5;border-bottom:1px solid #d4a72c\">");
        bar.append("<b>Preview</b> · ").append(escape(status.line()));
        if (status.restart() != null) {
            bar.append("<div class=\"ld-preview-restart\"><b>restart needed</b>: ").append(escape(status.restart())).append("</div>");
        }
        if (!status.errors().isEmpty()) {
            bar.append("<div class=\"ld-preview-errors\">").append(status.errors().size())
                    .append(status.errors().size() == 1 ? " error" : " errors")
                    .append(" in the docs; the page shows its last good state, each error at its line:<ul>");
            for (DocError e : status.errors()) {
                bar.append("<li><code>").append(escape(e.toString())).append("</code></li>");
            }
            bar.append("</ul></div>");
        }
        bar.append("</div>\n");
        Matcher body = BODY.matcher(out);
        out = body.find() ? out.substring(0, body.end()) + bar + out.substring(body.end()) : bar + out;
        int end = out.lastIndexOf("</body>");
        return end < 0 ? out + SCRIPT : out.substring(0, end) + SCRIPT + out.substring(end);
    }

    /**
     * Puts an error just above the result of the last scenario of its file at or before its line (the
     * block it is in, or the one above it); an error above every scenario of the page stays in the bar.
     */
    static String atLine(String html, DocError error) {
        String prefix = "ld-" + error.location().path().replaceAll("[^A-Za-z0-9]+", "-");
        TreeMap<Integer, Integer> anchors = new TreeMap<>();
        Matcher m = ANCHOR.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(prefix)) {
                anchors.put(Integer.parseInt(m.group(2)), m.start());
            }
        }
        var at = anchors.floorEntry(error.location().line());
        if (at == null) {
            return html;
        }
        String box = "<div class=\"ld-preview-error\" style=\"border-left:4px solid #cf222e;background:#ffebe9;padding:0.4em 0.75em;"
                + "margin:0.5em 0\"><b>error</b> <code>" + escape(error.toString()) + "</code></div>\n";
        return html.substring(0, at.getValue()) + box + html.substring(at.getValue());
    }
}

package dev.livingdocs.tangle;

import java.util.regex.Pattern;

/**
 * Callout markers ({@code # <1>}) at the end of a source line are annotations for the reader, not
 * part of the code: Asciidoctor renders them as bullets. Tangle removes them the same way, with the
 * rule of Asciidoctor's {@code CalloutExtractRx} (an optional comment prefix, one or more markers at
 * the end of the line; a backslash escapes a marker, which then stays as literal text).
 */
final class Callouts {

    private static final Pattern MARKERS = Pattern.compile(
            "(?:(?://|#|--|;;) ?)?(\\\\)?<!?(|--)(\\d+|\\.)\\2>(?=(?: ?\\\\?<!?\\2(?:\\d+|\\.)\\2>)*$)");

    private Callouts() {
    }

    static String strip(String line) {
        var m = MARKERS.matcher(line);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            found = true;
            String replacement = m.group(1) != null ? m.group().replace("\\<", "<") : "";
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        if (!found) {
            return line;
        }
        m.appendTail(out);
        return out.toString().stripTrailing();
    }
}

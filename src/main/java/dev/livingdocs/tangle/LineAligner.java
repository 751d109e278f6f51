package dev.livingdocs.tangle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.livingdocs.DocLocation;

/**
 * Finds the source line of each line of a block's content.
 *
 * <p>Asciidoctor tells where a block starts, not where each of its lines comes from. Usually the
 * content lines follow the opening delimiter one for one; but preprocessor directives inside the
 * block ({@code ifdef::}, {@code include::}) make gaps. The aligner walks the raw lines and the
 * processed lines together: directive lines are skipped, and a processed line is matched to the
 * next raw line with the same text (an attribute reference matching any text when the block
 * substitutes attributes). A line that matches nothing (it came through an {@code include::} inside
 * the block) is attributed to that directive: the line that brought it in.
 */
final class LineAligner {

    private static final Pattern DIRECTIVE = Pattern.compile("^(?:ifdef|ifndef|ifeval|endif|include)::\\S*\\[.*\\]\\s*$");
    private static final Pattern INCLUDE = Pattern.compile("^include::");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{[A-Za-z0-9_][A-Za-z0-9_-]*\\}");

    private LineAligner() {
    }

    /**
     * @param path        the source file's display path
     * @param raw         the source file's lines
     * @param firstLine   the 1-based line where the block's content starts
     * @param lastLine    the 1-based last line of the block's content
     * @param processed   the block's content lines as Asciidoctor resolved them
     * @param attributes  whether the block substitutes attribute references
     * @param callouts    whether callout markers were stripped from the processed lines
     */
    static List<DocLocation> align(String path, List<String> raw, int firstLine, int lastLine,
                                   List<String> processed, boolean attributes, boolean callouts) {
        List<DocLocation> origins = new ArrayList<>(processed.size());
        int next = firstLine;           // the first raw line not yet consumed
        int lastInclude = -1;           // the most recent include:: directive passed
        for (String line : processed) {
            int found = -1;
            for (int r = next; r <= lastLine && r <= raw.size(); r++) {
                String candidate = raw.get(r - 1);
                if (DIRECTIVE.matcher(candidate).matches()) {
                    if (INCLUDE.matcher(candidate).find() && r >= next) {
                        lastInclude = r;
                    }
                    continue;
                }
                if (same(candidate, line, attributes, callouts)) {
                    found = r;
                    break;
                }
            }
            if (found > 0) {
                origins.add(new DocLocation(path, found));
                next = found + 1;
            } else {
                origins.add(new DocLocation(path, lastInclude > 0 ? lastInclude : Math.min(next, Math.max(lastLine, firstLine))));
            }
        }
        return origins;
    }

    private static boolean same(String raw, String processed, boolean attributes, boolean callouts) {
        String source = callouts ? Callouts.strip(raw) : raw;
        if (source.equals(processed)) {
            return true;
        }
        if (!attributes || !ATTRIBUTE_REFERENCE.matcher(source).find()) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        var m = ATTRIBUTE_REFERENCE.matcher(source);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(source.substring(at, m.start()))).append(".*?");
            at = m.end();
        }
        regex.append(Pattern.quote(source.substring(at)));
        return Pattern.matches(regex.toString(), processed);
    }
}

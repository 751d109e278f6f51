package dev.livingdocs.bite;

import java.util.ArrayList;
import java.util.List;

import dev.livingdocs.DocError;
import dev.livingdocs.DocLocation;

/**
 * A page's word that an argument of a step is not meant to be checked, and why: a Gherkin comment
 * directly above the line that states it, so the reader sees it where the argument stands.
 *
 * <pre>
 * # unchecked "fresh data": any text would do; the scenario is about where the write goes
 * And the client writes "fresh data" to "new.txt"
 * </pre>
 *
 * It names what it excuses as the line below writes it: a quoted string with its quotes, a number,
 * another argument's words; {@code <column>} for a column of an Examples table (above its header:
 * every row; above a row: that row's cell); {@code docstring} or {@code table} for a step's doc
 * string or data table; {@code negation} for the swap of the step for its negative. Several names
 * are separated by commas. The bite gate lets a change it names survive, and shows the reason
 * beside it; a comment that excuses no change, or only changes the scenario catches anyway, fails
 * the gate, so none outlives its use.
 *
 * @param line    the comment's feature line
 * @param target  the feature line it stands above
 * @param names   what it excuses on that line
 * @param reason  why
 * @param at      the comment's page line
 */
record Unchecked(int line, int target, List<String> names, String reason, DocLocation at) {

    /** What starts such a comment. */
    static final String MARKER = "# unchecked";

    Unchecked {
        names = List.copyOf(names);
    }

    boolean excuses(Mutant m) {
        return m.anchors().stream().anyMatch(a -> a.line() == target && names.contains(a.name()));
    }

    /** Every such comment of a feature; a malformed one is an error at its page line. */
    static List<Unchecked> of(FeatureSource feature, List<DocError> errors) {
        List<Unchecked> found = new ArrayList<>();
        String[] lines = feature.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].strip();
            if (!isMarker(text)) {
                continue;
            }
            DocLocation at = feature.origin(i + 1);
            int target = i + 1;
            while (target < lines.length && (lines[target].isBlank() || lines[target].strip().startsWith("#"))) {
                target++;
            }
            if (target >= lines.length) {
                errors.add(new DocError(at, "'" + MARKER + "' stands above no step or table row"));
                continue;
            }
            try {
                found.add(parse(text, i + 1, target + 1, at));
            } catch (IllegalArgumentException e) {
                errors.add(new DocError(at, e.getMessage()));
            }
        }
        return found;
    }

    static boolean isMarker(String strippedLine) {
        return strippedLine.equals(MARKER) || strippedLine.startsWith(MARKER + " ") || strippedLine.startsWith(MARKER + ":");
    }

    /** Parses {@code # unchecked NAME[, NAME]...: REASON}. */
    static Unchecked parse(String text, int line, int target, DocLocation at) {
        String rest = text.substring(MARKER.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < rest.length() && rest.charAt(i) == ' ') {
                i++;
            }
            if (i >= rest.length()) {
                throw malformed("no ':' before the reason");
            }
            char c = rest.charAt(i);
            int end;
            if (c == '"' || c == '<') {
                end = rest.indexOf(c == '"' ? '"' : '>', i + 1);
                if (end < 0) {
                    throw malformed("unclosed " + c);
                }
                end++;
            } else {
                end = i;
                while (end < rest.length() && rest.charAt(end) != ',' && rest.charAt(end) != ':') {
                    end++;
                }
            }
            String name = rest.substring(i, end).strip();
            if (name.isEmpty()) {
                throw malformed("it names nothing");
            }
            names.add(name);
            i = end;
            while (i < rest.length() && rest.charAt(i) == ' ') {
                i++;
            }
            if (i >= rest.length()) {
                throw malformed("no ':' before the reason");
            }
            if (rest.charAt(i) == ',') {
                i++;
                continue;
            }
            if (rest.charAt(i) == ':') {
                String reason = rest.substring(i + 1).strip();
                if (reason.isEmpty()) {
                    throw malformed("no reason after ':'");
                }
                return new Unchecked(line, target, names, reason, at);
            }
            throw malformed("expected ',' or ':' after " + name);
        }
    }

    private static IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("malformed '" + MARKER + "' comment (" + why + "): write " + MARKER
                + " WHAT[, WHAT]...: WHY, naming each argument as the line below writes it");
    }
}

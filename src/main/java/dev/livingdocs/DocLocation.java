package dev.livingdocs;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a source document, written the way compilers name lines: {@code docs/page.adoc:42}.
 *
 * <p>The path is relative to the project directory and uses forward slashes, so the same text
 * appears in a feature file, a console message and on the site, and an editor or IDE can jump to it.
 */
public record DocLocation(String path, int line) implements Comparable<DocLocation> {

    private static final Pattern TEXT = Pattern.compile("(\\S+):(\\d+)");

    public DocLocation {
        Objects.requireNonNull(path, "path");
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + line + " for " + path);
        }
    }

    /** Parses {@code path:line}; the inverse of {@link #toString()}. */
    public static DocLocation parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a path:line location: " + text);
        }
        return new DocLocation(m.group(1), Integer.parseInt(m.group(2)));
    }

    /** The location {@code offset} lines further down the same file. */
    public DocLocation plus(int offset) {
        return new DocLocation(path, line + offset);
    }

    @Override
    public int compareTo(DocLocation other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return path + ":" + line;
    }
}

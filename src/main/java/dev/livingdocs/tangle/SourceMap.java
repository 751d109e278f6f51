package dev.livingdocs.tangle;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.livingdocs.DocLocation;

/**
 * Which page line each line of a feature file came from.
 *
 * <p>The map travels inside the feature file itself, as {@code # source: docs/page.adoc:42} comments:
 * the lines after such a comment come from that line on, one for one, until the next one. So anyone
 * holding the feature file (a reviewer, the Cucumber plugin that reports failures, the weave) can
 * go back to the page without any side file that could go stale.
 */
public final class SourceMap {

    /** The comment that names where the next lines come from. */
    public static final String MARKER = "# source: ";
    private static final Pattern COMMENT = Pattern.compile("^\\s*# source: (\\S+:\\d+)\\s*$");

    private final TreeMap<Integer, DocLocation> anchors;

    private SourceMap(TreeMap<Integer, DocLocation> anchors) {
        this.anchors = anchors;
    }

    /** Reads the map from a tangled feature file's text. */
    public static SourceMap parse(String featureText) {
        TreeMap<Integer, DocLocation> anchors = new TreeMap<>();
        String[] lines = featureText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = COMMENT.matcher(lines[i]);
            if (m.matches()) {
                // The comment is on line i+1; the line after it, i+2, is the anchored line.
                anchors.put(i + 2, DocLocation.parse(m.group(1)));
            }
        }
        return new SourceMap(anchors);
    }

    /** Whether a line of Gherkin would be taken for a source comment. */
    static boolean isMarker(String line) {
        return COMMENT.matcher(line).matches();
    }

    /** The page line that a feature line came from, if the feature was tangled. */
    public Optional<DocLocation> origin(int featureLine) {
        Map.Entry<Integer, DocLocation> anchor = anchors.floorEntry(featureLine);
        if (anchor == null) {
            return Optional.empty();
        }
        return Optional.of(anchor.getValue().plus(featureLine - anchor.getKey()));
    }

    public boolean isEmpty() {
        return anchors.isEmpty();
    }
}

package dev.livingdocs.bite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.livingdocs.DocError;
import dev.livingdocs.DocLocation;

/**
 * The pairs of step phrasings a glue declares to state each other's negative, read from a text file
 * beside the glue (the glue's classes never see the toolchain): a pair a line, the two step
 * expressions exactly as the glue's annotations write them, joined by {@code <->}; blank lines and
 * lines starting with {@code #} are skipped.
 *
 * <pre>
 * reading {string} is served locally &lt;-&gt; reading {string} goes over RPC
 * </pre>
 *
 * Both sides must take the same parameters in the same order, so a step's arguments carry over when
 * the gate swaps it for its negative; and the glue must define both.
 */
final class Negatives {

    static final String SEPARATOR = "<->";
    private static final Pattern PARAMETER = Pattern.compile("(?<!\\\\)\\{([^}]*)}");

    private final Map<String, String> negative = new LinkedHashMap<>();
    private final Map<String, DocLocation> declaredAt = new LinkedHashMap<>();

    private Negatives() {
    }

    static Negatives none() {
        return new Negatives();
    }

    /** Reads {@code file}; every malformed line becomes an error in {@code errors}, named by {@code display}:line. */
    static Negatives read(Path file, String display, List<DocError> errors) {
        Negatives negatives = new Negatives();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the negative steps in " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            DocLocation at = new DocLocation(display, i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split(Pattern.quote(SEPARATOR), -1);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                errors.add(new DocError(at, "expected two step expressions joined by " + SEPARATOR + ", got '" + line + "'"));
                continue;
            }
            String a = sides[0].strip();
            String b = sides[1].strip();
            if (!parameters(a).equals(parameters(b))) {
                errors.add(new DocError(at, "the two steps take different parameters (" + parameters(a) + " and " + parameters(b)
                        + "): a step's arguments could not carry over to its negative"));
                continue;
            }
            for (String side : List.of(a, b)) {
                DocLocation earlier = negatives.declaredAt.putIfAbsent(side, at);
                if (earlier != null) {
                    errors.add(new DocError(at, "'" + side + "' already has a negative, at " + earlier));
                }
            }
            negatives.negative.putIfAbsent(a, b);
            negatives.negative.putIfAbsent(b, a);
        }
        return negatives;
    }

    /** Errors for each declared phrasing the glue does not define. */
    List<DocError> check(Set<String> defined) {
        List<DocError> errors = new ArrayList<>();
        declaredAt.forEach((pattern, at) -> {
            if (!defined.contains(pattern)) {
                errors.add(new DocError(at, "the glue defines no step '" + pattern + "'"));
            }
        });
        return errors;
    }

    Optional<String> of(String pattern) {
        return Optional.ofNullable(pattern == null ? null : negative.get(pattern));
    }

    static List<String> parameters(String expression) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(expression);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * A step text for a Cucumber expression: each parameter filled with the next of {@code arguments},
     * optional text kept, of alternatives the first, escapes undone.
     */
    static String render(String expression, List<String> arguments) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        boolean skipAlternative = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (skipAlternative) {
                if (Character.isWhitespace(c)) {
                    skipAlternative = false;
                    out.append(c);
                }
                continue;
            }
            switch (c) {
                case '\\' -> {
                    if (i + 1 < expression.length()) {
                        out.append(expression.charAt(++i));
                    }
                }
                case '(', ')' -> { }
                case '/' -> skipAlternative = true;
                case '{' -> {
                    int close = expression.indexOf('}', i);
                    out.append(next < arguments.size() ? arguments.get(next++) : "");
                    i = close;
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package dev.livingdocs.code;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.livingdocs.DocLocation;
import dev.livingdocs.Json;

/**
 * What to read again before committing a change to the code: given a unified diff, the methods it
 * changes (by the lines of the map the weave wrote, {@code code-map.json}) and the page lines whose
 * scenarios execute them, with their claims.
 *
 * <p>A hunk counts for a method when its lines, on either side of the diff, fall inside the
 * method's lines as the map has them: exact when the map was built from either side of the change,
 * a few lines too generous otherwise.
 */
public final class Reread {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    /** A range of changed lines of a file, on one side of the diff. */
    record Lines(String file, int first, int last) {
    }

    private Reread() {
    }

    /** The changed line ranges of a unified diff, old and new side, by file path. */
    static List<Lines> changes(String diff) {
        List<Lines> changes = new ArrayList<>();
        String oldFile = null;
        String newFile = null;
        for (String line : diff.split("\n")) {
            if (line.startsWith("--- ")) {
                oldFile = path(line.substring(4));
            } else if (line.startsWith("+++ ")) {
                newFile = path(line.substring(4));
            } else {
                Matcher m = HUNK.matcher(line);
                if (m.find()) {
                    int a = Integer.parseInt(m.group(1));
                    int b = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                    int c = Integer.parseInt(m.group(3));
                    int d = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
                    if (oldFile != null) {
                        changes.add(new Lines(oldFile, a, a + Math.max(b, 1) - 1));
                    }
                    if (newFile != null) {
                        changes.add(new Lines(newFile, c, c + Math.max(d, 1) - 1));
                    }
                }
            }
        }
        return changes;
    }

    private static String path(String header) {
        String p = header.strip();
        int tab = p.indexOf('\t');
        p = tab < 0 ? p : p.substring(0, tab);
        if (p.equals("/dev/null")) {
            return null;
        }
        return p.startsWith("a/") || p.startsWith("b/") ? p.substring(2) : p;
    }

    /**
     * Prints, for the changes of {@code diff}, the changed methods and the page lines to read again;
     * returns how many page lines it named.
     */
    @SuppressWarnings("unchecked")
    public static int print(String mapJson, String diff, String against, PrintStream out) {
        Map<String, Object> map = Json.object(mapJson);
        List<Object> runs = (List<Object>) map.get("runs");
        List<Lines> changes = changes(diff);
        Map<String, Set<String>> methodsByRun = new TreeMap<>();
        List<String> changed = new ArrayList<>();
        List<String> unexecuted = new ArrayList<>();
        for (Object o : (List<Object>) map.get("methods")) {
            Map<String, Object> m = (Map<String, Object>) o;
            String file = (String) m.get("file");
            int first = ((Number) m.get("first")).intValue();
            int last = ((Number) m.get("last")).intValue();
            boolean hit = changes.stream().anyMatch(c -> c.file().endsWith("/" + file) && c.first() <= last && c.last() >= first);
            if (!hit) {
                continue;
            }
            String name = (String) m.get("method");
            List<Object> ran = (List<Object>) m.get("runs");
            (ran.isEmpty() ? unexecuted : changed).add(name + " (" + file + ":" + first + "-" + last + ")");
            for (Object r : ran) {
                Map<String, Object> run = (Map<String, Object>) runs.get(((Number) r).intValue());
                String key = run.get("at") + "\u0000" + run.get("name") + "\u0000" + String.join(", ", (List<String>) (List<?>) run.get("claims"));
                methodsByRun.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
            }
        }
        out.printf("reread: the change against %s touches %d method(s) of %s that scenarios execute, and %d that none does%n",
                against, changed.size(), map.get("code"), unexecuted.size());
        changed.forEach(c -> out.println("  changed: " + c));
        unexecuted.forEach(c -> out.println("  changed, executed by no scenario: " + c));
        Map<DocLocation, String> lines = new TreeMap<>();
        methodsByRun.forEach((key, methods) -> {
            String[] parts = key.split("\u0000", -1);
            lines.put(DocLocation.parse(parts[0]), parts[0] + ": " + parts[1] + (parts[2].isEmpty() ? "" : " [" + parts[2] + "]")
                    + "\n    executes " + String.join(", ", methods));
        });
        if (!lines.isEmpty()) {
            out.println("reread: " + lines.size() + " page line(s) whose scenarios execute them:");
        }
        lines.values().forEach(out::println);
        return lines.size();
    }
}

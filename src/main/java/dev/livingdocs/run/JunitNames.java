package dev.livingdocs.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.livingdocs.DocLocation;
import dev.livingdocs.tangle.SourceMap;

/**
 * Names each scenario of the doc-tests' JUnit XML with its page line, for the CI systems that read
 * Surefire's reports rather than the site: {@code <testcase name="Reads go local (docs/localio.adoc:96)"
 * file="docs/localio.adoc" line="96" …>}.
 *
 * <p>Surefire writes a testcase per test the Cucumber engine ran, in the order they ran (those of one
 * name together); Cucumber's message stream holds the same runs in the order they ran, with the feature
 * line of each, and the feature's source comments give the page line. The two are matched one for one,
 * each testcase with the first run left whose name ends its own; when the counts differ, or a testcase
 * matches no run left, the report is left as it is and the reason returned, since a wrong page line is
 * worse than none. A testcase Surefire reports as skipped with no run behind it (a scenario the suite's tag
 * filter left out: Cucumber's engine reports it, its messages do not) is left out of the match.
 *
 * <p>A folder may hold the reports of several runs of the same pages (the page's own and a variant's,
 * whose suites ran in one Surefire execution): each report is matched against each run's messages in
 * turn, and named after the first it matches one for one.
 */
public final class JunitNames {

    /** A scenario run as Cucumber's messages have it: its name and feature line, and the feature's text. */
    public record Ran(String name, int featureLine, String featureText) {
    }

    private static final Pattern TESTCASE = Pattern.compile("<testcase\\s([^>]*?)(/?)>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");

    private JunitNames() {
    }

    /**
     * Rewrites every {@code TEST-*.xml} in {@code reports}; returns a line saying what it did, for the
     * build log.
     */
    public static String rewrite(Path reports, List<Ran> runs) {
        return rewrite(reports, Map.of("", runs));
    }

    /**
     * {@link #rewrite(Path, List)} for reports of several runs: {@code runs} holds each run's scenario runs
     * by the run's name ({@code ""} for the page's own, first in iteration order), and each report is named
     * after the first run it matches.
     */
    public static String rewrite(Path reports, Map<String, List<Ran>> runs) {
        if (!Files.isDirectory(reports)) {
            return "no JUnit reports at " + reports;
        }
        try (Stream<Path> files = Files.list(reports)) {
            List<Path> xml = files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
            List<String> said = new ArrayList<>();
            for (Path file : xml) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                // The first run it matches; when none does, why it did not match the page's own.
                Result r = null;
                String against = "";
                for (Map.Entry<String, List<Ran>> run : runs.entrySet()) {
                    Result tried = rewrite(text, run.getValue());
                    if (r == null || tried.matched()) {
                        r = tried;
                        against = run.getKey();
                    }
                    if (tried.matched()) {
                        break;
                    }
                }
                if (r == null) {
                    continue;
                }
                if (r.text() != null) {
                    Files.writeString(file, r.text(), StandardCharsets.UTF_8);
                }
                said.add(file.getFileName() + ": " + r.note() + (r.matched() && !against.isEmpty() ? " (the " + against + " run's)" : ""));
            }
            return said.isEmpty() ? "no JUnit reports in " + reports : String.join("; ", said);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the JUnit reports in " + reports, e);
        }
    }

    /** The rewritten XML (null when left as it is), and what was done. */
    record Result(String text, String note) {
        /** Whether the report matched the runs one for one (rewritten now, or before). */
        boolean matched() {
            return !note.startsWith(LEFT);
        }
    }

    /** How a note begins when the report was left as it is. */
    private static final String LEFT = "left as it is: ";

    /** The body of a testcase up to its end: where Surefire says it was skipped. */
    private static final Pattern SKIPPED = Pattern.compile("\\s*<skipped\\b");

    static Result rewrite(String xml, List<Ran> runs) {
        Matcher m = TESTCASE.matcher(xml);
        List<int[]> spans = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        Matcher skipped = SKIPPED.matcher(xml);
        while (m.find()) {
            // A skipped testcase whose name no run has is one the tag filter left out: nothing to match.
            if (m.group(2).isEmpty() && skipped.region(m.end(), xml.length()).lookingAt()) {
                Matcher name = NAME.matcher(m.group(1));
                if (name.find() && runs.stream().noneMatch(r -> withoutPageLine(unescape(name.group(1))).endsWith(r.name()))) {
                    continue;
                }
            }
            spans.add(new int[] {m.start(1), m.end(1)});
            attributes.add(m.group(1));
        }
        if (spans.size() != runs.size()) {
            return new Result(null, LEFT + spans.size() + " testcase(s) but " + runs.size() + " scenario run(s) in the messages");
        }
        StringBuilder out = new StringBuilder(xml.length() + 64 * runs.size());
        boolean[] used = new boolean[runs.size()];
        int done = 0;
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            String attrs = attributes.get(i);
            Matcher name = NAME.matcher(attrs);
            int match = name.find() ? match(unescape(name.group(1)), runs, used) : -1;
            if (match < 0) {
                return new Result(null, LEFT + "testcase " + (i + 1) + (name.find(0) ? " '" + unescape(name.group(1)) + "'" : "")
                        + " is none of the scenario runs left");
            }
            used[match] = true;
            Ran run = runs.get(match);
            Optional<DocLocation> page = SourceMap.parse(run.featureText()).origin(run.featureLine());
            if (page.isEmpty() || name.group(1).endsWith("(" + page.get() + ")")) {
                continue;
            }
            String renamed = attrs.substring(0, name.end(1)) + " (" + escape(page.get().toString()) + ")" + attrs.substring(name.end(1));
            if (!attrs.matches("(?s).*\\bfile=\".*")) {
                renamed += " file=\"" + escape(page.get().path()) + "\" line=\"" + page.get().line() + "\"";
            }
            out.append(xml, at, spans.get(i)[0]).append(renamed);
            at = spans.get(i)[1];
            done++;
        }
        out.append(xml.substring(at));
        return new Result(done == 0 ? null : out.toString(), done + " scenario(s) named with their page line");
    }

    /**
     * The run a testcase reports: the first one not yet taken whose name ends the testcase's (the engine
     * names it after its feature and rule, then the scenario), the longest such name if several do.
     * Surefire writes testcases as they finished, except that it puts those of one name together (it
     * takes them for re-runs of one test); taking the first free run of that name keeps them apart.
     */
    private static int match(String name, List<Ran> runs, boolean[] used) {
        String testcase = withoutPageLine(name);
        int best = -1;
        for (int r = 0; r < runs.size(); r++) {
            if (!used[r] && testcase.endsWith(runs.get(r).name()) && (best < 0 || runs.get(r).name().length() > runs.get(best).name().length())) {
                best = r;
            }
        }
        return best;
    }

    /** A testcase's name without the page line a rewrite before added to it. */
    private static String withoutPageLine(String name) {
        return name.replaceFirst(" \\(\\S+:\\d+\\)$", "");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}

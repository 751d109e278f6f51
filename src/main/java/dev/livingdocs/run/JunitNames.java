package dev.livingdocs.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Surefire writes a testcase per test the Cucumber engine ran, in the order they ran; Cucumber's
 * message stream holds the same runs in the same order, with the feature line of each, and the feature's
 * source comments give the page line. The two are matched one for one, in order; when the counts
 * differ, or a testcase's name does not hold its scenario's name, the report is left as it is and the
 * reason returned, since a wrong page line is worse than none.
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
        if (!Files.isDirectory(reports)) {
            return "no JUnit reports at " + reports;
        }
        try (Stream<Path> files = Files.list(reports)) {
            List<Path> xml = files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
            List<String> said = new ArrayList<>();
            for (Path file : xml) {
                Result r = rewrite(Files.readString(file, StandardCharsets.UTF_8), runs);
                if (r.text() != null) {
                    Files.writeString(file, r.text(), StandardCharsets.UTF_8);
                }
                said.add(file.getFileName() + ": " + r.note());
            }
            return said.isEmpty() ? "no JUnit reports in " + reports : String.join("; ", said);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the JUnit reports in " + reports, e);
        }
    }

    /** The rewritten XML (null when left as it is), and what was done. */
    record Result(String text, String note) {
    }

    static Result rewrite(String xml, List<Ran> runs) {
        Matcher m = TESTCASE.matcher(xml);
        List<int[]> spans = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
            attributes.add(m.group(1));
        }
        if (spans.size() != runs.size()) {
            return new Result(null, "left as it is: " + spans.size() + " testcase(s) but " + runs.size() + " scenario run(s) in the messages");
        }
        StringBuilder out = new StringBuilder(xml.length() + 64 * runs.size());
        int done = 0;
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            String attrs = attributes.get(i);
            Ran run = runs.get(i);
            Matcher name = NAME.matcher(attrs);
            if (!name.find() || !unescape(name.group(1)).contains(run.name())) {
                return new Result(null, "left as it is: testcase " + (i + 1) + " is not '" + run.name() + "'");
            }
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}

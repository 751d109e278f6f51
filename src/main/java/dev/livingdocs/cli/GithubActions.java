package dev.livingdocs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failures where CI users look. Under GitHub Actions ({@code GITHUB_ACTIONS=true}) every problem the
 * toolchain reports at a page line is printed once more as a workflow command,
 * {@code ::error file=docs/page.adoc,line=42,title=…::…}, which GitHub shows on that line of the pull
 * request's diff; and when {@code GITHUB_STEP_SUMMARY} names a file, the job's summary is appended to it
 * in Markdown. Elsewhere it prints nothing.
 *
 * <p>The escaping is GitHub's (actions/toolkit, {@code command.ts}): in the message {@code %}, CR and LF
 * become {@code %25}, {@code %0D}, {@code %0A}; in a property, {@code :} and {@code ,} also become
 * {@code %3A} and {@code %2C}, since they separate properties.
 */
final class GithubActions {

    /** {@code path:line: first line}, the compiler form every problem of the toolchain starts with. */
    private static final Pattern AT = Pattern.compile("(\\S+):(\\d+): (.*)");
    private static final Pattern STEP = Pattern.compile("(\\S+):(\\d+): .*");

    private final boolean on;
    private final Path summary;
    private final PrintStream out;

    private GithubActions(boolean on, Path summary, PrintStream out) {
        this.on = on;
        this.summary = summary;
        this.out = out;
    }

    /** Reads {@code GITHUB_ACTIONS} and {@code GITHUB_STEP_SUMMARY} from {@code env}; prints to {@code out}. */
    static GithubActions of(Map<String, String> env, PrintStream out) {
        String file = env.get("GITHUB_STEP_SUMMARY");
        return new GithubActions("true".equals(env.get("GITHUB_ACTIONS")),
                file == null || file.isBlank() ? null : Path.of(file), out);
    }

    boolean on() {
        return on;
    }

    /** Prints the annotation of each problem (see {@link #annotation}), under GitHub Actions only. */
    void errors(List<String> problems, String title) {
        annotate("error", problems, title);
    }

    /** Like {@link #errors}, as warnings: problems the build was told not to fail on. */
    void warnings(List<String> problems, String title) {
        annotate("warning", problems, title);
    }

    private void annotate(String level, List<String> problems, String title) {
        if (on) {
            problems.forEach(p -> out.println(annotation(level, p, title)));
        }
    }

    /** Prints an annotation for a failure that has no page line (a run that crashed, a bad option). */
    void error(String message, String title) {
        if (on) {
            out.println("::error title=" + escapeProperty(title) + "::" + escapeData(message));
        }
    }

    /** Appends Markdown to the job's summary file, when GitHub Actions gave one. */
    void summary(String markdown) {
        if (!on || summary == null) {
            return;
        }
        try {
            Files.writeString(summary, markdown.endsWith("\n") ? markdown : markdown + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            out.println("::warning title=livingdocs::" + escapeData("cannot append to GITHUB_STEP_SUMMARY " + summary + ": " + e.getMessage()));
        }
    }

    /**
     * The workflow command for one problem as the toolchain prints it: {@code path:line: what} on the
     * first line (the title), indented lines below (the message: the failed steps, the re-run command).
     * A scenario's annotation spans from its line to its last failed step in the same file, so it shows
     * on whichever of those lines the pull request changed. A problem without a page line gets
     * {@code fallbackTitle} and no file.
     */
    static String annotation(String problem, String fallbackTitle) {
        return annotation("error", problem, fallbackTitle);
    }

    static String annotation(String level, String problem, String fallbackTitle) {
        String[] lines = problem.split("\\R");
        Matcher at = AT.matcher(lines[0]);
        if (!at.matches()) {
            return "::" + level + " title=" + escapeProperty(fallbackTitle) + "::" + escapeData(problem.strip());
        }
        String file = at.group(1);
        int line = Integer.parseInt(at.group(2));
        int end = line;
        List<String> details = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String detail = lines[i].strip();
            if (detail.isEmpty()) {
                continue;
            }
            details.add(detail);
            Matcher step = STEP.matcher(detail);
            if (step.matches() && step.group(1).equals(file)) {
                end = Math.max(end, Integer.parseInt(step.group(2)));
            }
        }
        String title = at.group(3).strip();
        String message = details.isEmpty() ? title : String.join("\n", details);
        return "::" + level + " file=" + escapeProperty(file) + ",line=" + line + (end > line ? ",endLine=" + end : "")
                + ",title=" + escapeProperty(title) + "::" + escapeData(message);
    }

    /** GitHub's escaping of a command's message. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a command's property value. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** Markdown for the job's summary: the counts, the problems by page line, where the site is. */
    static String markdown(String heading, List<String> counts, List<String> problems, String site) {
        StringBuilder md = new StringBuilder("### ").append(heading).append("\n\n");
        counts.forEach(c -> md.append("- ").append(c).append('\n'));
        if (!problems.isEmpty()) {
            md.append("\n**").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("**\n\n");
            for (String p : problems) {
                String[] lines = p.split("\\R");
                Matcher at = AT.matcher(lines[0]);
                md.append("- ").append(at.matches() ? "`" + at.group(1) + ":" + at.group(2) + "` " + markdownText(at.group(3))
                        : markdownText(lines[0])).append('\n');
                for (int i = 1; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        md.append("  - ").append(markdownText(lines[i].strip())).append('\n');
                    }
                }
            }
        }
        if (site != null) {
            md.append("\nSite: `").append(site).append("`\n");
        }
        return md.toString();
    }

    /** Text that Markdown shows as written: no tags, tables or emphasis out of a scenario's name. */
    private static String markdownText(String s) {
        return s.replace("\\", "\\\\").replace("<", "&lt;").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`");
    }
}

package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.livingdocs.DocLocation;
import dev.livingdocs.Messages;
import dev.livingdocs.tangle.Page;

/**
 * One page, two systems: the verdicts of a run against a variant (another version of the system the
 * page describes) beside the verdicts of the page's own run, and what that makes of each scenario and
 * claim. A scenario that passes on the page's system and fails on the variant's is <em>stale</em>
 * there: the drift. A scenario tagged with the variant's name ({@code @newest}) is about the variant
 * only: it runs only there, and its result there is its result.
 *
 * <p>The toolchain knows variants by name only; what a variant means is the glue's business.
 */
public final class Drift {

    /**
     * A variant and where its results are, as {@code --variants=name:file,...} gives them.
     */
    public record Variant(String name, Path results) {

        /** Parses {@code name:file[,name:file...]}; empty for a blank argument. */
        public static List<Variant> parse(String arg) {
            List<Variant> out = new ArrayList<>();
            if (arg == null || arg.isBlank()) {
                return out;
            }
            for (String item : arg.split(",")) {
                String t = item.strip();
                int colon = t.indexOf(':');
                if (colon <= 0 || colon == t.length() - 1) {
                    throw new IllegalArgumentException("--variants: '" + t + "' is not name:results-file");
                }
                out.add(new Variant(t.substring(0, colon), Path.of(t.substring(colon + 1))));
            }
            return out;
        }
    }

    /** What a scenario or claim is, across the two runs. */
    public enum Kind {
        /** Passes on both systems. */
        BOTH("holds in both"),
        /** Passes on the page's system, not on the variant's: the sentence is stale there. */
        DECLARED_ONLY("holds in {declared} only"),
        /** Fails on the page's system (the build fails for it anyway). */
        FAILS("fails on {declared}"),
        /** A scenario the variant's run has no result for. */
        NOT_RUN("not run on {variant}"),
        /** An illustration, or a claim no behaviour shows. */
        NOT_EXECUTABLE("not executable"),
        /** Tagged for the variant: runs only there. */
        VARIANT_ONLY("about {variant} only");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label(String declared, String variant) {
            return label.replace("{declared}", declared).replace("{variant}", variant);
        }
    }

    /** A scenario of a page, with both verdicts. */
    public record Entry(String page, String section, ScenarioReport declared, ScenarioReport variant, Kind kind) {
    }

    /** A claim of a page, with both verdicts. */
    public record ClaimEntry(ClaimReport declared, Outcome variant, Kind kind) {
    }

    private static final Pattern DESIGN = Pattern.compile("^:livingdocs-design:\\s*(\\S.*)$");

    private final Variant variant;
    private final String declaredName;
    private final List<Entry> entries;
    private final List<ClaimEntry> claims;
    private final List<PageReport> merged;

    private Drift(Variant variant, String declaredName, List<Entry> entries, List<ClaimEntry> claims,
            List<PageReport> merged) {
        this.variant = variant;
        this.declaredName = declaredName;
        this.entries = List.copyOf(entries);
        this.claims = List.copyOf(claims);
        this.merged = List.copyOf(merged);
    }

    /**
     * Pairs the page's reports with the variant's (both built from the same pages and features) and
     * classifies each scenario and claim. Scenarios tagged {@code @<variant>} take the variant's result
     * in the merged reports.
     */
    public static Drift of(Variant variant, List<PageReport> declared, List<PageReport> variantReports) {
        String tag = "@" + variant.name();
        Map<DocLocation, ScenarioReport> other = new HashMap<>();
        for (PageReport r : variantReports) {
            for (BlockReport b : r.blocks()) {
                for (ScenarioReport s : b.scenarios()) {
                    other.put(s.at(), s);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        List<PageReport> merged = new ArrayList<>();
        String declaredName = null;
        for (PageReport r : declared) {
            if (declaredName == null) {
                declaredName = declaredDesign(r.page());
            }
            List<BlockReport> blocks = new ArrayList<>();
            for (BlockReport b : r.blocks()) {
                List<ScenarioReport> scenarios = new ArrayList<>();
                for (ScenarioReport s : b.scenarios()) {
                    ScenarioReport v = other.get(s.at());
                    boolean only = s.tags().contains(tag);
                    ScenarioReport shown = only && v != null ? v : s;
                    scenarios.add(shown);
                    entries.add(new Entry(r.page().name(), b.block().ruleName(), shown, v, kind(s, v, only)));
                }
                blocks.add(new BlockReport(b.block(), scenarios));
            }
            merged.add(new PageReport(r.page(), r.featureFile(), blocks, r.stale(), r.claims(), r.checks()));
        }
        // Claims again, now that variant-only scenarios carry their own result.
        List<PageReport> withClaims = new Reports(Results.none(), "", "").withClaimsOf(merged);
        Map<String, Outcome> variantClaims = new HashMap<>();
        for (PageReport r : new Reports(Results.none(), "", "").withClaimsOf(variantReports)) {
            r.claims().forEach(c -> variantClaims.put(c.claim().id(), c.outcome()));
        }
        List<ClaimEntry> claims = new ArrayList<>();
        for (PageReport r : withClaims) {
            for (ClaimReport c : r.claims()) {
                Outcome v = variantClaims.getOrDefault(c.claim().id(), Outcome.NOT_RUN);
                boolean only = !c.scenarios().isEmpty() && c.scenarios().stream().allMatch(b -> tagged(withClaims, b, tag));
                claims.add(new ClaimEntry(c, v, claimKind(c, v, only)));
            }
        }
        return new Drift(variant, declaredName == null ? "declared" : declaredName, entries, claims, withClaims);
    }

    private static boolean tagged(List<PageReport> reports, ClaimReport.Backing backing, String tag) {
        for (PageReport r : reports) {
            for (BlockReport b : r.blocks()) {
                for (ScenarioReport s : b.scenarios()) {
                    if (s.at().equals(backing.at())) {
                        return s.tags().contains(tag);
                    }
                }
            }
        }
        return false;
    }

    private static Kind kind(ScenarioReport declared, ScenarioReport variant, boolean only) {
        return kind(declared.outcome(), variant == null ? Outcome.NOT_RUN : variant.outcome(), only);
    }

    private static Kind claimKind(ClaimReport declared, Outcome variant, boolean only) {
        return kind(declared.outcome(), variant, only);
    }

    /** What a scenario or claim is, from its outcome on each system. */
    private static Kind kind(Outcome declared, Outcome variant, boolean only) {
        if (only) {
            return Kind.VARIANT_ONLY;
        }
        if (declared == Outcome.NOT_EXECUTED) {
            return Kind.NOT_EXECUTABLE;
        }
        if (declared != Outcome.PASSED) {
            return Kind.FAILS;
        }
        if (variant == Outcome.NOT_RUN) {
            return Kind.NOT_RUN;
        }
        return variant == Outcome.PASSED ? Kind.BOTH : Kind.DECLARED_ONLY;
    }

    /** The design a page declares in its header ({@code :livingdocs-design: v6.12}), or null. */
    static String declaredDesign(Page page) {
        try {
            for (String line : Files.readAllLines(page.source(), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    break; // the header ends at the first blank line
                }
                Matcher m = DESIGN.matcher(line.strip());
                if (m.matches()) {
                    return m.group(1).strip();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page.source(), e);
        }
    }

    public Variant variant() {
        return variant;
    }

    /** The page's own design, as its header names it ("declared" if it does not). */
    public String declaredName() {
        return declaredName;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<ClaimEntry> claims() {
        return claims;
    }

    /** The page's reports with each variant-only scenario carrying the variant's result. */
    public List<PageReport> merged() {
        return merged;
    }

    /** The scenarios that hold on the page's system and not on the variant's. */
    public List<Entry> stale() {
        return entries.stream().filter(e -> e.kind() == Kind.DECLARED_ONLY).toList();
    }

    /** The claims that hold on the page's system and not on the variant's. */
    public List<ClaimEntry> staleClaims() {
        return claims.stream().filter(c -> c.kind() == Kind.DECLARED_ONLY).toList();
    }

    /** How many scenarios of each kind. */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            counts.put(k, 0);
        }
        entries.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return counts;
    }

    /** The variant's failures among the scenarios tagged for it: claims about the variant that do not hold. */
    public List<Entry> variantOnlyFailures() {
        return entries.stream().filter(e -> e.kind() == Kind.VARIANT_ONLY
                && (e.variant() == null || e.variant().outcome() != Outcome.PASSED)).toList();
    }

    /**
     * The panel shown under a scenario on its page: its verdict on the variant, and what that makes
     * it; by the page line of the scenario.
     */
    public Map<DocLocation, String> panels() {
        Map<DocLocation, String> panels = new HashMap<>();
        for (Entry e : entries) {
            panels.put(e.declared().at(), panel(e));
        }
        return panels;
    }

    private String panel(Entry e) {
        StringBuilder out = new StringBuilder("<div class=\"ld-variant ld-drift-").append(e.kind().name().toLowerCase().replace('_', '-'))
                .append("\"><span class=\"ld-variant-name\">").append(escape(declaredName)).append("</span> ");
        Outcome declared = e.kind() == Kind.VARIANT_ONLY ? Outcome.NOT_RUN : e.declared().outcome();
        out.append(ResultPanel.badge(declared)).append(" · <span class=\"ld-variant-name\">").append(escape(variant.name()))
                .append("</span> ").append(ResultPanel.badge(e.variant() == null ? Outcome.NOT_RUN : e.variant().outcome()))
                .append(" <span class=\"ld-drift-kind\">").append(escape(e.kind().label(declaredName, variant.name()))).append("</span>");
        if (e.kind() == Kind.DECLARED_ONLY) {
            out.append(problems(e.variant()));
        }
        return out.append("</div>\n").toString();
    }

    private static String problems(ScenarioReport s) {
        StringBuilder out = new StringBuilder();
        for (ScenarioReport.Problem p : s.problems()) {
            out.append("<div class=\"ld-problem ").append(p.outcome().cssClass()).append("\">")
                    .append(ResultPanel.badge(p.outcome())).append(" <code>").append(escape(p.step())).append("</code> <span class=\"ld-at\">")
                    .append(escape(p.at().toString())).append("</span>");
            String message = Messages.brief(p.message());
            if (!message.isBlank()) {
                out.append("\n<pre class=\"ld-error\">").append(escape(message.strip())).append("</pre>");
            }
            out.append("</div>\n");
        }
        return out.toString();
    }

    /**
     * The drift page's body: the counts, then the stale scenarios grouped by page and section, each
     * with the step that failed on the variant and why, then the claims with both verdicts.
     */
    public String pageHtml() {
        StringBuilder out = new StringBuilder();
        Map<Kind, Integer> counts = counts();
        out.append("<p>Every scenario of the pages ran twice: against <strong>").append(escape(declaredName))
                .append("</strong>, the system the pages describe, and against <strong>").append(escape(variant.name()))
                .append("</strong>. A scenario that holds on the first and fails on the second states something the ")
                .append(escape(variant.name())).append(" system no longer does: its sentence is stale there.</p>\n<ul class=\"ld-drift-counts\">\n");
        counts.forEach((k, n) -> out.append("<li>").append(n).append(" ").append(escape(k.label(declaredName, variant.name()))).append("</li>\n"));
        out.append("</ul>\n");
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        for (Entry e : stale()) {
            bySection.computeIfAbsent(e.page() + " › " + e.section(), k -> new ArrayList<>()).add(e);
        }
        out.append("<h2 id=\"ld-drift-stale\">Stale on ").append(escape(variant.name())).append(": ").append(stale().size())
                .append(" scenario(s)</h2>\n");
        if (bySection.isEmpty()) {
            out.append("<p>None: every scenario that holds on ").append(escape(declaredName)).append(" holds on ")
                    .append(escape(variant.name())).append(" too.</p>\n");
        }
        for (Map.Entry<String, List<Entry>> section : bySection.entrySet()) {
            out.append("<h3>").append(escape(section.getKey())).append("</h3>\n");
            for (Entry e : section.getValue()) {
                out.append("<div class=\"ld-result ld-failed\"><div class=\"ld-head\"><a href=\"").append(escape(e.page())).append(".html#")
                        .append(ResultPanel.anchor(e.declared().at())).append("\">").append(escape(e.declared().name())).append("</a> <span class=\"ld-at\">")
                        .append(escape(e.declared().at().toString())).append("</span></div>\n").append(problems(e.variant())).append("</div>\n");
            }
        }
        out.append("<h2 id=\"ld-drift-claims\">Claims</h2>\n<table class=\"ld-drift-claims\"><tr><th>claim</th><th>")
                .append(escape(declaredName)).append("</th><th>").append(escape(variant.name())).append("</th><th></th></tr>\n");
        for (ClaimEntry c : claims) {
            out.append("<tr><td><a href=\"").append(escape(c.declared().page())).append(".html#").append(escape(c.declared().claim().id()))
                    .append("\">").append(escape(c.declared().claim().id())).append("</a> <span class=\"ld-at\">")
                    .append(escape(c.declared().claim().at().toString())).append("</span></td><td>")
                    .append(ResultPanel.badge(c.kind() == Kind.VARIANT_ONLY ? Outcome.NOT_RUN : c.declared().outcome())).append("</td><td>")
                    .append(ResultPanel.badge(c.kind() == Kind.VARIANT_ONLY ? c.declared().outcome() : c.variant())).append("</td><td>")
                    .append(escape(c.kind().label(declaredName, variant.name()))).append("</td></tr>\n");
        }
        out.append("</table>\n");
        return out.toString();
    }

    /** One line for the build log. */
    public String line() {
        return "drift against " + variant.name() + ": " + stale().size() + " scenario(s) and " + staleClaims().size()
                + " claim(s) hold on " + declaredName + " only; " + counts().get(Kind.BOTH) + " scenario(s) hold on both";
    }

    /** Writes the drift as JSON lines for tools (one stale scenario a line). */
    void writeData(Path file) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append("{\"page\":").append(dev.livingdocs.Json.quote(e.page())).append(",\"at\":")
                    .append(dev.livingdocs.Json.quote(e.declared().at().toString())).append(",\"name\":")
                    .append(dev.livingdocs.Json.quote(e.declared().name())).append(",\"kind\":\"").append(e.kind().name()).append("\"}\n");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }
}

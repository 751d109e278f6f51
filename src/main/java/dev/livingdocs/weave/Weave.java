package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.asciidoctor.Options;
import org.asciidoctor.extension.ExtensionGroup;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.DocErrorsException;
import dev.livingdocs.Messages;
import dev.livingdocs.bite.BiteReport;
import dev.livingdocs.code.Coverage;
import dev.livingdocs.tangle.Feature;
import dev.livingdocs.tangle.Page;
import dev.livingdocs.tangle.Tangle;

/**
 * Docs and results to site: renders every page with its scenarios' outcomes in place, and a landing
 * page with the summary; then says whether the build may pass.
 *
 * <p>The site is written first, whatever the outcome, so a red scenario can be seen on the site of
 * the very build it fails.
 */
public final class Weave {

    /** Which results the weave must find. */
    public enum Expect {
        /** Every scenario ran: one without a result fails the build. */
        ALL,
        /** A selection ran (one re-run scenario): the rest show "not run". */
        SOME,
        /** Nothing ran (tests skipped): every scenario shows "not run", and the site says so. */
        NONE
    }

    /**
     * @param featuresDir      where tangle wrote the features (to match result URIs)
     * @param featuresDisplay  how the features directory is named in commands
     * @param results          Cucumber's ndjson message stream
     * @param site             the output directory
     * @param rerun            command template with {feature} and {line}, shown under each scenario
     * @param theme            an optional CSS file added to every page
     * @param built            e.g. "Built 2026-11-25T10:00Z from commit abc1234"
     * @param bite             the bite gate's report, shown when it exists and judged the features as
     *                         they are; or null
     * @param code             where the code is and what the scenarios executed of it, for the page of
     *                         claims and code; or null
     * @param project          the name every page's header shows
     */
    public record Settings(Path featuresDir, String featuresDisplay, Path results, Path site, Expect expect,
                           boolean failOnScenario, String rerun, Path theme, String built, Path bite, Code code, String project,
                           List<Drift.Variant> variants) {

        /** The name every page's header shows, linking home, when the build names none. */
        public static final String PROJECT = "Living documentation";

        public Settings(Path featuresDir, String featuresDisplay, Path results, Path site, Expect expect,
                        boolean failOnScenario, String rerun, Path theme, String built, Path bite, Code code, String project) {
            this(featuresDir, featuresDisplay, results, site, expect, failOnScenario, rerun, theme, built, bite, code, project, List.of());
        }

        public Settings(Path featuresDir, String featuresDisplay, Path results, Path site, Expect expect,
                        boolean failOnScenario, String rerun, Path theme, String built, Path bite, Code code) {
            this(featuresDir, featuresDisplay, results, site, expect, failOnScenario, rerun, theme, built, bite, code, PROJECT);
        }

        public Settings(Path featuresDir, String featuresDisplay, Path results, Path site, Expect expect,
                        boolean failOnScenario, String rerun, Path theme, String built) {
            this(featuresDir, featuresDisplay, results, site, expect, failOnScenario, rerun, theme, built, null, null);
        }

        public Settings(Path featuresDir, String featuresDisplay, Path results, Path site, Expect expect,
                        boolean failOnScenario, String rerun, Path theme, String built, Path bite) {
            this(featuresDir, featuresDisplay, results, site, expect, failOnScenario, rerun, theme, built, bite, null);
        }
    }

    /**
     * The code the scenarios exercise.
     *
     * @param coverage  what each scenario run executed ({@code ScenarioCoverage}'s file); the page is
     *                  written only when it exists
     * @param classes   the class files' root
     * @param pkg       the code's package
     * @param map       where to write the map of methods, runs and claims ({@code reread} reads it)
     */
    public record Code(Path coverage, Path classes, String pkg, Path map) {
    }

    /** What the weave found: the summary, and every reason the build must fail (empty to pass). */
    public record Verdict(Summary summary, List<String> problems, Path index) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private static final String DEFAULT_INDEX = """
            = Living documentation
            :reproducible:

            This site is woven from the AsciiDoc pages in the project's `docs/` directory. Every Gherkin
            scenario on a page ran in this build, and its outcome is shown where it stands on the page,
            with the command that re-runs it. A scenario marked as an illustration is shown but never runs.

            == Status

            livingdocs::summary[]

            """;

    /** The generated page of claims and code, unless a page of the docs has that name. */
    static final String CODE_PAGE = "code";

    private static final String DEFAULT_CODE = """
            = Claims and code
            :reproducible:

            Which methods of the code each claim's scenarios executed in this build, as JaCoCo recorded it
            scenario by scenario, and the other way round: for each method, the claims and page lines that
            rest on it, the lines to read again when it changes (`reread` prints them for a change). A method
            counts as executed when any of its instructions ran, a lambda's for the method that holds it.

            livingdocs::code[]

            """;

    /** The generated page of symbols, unless a page of the docs has that name (and places the macro). */
    static final String SYMBOLS_PAGE = "symbols";

    private static final String DEFAULT_SYMBOLS = """
            = Symbols
            :reproducible:

            Every symbol the pages name as inline code: where they name it, what resolves it (or why nothing
            does), and the scenarios that say they exercised it. Each was checked in this build.

            livingdocs::symbols[]

            """;

    /** The generated search page, unless a page of the docs has that name. */
    static final String SEARCH_PAGE = "search";

    private static final String DEFAULT_SEARCH = """
            = Search
            :reproducible:

            Sections and their prose, claims, scenarios by name and the symbols the pages name, searched in
            your browser (with lunr): nothing leaves the site. A word matches its
            beginning with `+*+` (`+nfsd_serv*+`); `+title:interlock+` searches titles only.

            ++++
            <div id="ld-search-results" class="ld-search-results"><noscript>Search needs JavaScript.</noscript></div>
            <script src="lunr.js"></script>
            <script src="search-index.js"></script>
            ++++
            """;

    private final Asciidoc asciidoc;
    private final Settings settings;
    private final Results given;

    public Weave(Asciidoc asciidoc, Settings settings) {
        this(asciidoc, settings, null);
    }

    /** A weave of results held in memory (the live preview's) instead of {@code settings.results()}. */
    public Weave(Asciidoc asciidoc, Settings settings, Results results) {
        this.asciidoc = asciidoc;
        this.settings = settings;
        this.given = results;
    }

    public Verdict run() {
        return run(new Tangle(asciidoc).pages());
    }

    /** Weaves pages the caller has just read with this weave's Asciidoc (the live preview's, read once per refresh). */
    public Verdict run(List<Page> pages) {
        List<String> problems = new ArrayList<>();
        List<Feature> features = Tangle.features(pages);

        Results results = results(problems);
        List<PageReport> own = new Reports(results, settings.featuresDisplay(), settings.rerun()).build(pages, features);
        Drift drift = DriftPage.drift(settings, pages, features, own);
        // Scenarios about a variant only carry the variant's result; the rest, the page's own.
        List<PageReport> reports = drift == null ? own : drift.merged();
        Summary summary = Summary.of(reports);
        for (PageReport report : reports) {
            if (report.stale() != null) {
                problems.add(report.page().titleAt() + ": stale results: " + report.stale()
                        + "; run the doc-tests again");
            }
            for (BlockReport block : report.blocks()) {
                for (ScenarioReport s : block.scenarios()) {
                    verdict(s, problems);
                }
            }
            for (CheckReport c : report.checks()) {
                verdict(c, problems);
            }
        }

        BiteReport bite = bite(features, problems);
        ScenarioDecorator decorator = new ScenarioDecorator(asciidoc, BitePanel.byScenario(bite));
        if (drift != null) {
            decorator.variants(drift.panels());
        }
        ProseDecorator prose = new ProseDecorator(asciidoc);
        SummaryMacro macro = new SummaryMacro();
        List<SymbolsPanel.Row> symbols = SymbolsPanel.rows(reports);
        macro.set(summary, attention(reports), settings.built(),
                reports.stream().flatMap(r -> r.claims().stream()).toList(), symbols);
        macro.bite(bite == null ? null : BitePanel.index(bite, reports));
        CodePanel code = code(reports, features);
        macro.code(code == null ? null : code.html());
        Sections sections = new Sections();
        Map<String, String> titles = new LinkedHashMap<>();
        reports.forEach(r -> titles.put(r.page().name(), r.page().title() == null ? r.page().name() : r.page().title()));
        macro.sections(sections, titles);
        String header = SiteFrame.header(settings.project(), summary, reports.stream().flatMap(r -> r.claims().stream()).toList(),
                settings.built());
        // A group of their own: unregistering it leaves the fact macro (the Asciidoc's) in place.
        ExtensionGroup extensions = asciidoc.asciidoctor().createGroup()
                .treeprocessor(prose)
                .treeprocessor(decorator)
                .treeprocessor(sections)
                .blockMacro(macro)
                .docinfoProcessor(new Stylesheet(settings.theme()));
        extensions.register();
        try {
            prepare(settings.site());
            List<String> names = new ArrayList<>();
            for (PageReport report : reports) {
                decorator.page(report);
                prose.page(report);
                sections.page(report.page().name());
                String html = asciidoc.checked(() -> asciidoc.convert(report.page().source(), options()), dangling -> problems.add(dangling.toString()));
                Map<String, Sections.Info> byId = new HashMap<>();
                sections.of(report.page().name()).forEach(i -> byId.put(i.id(), i));
                html = SiteFrame.withDots(SiteFrame.withHeader(html, header), byId);
                write(settings.site().resolve(report.page().name() + ".html"), footer(html, report.page().titleAt().path()));
                decorator.unmatched().forEach(at -> problems.add(at + ": gherkin block not seen by tangle; it cannot show a result"));
                problems.addAll(prose.problems());
                names.add(report.page().name());
            }
            PageReport none = new PageReport(null, null, List.of(), null, List.of(), List.of());
            decorator.page(none);
            prose.page(none);
            sections.page(null);
            if (!symbols.isEmpty() && !names.contains(SYMBOLS_PAGE)) {
                String html = asciidoc.checked(() -> asciidoc.asciidoctor().convert(DEFAULT_SYMBOLS, options()));
                write(settings.site().resolve(SYMBOLS_PAGE + ".html"), footer(SiteFrame.withHeader(html, header), null));
            }
            if (code != null && !names.contains(CODE_PAGE)) {
                String html = asciidoc.checked(() -> asciidoc.asciidoctor().convert(DEFAULT_CODE, options()));
                write(settings.site().resolve(CODE_PAGE + ".html"), footer(SiteFrame.withHeader(html, header), null));
            }
            SearchIndex search = new SearchIndex();
            for (PageReport report : reports) {
                String name = report.page().name();
                sections.of(name).forEach(info -> search.section(name, titles.get(name), info));
                report.claims().forEach(search::claim);
                report.blocks().forEach(b -> b.scenarios().forEach(sc -> search.scenario(name, sc)));
            }
            symbols.forEach(search::symbol);
            search.write(settings.site());
            asset("livingdocs.js");
            if (!names.contains(SEARCH_PAGE)) {
                String html = asciidoc.checked(() -> asciidoc.asciidoctor().convert(DEFAULT_SEARCH, options()));
                write(settings.site().resolve(SEARCH_PAGE + ".html"), footer(SiteFrame.withHeader(html, header), null));
            }
            if (drift != null && !names.contains(DriftPage.NAME)) {
                String html = asciidoc.checked(() -> asciidoc.asciidoctor().convert(DriftPage.source(drift), options()));
                write(settings.site().resolve(DriftPage.NAME + ".html"), footer(SiteFrame.withHeader(html, header), null));
            }
            if (!names.contains("index")) {
                String html = asciidoc.checked(() -> asciidoc.asciidoctor().convert(defaultIndex(reports, !symbols.isEmpty(), bite != null,
                        code != null) + DriftPage.indexSection(drift), options()));
                write(settings.site().resolve("index.html"), footer(SiteFrame.withHeader(html, header), null));
            }
            problems.addAll(prose.problems());
        } catch (DocErrorsException e) {
            e.errors().forEach(err -> problems.add(err.toString()));
        } finally {
            prose.done();
            extensions.unregister();
        }
        return new Verdict(summary, problems, settings.site().resolve("index.html"));
    }

    /** The map of claims and code, when the build recorded what the scenarios executed. */
    private CodePanel code(List<PageReport> reports, List<Feature> features) {
        Code code = settings.code();
        if (code == null || code.coverage() == null || !Files.isRegularFile(code.coverage())) {
            return null;
        }
        CodePanel panel = CodePanel.of(Coverage.read(code.coverage(), code.classes(), code.pkg(), settings.featuresDir()), code.pkg(),
                reports, features);
        if (code.map() != null) {
            panel.write(code.map());
        }
        List<String> most = panel.mostClaimed(5).stream().map(e -> e.getKey().name() + " (" + e.getValue().size() + ")").toList();
        System.out.println("weave: claims and code: the methods most claims rest on: " + String.join(", ", most));
        return panel;
    }

    /**
     * The bite report, if there is one for the features as they are now; a report on other text
     * is left out, with a note among the problems only if the build asked for it to be shown.
     */
    private BiteReport bite(List<Feature> features, List<String> problems) {
        Path file = settings.bite();
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        BiteReport report = BiteReport.read(file);
        for (Feature f : features) {
            String judged = report.features().get(f.file());
            if (judged != null && !judged.equals(BiteReport.digest(f.text()))) {
                System.err.println("weave: " + file + " judged other text of " + f.file() + "; not shown (run the bite gate again)");
                return null;
            }
        }
        return report;
    }

    private Results results(List<String> problems) {
        if (given != null) {
            return given;
        }
        Path file = settings.results();
        if (Files.isRegularFile(file)) {
            Results results = Results.read(file, settings.featuresDir());
            if (!results.finished() && settings.expect() != Expect.NONE) {
                problems.add(file + ": the Cucumber run did not finish (no TestRunFinished message)");
            }
            results.runError().ifPresent(e -> problems.add("the Cucumber run failed as a whole: " + e));
            return results;
        }
        if (settings.expect() != Expect.NONE) {
            problems.add("no Cucumber results at " + file + ": the doc-tests did not run, so no scenario is known to pass");
        }
        return Results.none();
    }

    private void verdict(ScenarioReport s, List<String> problems) {
        Outcome o = s.outcome();
        if (o == Outcome.PASSED || o == Outcome.NOT_EXECUTED || (o == Outcome.NOT_RUN && variantOnly(s))) {
            return;
        }
        if (o == Outcome.NOT_RUN && settings.expect() != Expect.ALL) {
            return;
        }
        if (!settings.failOnScenario() && o != Outcome.NOT_RUN) {
            return;
        }
        StringBuilder line = new StringBuilder(s.at() + ": " + s.keyword() + " '" + s.name() + "' " + o.label());
        if (o == Outcome.SKIPPED) {
            line.append(" (a skipped scenario checks nothing)");
        }
        for (ScenarioReport.Problem p : s.problems()) {
            line.append("\n    ").append(p.at()).append(": ").append(p.outcome().label()).append(" step '").append(p.step()).append("'");
            if (p.row() != null) {
                line.append(" (example at ").append(p.row()).append(')');
            }
            String message = Messages.brief(p.message());
            if (!message.isEmpty()) {
                line.append(": ").append(message);
            }
        }
        if (s.rerun() != null) {
            line.append("\n    re-run: ").append(s.rerun());
        }
        problems.add(line.toString());
    }

    /**
     * A check of the prose that did not pass: one line, at the check's own line, with the glue's
     * message and the command that re-runs it. A mention of a listed symbol stands or falls with its
     * row, which is reported itself.
     */
    private void verdict(CheckReport c, List<String> problems) {
        Outcome o = c.outcome();
        if (o == Outcome.PASSED || !c.check().runs() || !counts(o)) {
            return;
        }
        StringBuilder line = new StringBuilder(c.check().at() + ": " + c.check().label() + " " + o.label());
        String message = Messages.brief(c.message());
        if (!message.isEmpty()) {
            line.append(": ").append(message);
        }
        if (c.rerun() != null) {
            line.append("\n    re-run: ").append(c.rerun());
        }
        problems.add(line.toString());
    }

    /**
     * Whether a scenario is about a variant only (tagged with a variant's name): its page's own run
     * leaves it out, so no result of that run is missing when the variant's did not run either.
     */
    private boolean variantOnly(ScenarioReport s) {
        return settings.variants().stream().anyMatch(v -> s.tags().contains("@" + v.name()));
    }

    /** Whether an outcome other than passed fails this build, as the settings have it. */
    private boolean counts(Outcome o) {
        if (o == Outcome.NOT_RUN) {
            return settings.expect() == Expect.ALL;
        }
        return settings.failOnScenario();
    }

    private List<String> attention(List<PageReport> reports) {
        List<String> items = new ArrayList<>();
        for (PageReport report : reports) {
            for (BlockReport block : report.blocks()) {
                for (ScenarioReport s : block.scenarios()) {
                    if (s.outcome() != Outcome.PASSED && s.outcome() != Outcome.NOT_EXECUTED
                            && !(s.outcome() == Outcome.NOT_RUN && (settings.expect() != Expect.ALL || variantOnly(s)))) {
                        items.add(ResultPanel.badge(s.outcome()) + " <a href=\"" + escape(report.page().name()) + ".html#"
                                + ResultPanel.anchor(s.at()) + "\">" + escape(s.name()) + "</a> <span class=\"ld-at\">"
                                + escape(s.at().toString()) + "</span>");
                    }
                }
            }
            for (CheckReport c : report.checks()) {
                if (c.check().runs() && c.outcome() != Outcome.PASSED
                        && !(c.outcome() == Outcome.NOT_RUN && settings.expect() != Expect.ALL)) {
                    items.add(ResultPanel.badge(c.outcome()) + " <a href=\"" + escape(report.page().name()) + ".html#"
                            + escape(ProseDecorator.target(c)) + "\">" + escape(c.check().scenarioName()) + "</a> <span class=\"ld-at\">"
                            + escape(c.check().at().toString()) + "</span>");
                }
            }
        }
        return items;
    }

    private String defaultIndex(List<PageReport> reports, boolean symbols, boolean bite, boolean code) {
        StringBuilder text = new StringBuilder(DEFAULT_INDEX);
        if (code) {
            text.append("""
                    == Claims and code

                    link:code.html[Which methods each claim rests on], as its scenarios executed them, and which
                    claims and page lines rest on each method.

                    """);
        }
        if (bite) {
            text.append("""
                    == Bite

                    Would a scenario notice if what it states were false? The bite gate changed what each
                    scenario states, one small change at a time (a number by one, a string or a cell for another
                    value the page uses, a step for its negative), and ran it again: a change the scenario caught
                    is killed. A survivor needs a strengthened check, or a reason on the page why that argument is
                    not meant to be checked. Each scenario lists its survivors under its result.

                    livingdocs::bite[]

                    """);
        }
        if (symbols) {
            text.append("""
                    == Symbols

                    link:symbols.html[Every symbol the pages name]: where, what resolves it, and the scenarios
                    that exercise it.

                    """);
        }
        if (reports.stream().anyMatch(r -> !r.claims().isEmpty())) {
            text.append("""
                    == Claims

                    Each claim a page makes is backed by the scenarios that carry its tag, or says why no
                    behaviour can show it.

                    livingdocs::claims[]

                    """);
        }
        text.append("== Pages\n\n");
        for (PageReport report : reports) {
            String title = report.page().title() == null ? report.page().name() : report.page().title();
            text.append("* link:").append(report.page().name()).append(".html[").append(title.replace("]", "\\]")).append("]\n");
        }
        return text.toString();
    }

    private Options options() {
        return asciidoc.options(a -> a
                        .sourceHighlighter("rouge")
                        .linkCss(false)
                        .dataUri(true)
                        .attribute("webfonts!")
                        .attribute("reproducible")
                        .attribute("livingdocs-built", settings.built()))
                .standalone(true)
                .toFile(false)
                .build();
    }

    /** Copies a file of the toolchain's resources into the site. */
    private void asset(String name) {
        try (java.io.InputStream in = Weave.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            write(settings.site().resolve(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a line under each page saying where it was woven from, and when; and the site's script. */
    private String footer(String html, String source) {
        String note = "<div class=\"ld-footer\">" + escape(settings.built())
                + (source == null ? "" : " · woven from " + escape(source)) + "</div>\n<script src=\"livingdocs.js\"></script>\n";
        int body = html.lastIndexOf("</body>");
        return body < 0 ? html + note : html.substring(0, body) + note + html.substring(body);
    }

    /** Removes pages a previous weave wrote, so a deleted page does not live on in the site. */
    private static void prepare(Path site) {
        try {
            Files.createDirectories(site);
            try (Stream<Path> files = Files.list(site)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                    if (Files.readString(file, StandardCharsets.UTF_8).contains("<div class=\"ld-footer\">")) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + site, e);
        }
    }

    private static void write(Path file, String html) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, html, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

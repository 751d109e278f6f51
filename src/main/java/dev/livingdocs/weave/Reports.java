package dev.livingdocs.weave;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cucumber.gherkin.GherkinDialect;
import io.cucumber.gherkin.GherkinDialectProvider;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableCell;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.Tag;

import dev.livingdocs.DocLocation;
import dev.livingdocs.tangle.Claim;
import dev.livingdocs.tangle.ClaimCheck;
import dev.livingdocs.tangle.Feature;
import dev.livingdocs.tangle.FeatureScenarios;
import dev.livingdocs.tangle.GherkinBlock;
import dev.livingdocs.tangle.Page;
import dev.livingdocs.tangle.ProseCheck;
import dev.livingdocs.tangle.SourceLine;
import dev.livingdocs.tangle.SourceMap;

/** Joins the pages, their tangled features and a run's results into one report per page. */
public final class Reports {

    private static final GherkinDialect ENGLISH = new GherkinDialectProvider().getDefaultDialect();

    private final Results results;
    private final String featuresDisplayDir;
    private final String rerunTemplate;

    /**
     * @param featuresDisplayDir how the features directory is named in commands, e.g. "features"
     * @param rerunTemplate      a command with {@code {feature}} and {@code {line}} placeholders
     */
    public Reports(Results results, String featuresDisplayDir, String rerunTemplate) {
        this.results = results;
        this.featuresDisplayDir = featuresDisplayDir;
        this.rerunTemplate = rerunTemplate;
    }

    public List<PageReport> build(List<Page> pages, List<Feature> features) {
        Map<Page, Feature> byPage = features.stream().filter(f -> !f.prose())
                .collect(Collectors.toMap(Feature::page, Function.identity()));
        Map<Page, Feature> proseByPage = features.stream().filter(Feature::prose)
                .collect(Collectors.toMap(Feature::page, Function.identity()));
        List<PageReport> reports = new ArrayList<>();
        for (Page page : pages) {
            reports.add(page(page, byPage.get(page), proseByPage.get(page)));
        }
        return withClaims(reports);
    }

    /** {@link #withClaims} for reports built elsewhere (the drift's merged reports). */
    List<PageReport> withClaimsOf(List<PageReport> reports) {
        return withClaims(reports);
    }

    /** Each page's claims with the outcome of the scenarios (on any page) that carry their tag. */
    private static List<PageReport> withClaims(List<PageReport> reports) {
        Map<String, List<ClaimReport.Backing>> backing = new java.util.HashMap<>();
        for (PageReport report : reports) {
            for (BlockReport block : report.blocks()) {
                for (ScenarioReport s : block.scenarios()) {
                    for (String tag : s.tags()) {
                        if (tag.startsWith("@" + Claim.PREFIX)) {
                            backing.computeIfAbsent(tag.substring(1), id -> new ArrayList<>())
                                    .add(new ClaimReport.Backing(report.page().name(), s.at(), s.name(), s.outcome()));
                        }
                    }
                }
            }
        }
        List<PageReport> result = new ArrayList<>();
        for (PageReport report : reports) {
            List<ClaimReport> claims = new ArrayList<>();
            for (Claim claim : report.page().claims()) {
                List<ClaimReport.Backing> scenarios = backing.getOrDefault(claim.id(), List.of());
                Outcome outcome = claim.executable()
                        ? scenarios.stream().map(ClaimReport.Backing::outcome).reduce(Outcome::worst).orElse(Outcome.NOT_RUN)
                        : Outcome.NOT_EXECUTED;
                claims.add(new ClaimReport(claim, report.page().name(), outcome, scenarios));
            }
            result.add(report.withClaims(claims));
        }
        return result;
    }

    private PageReport page(Page page, Feature feature, Feature prose) {
        String stale = null;
        List<Scenario> scenarios = List.of();
        SourceMap map = null;
        if (feature != null) {
            stale = stale(feature);
            scenarios = FeatureScenarios.of(feature);
            map = feature.sourceMap();
        }
        String proseStale = prose == null ? null : stale(prose);
        List<BlockReport> blocks = new ArrayList<>();
        for (GherkinBlock block : page.blocks()) {
            if (!block.executable()) {
                blocks.add(new BlockReport(block, notExecuted(block)));
                continue;
            }
            Feature.Span span = feature.spans().stream().filter(s -> s.block().equals(block)).findFirst().orElseThrow();
            List<ScenarioReport> reports = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                int line = scenario.getLocation().getLine().intValue();
                if (span.contains(line)) {
                    reports.add(scenario(feature, span, map, scenario, stale != null));
                }
            }
            blocks.add(new BlockReport(block, reports));
        }
        String anyStale = stale == null ? proseStale : proseStale == null ? stale : stale + "; " + proseStale;
        return new PageReport(page, feature == null ? null : feature.file(), blocks, anyStale, List.of(),
                checks(page, prose, proseStale != null));
    }

    private String stale(Feature feature) {
        Optional<String> ran = results.source(feature.file());
        return ran.isPresent() && !ran.get().equals(feature.text())
                ? featuresDisplayDir + "/" + feature.file() + " ran with a text that differs from what the page tangles to now"
                : null;
    }

    /**
     * The outcome of each check of the page's prose, from its scenario in the prose feature; a mention of
     * a listed symbol stands as its list row does.
     */
    private List<CheckReport> checks(Page page, Feature prose, boolean stale) {
        Map<ProseCheck, CheckReport> ran = new HashMap<>();
        if (prose != null) {
            for (Feature.CheckAt at : prose.checks()) {
                Optional<Results.Run> run = stale ? Optional.empty() : results.run(prose.file(), at.line());
                String message = run.flatMap(r -> r.problems().stream().map(Results.StepRun::message)
                        .filter(m -> !m.isBlank()).findFirst()).map(Reports::withoutType).orElse("");
                String rerun = rerunTemplate == null ? null : rerunTemplate
                        .replace("{feature}", featuresDisplayDir + "/" + prose.file())
                        .replace("{line}", Integer.toString(at.line()));
                ran.put(at.check(), new CheckReport(at.check(), page.name(), run.map(Results.Run::outcome).orElse(Outcome.NOT_RUN),
                        message, run.map(r -> symbol(at.check(), r)).orElse(null), rerun));
            }
        }
        Map<String, CheckReport> rows = new HashMap<>();
        ran.values().stream().filter(r -> r.check().kind() == ProseCheck.Kind.UNMODELLED)
                .forEach(r -> rows.put(r.check().subject(), r));
        List<CheckReport> checks = new ArrayList<>();
        for (ProseCheck check : page.checks()) {
            if (check.runs()) {
                checks.add(ran.getOrDefault(check, new CheckReport(check, page.name(), Outcome.NOT_RUN, "", null, null)));
            } else {
                CheckReport row = rows.get(check.subject());
                checks.add(row == null ? new CheckReport(check, page.name(), Outcome.NOT_RUN, "", null, null)
                        : new CheckReport(check, page.name(), row.outcome(), row.message(), row.symbol(), row.rerun()));
            }
        }
        return checks;
    }

    private static CheckReport.Symbol symbol(ProseCheck check, Results.Run run) {
        try {
            return CheckReport.Symbol.of(run.attachments());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(check.at() + ": the glue's " + CheckReport.SYMBOL_MEDIA_TYPE
                    + " attachment for " + check.label() + " does not read: " + e.getMessage(), e);
        }
    }

    /** A glue's message without the exception type Cucumber puts before it ("java.lang.AssertionError: "). */
    static String withoutType(String message) {
        return message.replaceFirst("^[\\w.$]+(?:Error|Exception|Failure)(?::\\s*|$)", "").strip();
    }

    private ScenarioReport scenario(Feature feature, Feature.Span span, SourceMap map, Scenario scenario, boolean stale) {
        int line = scenario.getLocation().getLine().intValue();
        int first = scenario.getTags().stream().map(Tag::getLocation).mapToInt(l -> l.getLine().intValue()).min().orElse(line);
        first = Math.min(first, line);
        List<ScenarioReport.Problem> problems = new ArrayList<>();
        List<ScenarioReport.Row> rows = new ArrayList<>();
        List<Results.Attached> attachments = new ArrayList<>();
        Outcome outcome;
        int runs;
        if (scenario.getExamples().isEmpty()) {
            Optional<Results.Run> run = stale ? Optional.empty() : results.run(feature.file(), line);
            outcome = run.map(Results.Run::outcome).orElse(Outcome.NOT_RUN);
            run.ifPresent(r -> problems.addAll(problems(r, map, null)));
            run.ifPresent(r -> attachments.addAll(r.attachments()));
            runs = 1;
        } else {
            outcome = null;
            runs = 0;
            for (Examples examples : scenario.getExamples()) {
                for (TableRow row : examples.getTableBody()) {
                    int rowLine = row.getLocation().getLine().intValue();
                    DocLocation rowAt = span.contains(rowLine) ? span.line(rowLine).origin() : origin(map, rowLine);
                    Optional<Results.Run> run = stale ? Optional.empty() : results.run(feature.file(), rowLine);
                    Outcome rowOutcome = run.map(Results.Run::outcome).orElse(Outcome.NOT_RUN);
                    run.ifPresent(r -> problems.addAll(problems(r, map, rowAt)));
                    run.ifPresent(r -> r.attachments().forEach(a ->
                            attachments.add(new Results.Attached(a.name() + " (example at " + rowAt + ")", a.mediaType(), a.body(), a.base64()))));
                    rows.add(new ScenarioReport.Row(rowAt, row.getCells().stream().map(TableCell::getValue).toList(), rowOutcome));
                    outcome = outcome == null ? rowOutcome : Outcome.worst(outcome, rowOutcome);
                    runs++;
                }
            }
            outcome = outcome == null ? Outcome.NOT_RUN : outcome;
        }
        String rerun = rerunTemplate == null ? null : rerunTemplate
                .replace("{feature}", featuresDisplayDir + "/" + feature.file())
                .replace("{line}", Integer.toString(line));
        SourceLine keywordLine = span.line(line);
        List<String> tags = new ArrayList<>();
        scenario.getTags().forEach(t -> tags.add(t.getName()));
        scenario.getExamples().forEach(e -> e.getTags().forEach(t -> tags.add(t.getName())));
        return new ScenarioReport(scenario.getKeyword(), scenario.getName(), keywordLine.origin(), first - span.first(),
                outcome, Math.max(runs, 1), problems, rows, rerun, tags, attachments);
    }

    private static List<ScenarioReport.Problem> problems(Results.Run run, SourceMap map, DocLocation row) {
        List<ScenarioReport.Problem> problems = new ArrayList<>();
        for (Results.StepRun step : run.problems()) {
            if (step.outcome() == Outcome.SKIPPED) {
                continue;
            }
            problems.add(new ScenarioReport.Problem(origin(map, step.line()), step.text(), step.outcome(), step.message(), row));
        }
        return problems;
    }

    private static DocLocation origin(SourceMap map, int featureLine) {
        return map.origin(featureLine).orElseThrow(() -> new IllegalStateException("feature line " + featureLine + " has no source"));
    }

    /** Scenarios of a non-executable block, found by their keywords: the block need not be valid. */
    private static List<ScenarioReport> notExecuted(GherkinBlock block) {
        List<String> keywords = new ArrayList<>(ENGLISH.getScenarioOutlineKeywords());
        keywords.addAll(ENGLISH.getScenarioKeywords());
        List<ScenarioReport> reports = new ArrayList<>();
        for (int i = 0; i < block.lines().size(); i++) {
            SourceLine line = block.lines().get(i);
            String text = line.text().strip();
            for (String keyword : keywords) {
                if (text.startsWith(keyword + ":")) {
                    reports.add(new ScenarioReport(keyword, text.substring(keyword.length() + 1).strip(), line.origin(), i,
                            Outcome.NOT_EXECUTED, 1, List.of(), List.of(), null, List.of(), List.of()));
                    break;
                }
            }
        }
        if (reports.isEmpty()) {
            reports.add(new ScenarioReport("Block", block.reason() == null ? "" : block.reason(), block.location(), 0,
                    Outcome.NOT_EXECUTED, 1, List.of(), List.of(), null, List.of(), List.of()));
        }
        return reports;
    }
}

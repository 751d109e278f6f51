package dev.livingdocs.bite;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.cucumber.core.gherkin.Feature;
import io.cucumber.plugin.event.Status;

import dev.livingdocs.DocError;
import dev.livingdocs.DocErrorsException;
import dev.livingdocs.Messages;
import dev.livingdocs.bite.BiteReport.MutantResult;
import dev.livingdocs.bite.BiteReport.TargetResult;
import dev.livingdocs.bite.GlueRunner.Run;
import dev.livingdocs.bite.GlueRunner.StepRun;
import dev.livingdocs.tangle.SourceMap;

/**
 * The bite gate: makes the mutants of every scenario run of the features, runs each with the glue,
 * and reports which the scenarios caught.
 *
 * <p>In order: the features are read and their {@code # unchecked} comments checked; a dry run
 * matches every step to the glue (what each step definition reads from a step is what the gate may
 * change); the unchanged scenarios run once more here, in parallel as the mutants will, and each must
 * pass, or its mutants cannot be judged; then the mutants run, the slowest scenarios' first, each
 * one alone in its own world. A mutant is killed when its scenario fails; one whose changed step no
 * step definition matches, or whose argument the glue cannot convert, is not applicable (the change
 * was not one the page could make and still read as it does); the rest survive.
 */
public final class Bite {

    /**
     * @param features        the features directory
     * @param glue            the glue's packages
     * @param negatives       the file of negative step pairs, or null
     * @param negativesShown  how messages name that file
     * @param threads         how many scenarios run at once
     * @param minTimeoutMillis the least time a mutant may run before it is taken as hung (and killed)
     * @param slowMillis      a scenario run slower than this unchanged is slow: its numbers are moved
     *                        one way only (up), which halves the changes that cost most
     * @param only            which scenario runs to judge
     */
    public record Settings(Path features, List<String> glue, Path negatives, String negativesShown, int threads, long minTimeoutMillis,
                           long slowMillis, Predicate<Target> only, java.util.Set<String> skipTags) {

        public Settings(Path features, List<String> glue, Path negatives, String negativesShown, int threads, long minTimeoutMillis,
                        long slowMillis, Predicate<Target> only) {
            this(features, glue, negatives, negativesShown, threads, minTimeoutMillis, slowMillis, only, java.util.Set.of());
        }
    }

    private static final String CONVERT = "Could not convert arguments for step";

    private final Settings settings;
    private final PrintStream out;

    public Bite(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public BiteReport run() {
        long start = System.nanoTime();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<DocError> errors = new ArrayList<>();
        List<FeatureSource> features = read(settings.features());
        Map<FeatureSource, List<Unchecked>> reasons = new LinkedHashMap<>();
        for (FeatureSource f : features) {
            reasons.put(f, Unchecked.of(f, errors));
        }
        Negatives negatives = settings.negatives() != null && Files.isRegularFile(settings.negatives())
                ? Negatives.read(settings.negatives(), settings.negativesShown(), errors) : Negatives.none();
        if (!errors.isEmpty()) {
            throw new DocErrorsException(errors);
        }

        List<Target> targets = new ArrayList<>();
        Map<Target, FeatureSource> featureOf = new LinkedHashMap<>();
        for (FeatureSource f : features) {
            for (Target t : f.targets()) {
                // A scenario tagged for a variant only (README, "One page, two systems") is not the page's own.
                if (settings.only().test(t) && !f.tagged(t, settings.skipTags())) {
                    targets.add(t);
                    featureOf.put(t, f);
                }
            }
        }
        out.printf("bite: %d scenario run(s) in %d feature(s), glue %s, %d thread(s)%n", targets.size(), features.size(),
                String.join(", ", settings.glue()), settings.threads());

        // Match every step: what a step definition reads is what a mutant may change.
        GlueRunner dry = new GlueRunner(settings.glue(), true);
        Map<FeatureSource, Feature> parsed = new LinkedHashMap<>();
        features.forEach(f -> parsed.put(f, dry.parse(uri(f), f.text())));
        List<Run> matched = dry.run(targets.size(), i -> GlueRunner.pickleAt(parsed.get(featureOf.get(targets.get(i))), targets.get(i).line()),
                settings.threads(), i -> 600_000, i -> { });
        errors.addAll(negatives.check(dry.patterns()));
        if (!errors.isEmpty()) {
            throw new DocErrorsException(errors);
        }
        // The unchanged scenarios, in parallel as the mutants will run: each must pass to judge its mutants.
        GlueRunner glue = new GlueRunner(settings.glue(), false);
        long baselineStart = System.nanoTime();
        List<Run> baselines = glue.run(targets.size(), i -> GlueRunner.pickleAt(parsed.get(featureOf.get(targets.get(i))), targets.get(i).line()),
                settings.threads(), i -> 600_000, i -> { });
        Map<Target, Run> baselineOf = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            baselineOf.put(targets.get(i), baselines.get(i));
        }
        long passed = baselines.stream().filter(r -> r.status() == Status.PASSED).count();
        out.printf("bite: unchanged, %d of %d scenario runs passed (%.1f s)%n", passed, targets.size(), seconds(baselineStart));

        Mutators.Vocabulary vocabulary = new Mutators.Vocabulary();
        matched.forEach(r -> vocabulary.add(r.steps()));
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            boolean slow = baselines.get(i).time().toMillis() > settings.slowMillis();
            mutants.addAll(new Mutators(featureOf.get(t), vocabulary, negatives, slow).of(t, matched.get(i).steps()));
        }
        List<Mutant> runnable = mutants.stream().filter(m -> m.replacement() != null).toList();
        out.printf("bite: %d mutants made, %d of them with no other value the page gives (not applicable)%n", mutants.size(),
                mutants.size() - runnable.size());

        // The mutants of scenarios that passed, slowest scenario first, so the long ones do not come last.
        List<Mutant> jobs = new ArrayList<>(runnable.stream().filter(m -> baselineOf.get(m.target()).status() == Status.PASSED).toList());
        jobs.sort(Comparator.comparing((Mutant m) -> baselineOf.get(m.target()).time()).reversed());
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, jobs.size() / 10);
        long mutantStart = System.nanoTime();
        List<Run> runs = glue.run(jobs.size(),
                i -> GlueRunner.pickleAt(glue.parse(uri(featureOf.get(jobs.get(i).target())), jobs.get(i).apply(featureOf.get(jobs.get(i).target()).text())),
                        jobs.get(i).target().line()),
                settings.threads(),
                i -> Math.max(settings.minTimeoutMillis(), 10 * baselineOf.get(jobs.get(i).target()).time().toMillis()),
                i -> {
                    int n = done.incrementAndGet();
                    if (n % step == 0 || n == jobs.size()) {
                        out.printf("bite: %d of %d mutants run (%.0f s)%n", n, jobs.size(), seconds(mutantStart));
                    }
                });
        Map<Mutant, Run> runOf = new java.util.HashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            runOf.put(jobs.get(i), runs.get(i));
        }

        List<String> problems = new ArrayList<>();
        List<TargetResult> results = new ArrayList<>();
        Map<Unchecked, List<BiteReport.Status>> used = new LinkedHashMap<>();
        reasons.values().forEach(list -> list.forEach(u -> used.put(u, new ArrayList<>())));
        for (Target t : targets) {
            FeatureSource f = featureOf.get(t);
            Run baseline = baselineOf.get(t);
            List<MutantResult> judged = new ArrayList<>();
            for (Mutant m : mutants) {
                if (!m.target().equals(t)) {
                    continue;
                }
                MutantResult r = judge(m, baseline, runOf.get(m), f);
                Unchecked reason = reasons.get(f).stream().filter(u -> u.excuses(m)).findFirst().orElse(null);
                if (reason != null) {
                    used.get(reason).add(r.status());
                    r = new MutantResult(r.kind(), r.at(), r.original(), r.replacement(), r.status(), r.detail(), reason.reason());
                }
                judged.add(r);
            }
            String baselineStatus = baseline.timedOut() ? "timed out" : baseline.status().name().toLowerCase();
            if (baseline.status() != Status.PASSED) {
                problems.add(t.where() + ": '" + t.name() + "' " + baselineStatus + " unchanged in the gate's own run, so its mutants"
                        + " were not judged" + (baseline.error() == null ? "" : ": " + Messages.brief(String.valueOf(baseline.error().getMessage())))
                        + " (does it pass when another scenario runs beside it?)");
            }
            results.add(new TargetResult(t, baselineStatus, baseline.time().toNanos() / 1e9, judged));
        }
        used.forEach((u, statuses) -> {
            if (statuses.isEmpty()) {
                problems.add(u.at() + ": '" + Unchecked.MARKER + " " + String.join(", ", u.names())
                        + "' excuses no change the gate makes on the line below: name each argument as that line writes it");
            } else if (!statuses.contains(BiteReport.Status.SURVIVED)) {
                problems.add(u.at() + ": '" + Unchecked.MARKER + " " + String.join(", ", u.names())
                        + "' is no longer needed: the scenario catches every change it excuses; drop the comment");
            }
        });
        Map<String, String> digests = new LinkedHashMap<>();
        features.forEach(f -> digests.put(f.file(), BiteReport.digest(f.text())));
        BiteReport report = new BiteReport(digests, results, problems, seconds(start), settings.threads());
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf("bite: %s; %.0f s with %d thread(s), load average %.2f before, %.2f after%n", report.line(), report.seconds(),
                settings.threads(), loadBefore, loadAfter);
        return report;
    }

    private MutantResult judge(Mutant m, Run baseline, Run run, FeatureSource f) {
        String kind = m.kind().label();
        if (m.replacement() == null) {
            return new MutantResult(kind, m.at(), m.original(), null, BiteReport.Status.NOT_APPLICABLE,
                    "the page gives this argument no other value to take", null);
        }
        if (run == null) {
            return new MutantResult(kind, m.at(), m.original(), m.replacement(), BiteReport.Status.NOT_APPLICABLE,
                    "not run: the unchanged scenario did not pass", null);
        }
        if (run.timedOut()) {
            return new MutantResult(kind, m.at(), m.original(), m.replacement(), BiteReport.Status.KILLED,
                    "did not finish in " + run.time().toSeconds() + " s", null);
        }
        for (StepRun s : run.steps()) {
            if (s.status() == Status.UNDEFINED || s.status() == Status.AMBIGUOUS) {
                return new MutantResult(kind, m.at(), m.original(), m.replacement(), BiteReport.Status.NOT_APPLICABLE,
                        (s.status() == Status.UNDEFINED ? "no step definition matches '" : "several step definitions match '") + s.text() + "'", null);
            }
            if (s.status() == Status.FAILED) {
                if (s.error() != null && s.error().getMessage() != null && s.error().getMessage().startsWith(CONVERT)) {
                    Throwable cause = s.error().getCause() != null ? s.error().getCause() : s.error();
                    return new MutantResult(kind, m.at(), m.original(), m.replacement(), BiteReport.Status.NOT_APPLICABLE,
                            "the glue cannot read the changed argument: " + Messages.brief(String.valueOf(cause.getMessage())), null);
                }
                return new MutantResult(kind, m.at(), m.original(), m.replacement(), BiteReport.Status.KILLED,
                        f.origin(s.line()) + ": " + Messages.brief(String.valueOf(s.error() == null ? "failed" : s.error().getMessage())), null);
            }
        }
        if (run.status() == Status.UNDEFINED) {
            return new MutantResult(kind, m.at(), m.original(), m.replacement(), BiteReport.Status.NOT_APPLICABLE,
                    "the changed text is not Gherkin: " + Messages.brief(String.valueOf(run.error())), null);
        }
        if (run.status() == Status.FAILED) {
            return new MutantResult(kind, m.at(), m.original(), m.replacement(), BiteReport.Status.KILLED,
                    "a hook failed: " + Messages.brief(String.valueOf(run.error() == null ? "" : run.error().getMessage())), null);
        }
        return new MutantResult(kind, m.at(), m.original(), m.replacement(), BiteReport.Status.SURVIVED,
                run.status() == Status.PASSED ? "the scenario passed" : "the scenario ended " + run.status().name().toLowerCase(), null);
    }

    /** A line per survivor without a reason: its page line and change, and the runs it survived. */
    public static List<String> survivors(List<TargetResult> results) {
        Map<String, List<String>> runs = new LinkedHashMap<>();
        Map<String, MutantResult> first = new LinkedHashMap<>();
        for (TargetResult t : results) {
            for (MutantResult m : t.mutants()) {
                if (m.unexcused()) {
                    String key = m.at() + "\u0000" + m.kind() + "\u0000" + m.change();
                    first.putIfAbsent(key, m);
                    runs.computeIfAbsent(key, k -> new ArrayList<>()).add("'" + t.target().name() + "'"
                            + (t.target().row() == null ? "" : " (example at " + t.target().row() + ")"));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        first.forEach((key, m) -> lines.add(m.at() + ": survived: " + m.kind() + " " + m.change() + ", in " + String.join(", ", runs.get(key))
                + "\n    the scenario passes with it: strengthen the check, or say why above that line: "
                + Unchecked.MARKER + " " + name(m) + ": WHY"));
        return lines;
    }

    private static String name(MutantResult m) {
        return switch (m.kind()) {
            case "negation" -> "negation";
            case "doc string line" -> "docstring";
            default -> m.original();
        };
    }

    private static List<FeatureSource> read(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<FeatureSource> features = new ArrayList<>();
            // The prose's features are not judged: their one step per fact or symbol fails the build by
            // itself when the page is wrong, and a symbol swapped for another the page names is as known.
            for (Path file : files.filter(p -> p.toString().endsWith(".feature"))
                    .filter(p -> !p.toString().endsWith(dev.livingdocs.tangle.Feature.PROSE_SUFFIX)).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (SourceMap.parse(text).isEmpty()) {
                    continue;
                }
                features.add(new FeatureSource(dir.relativize(file).toString().replace('\\', '/'), text));
            }
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the features in " + dir, e);
        }
    }

    private URI uri(FeatureSource f) {
        return settings.features().resolve(f.file()).toAbsolutePath().normalize().toUri();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

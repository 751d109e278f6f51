package dev.livingdocs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.asciidoctor.Asciidoctor;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.DocErrorsException;
import dev.livingdocs.Pages;
import dev.livingdocs.bite.Bite;
import dev.livingdocs.bite.BiteReport;
import dev.livingdocs.serve.SiteServer;
import dev.livingdocs.tangle.Feature;
import dev.livingdocs.tangle.FeatureFiles;
import dev.livingdocs.tangle.Tangle;
import dev.livingdocs.weave.Drift;
import dev.livingdocs.run.JunitNames;
import dev.livingdocs.weave.Results;
import dev.livingdocs.weave.Weave;

/**
 * The command line of the toolchain, run by the build:
 * <pre>
 *   tangle --docs=DIR --features=DIR [--results=FILE] [--stamp=FILE] [-a name=value]...
 *   weave  --docs=DIR --features=DIR --results=FILE --site=DIR [--expect=all|some|none]
 *          [--fail-on-scenario=true|false] [--rerun=COMMAND] [--theme=CSS] [--problems=FILE] [--bite=FILE] [--project=NAME]
 *          [--coverage=FILE --classes=DIR --code=PACKAGE [--code-map=FILE]] [--junit=DIR]
 *          [-a name=value]...
 *   serve  --site=DIR [--port=8000]
 *   preview --glue=PACKAGE[,PACKAGE] [--docs=DIR] [--features=DIR] [--site=DIR] [--port=8001] [--results=FILE]
 *          [--watch=DIR,DIR] [--theme=CSS] [--rerun=COMMAND] [--variants=NAME:FILE,...] [-a name=value]...
 *   bite   --features=DIR --glue=PACKAGE[,PACKAGE] [--negatives=FILE] [--report=FILE] [--threads=2]
 *          [--fail-on-survivors=true|false] [--problems=FILE] [--only=FEATURE:LINE[,...]] [--skip-tags=@TAG[,...]]
 *          [--min-timeout=SECONDS] [--slow=SECONDS]
 *   reread --map=FILE [--base=REF | --diff=FILE]
 * </pre>
 * Exit status 0 on success, 1 when the docs or the scenarios fail, 2 on bad usage. With
 * {@code --problems=FILE}, weave writes the scenarios' problems to FILE (and removes it when there are
 * none) and exits 0 for them: the build then fails on that file's presence with a plain message,
 * instead of a process-failure stack trace.
 */
public final class LivingDocs {

    private LivingDocs() {
    }

    public static void main(String[] args) {
        // One process, one stage: the JRuby runtime goes away with the JVM at exit.
        System.exit(run(Arrays.asList(args), Path.of("").toAbsolutePath(), System.out, System.err, Asciidoctor.Factory::create,
                System.getenv()));
    }

    static int run(List<String> args, Path projectDir, PrintStream out, PrintStream err, Supplier<Asciidoctor> asciidoctor) {
        return run(args, projectDir, out, err, asciidoctor, Map.of());
    }

    /**
     * Runs a command. {@code asciidoctor} supplies the instance a stage uses; tests pass a shared one,
     * since starting JRuby costs seconds.
     */
    static int run(List<String> args, Path projectDir, PrintStream out, PrintStream err, Supplier<Asciidoctor> asciidoctor,
                   Map<String, String> env) {
        GithubActions ci = GithubActions.of(env, out);
        if (args.isEmpty()) {
            err.println("usage: LivingDocs tangle|weave|serve --name=value ...");
            return 2;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (command) {
                case "tangle" -> tangle(new Args(rest, List.of("docs", "features", "results", "stamp")), projectDir, out, err, asciidoctor);
                case "weave" -> weave(new Args(rest, List.of("docs", "features", "results", "site", "expect",
                        "fail-on-scenario", "rerun", "theme", "problems", "bite", "coverage", "classes", "code", "code-map",
                        "variants", "junit", "project")), projectDir, out, err, asciidoctor, ci);
                case "serve" -> serve(new Args(rest, List.of("site", "port")), out);
                case "preview" -> preview(new Args(rest, List.of("docs", "features", "site", "glue", "port", "results", "watch", "theme", "variants",
                        "rerun")), projectDir, out, asciidoctor);
                case "reread" -> reread(new Args(rest, List.of("map", "base", "diff")), projectDir, out);
                case "bite" -> bite(new Args(rest, List.of("features", "glue", "negatives", "report", "threads", "fail-on-survivors",
                        "problems", "only", "min-timeout", "slow", "skip-tags")), projectDir, out, err, ci);
                default -> {
                    err.println("unknown command '" + command + "'; use tangle, weave, serve, bite or reread");
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage());
            return 2;
        } catch (DocErrorsException e) {
            e.errors().stream().sorted().forEach(err::println);
            ci.errors(e.errors().stream().sorted().map(Object::toString).toList(), command);
            err.println(command + ": " + e.errors().size() + (e.errors().size() == 1 ? " error" : " errors")
                    + " in the docs" + ("tangle".equals(command) ? "; no feature file was written" : ""));
            return 1;
        } catch (IllegalStateException e) {
            err.println(command + ": " + e.getMessage());
            ci.error(e.getMessage(), "livingdocs " + command);
            return 1;
        }
    }

    private static int tangle(Args args, Path projectDir, PrintStream out, PrintStream err, Supplier<Asciidoctor> asciidoctor) {
        Path docs = args.path("docs", "docs");
        Path features = args.path("features", "features");
        Path stamp = args.get("stamp", null) == null ? null : Path.of(args.get("stamp", null));
        String before = stamp == null ? null : TangleStamp.of(docs, features, args.attributes());
        boolean same = stamp != null && TangleStamp.matches(stamp, before);
        List<Feature> tangled = List.of();
        FeatureFiles.Changes changes = null;
        if (!same) {
            if (stamp != null) {
                // A failed tangle leaves no stamp: the next build reads the docs again.
                try {
                    Files.deleteIfExists(stamp);
                } catch (IOException e) {
                    err.println("tangle: cannot remove " + stamp + ": " + e.getMessage());
                    return 1;
                }
            }
            try (Asciidoc asciidoc = new Asciidoc(asciidoctor.get(), projectDir, docs, args.attributes())) {
                tangled = new Tangle(asciidoc).features();
            }
            changes = FeatureFiles.write(features, tangled);
            if (stamp != null) {
                TangleStamp.write(stamp, TangleStamp.of(docs, features, args.attributes()));
            }
        }
        // Results of an earlier run describe earlier features (or ran against earlier code): remove them so
        // no weave can show them, and so the reports made from them beside them (the bite gate's).
        String results = args.get("results", null);
        if (results != null) {
            try {
                Files.deleteIfExists(Path.of(results));
                Files.deleteIfExists(Path.of(results).resolveSibling(BiteReport.FILE));
            } catch (IOException e) {
                err.println("tangle: cannot remove old results " + results + ": " + e.getMessage());
                return 1;
            }
        }
        String where = Pages.displayPath(projectDir, features);
        if (same) {
            out.println("tangle: the docs, " + where + "/ and the toolchain are as the last tangle left them ("
                    + Pages.displayPath(projectDir, stamp) + "): nothing to tangle");
            return 0;
        }
        out.printf("tangle: %d feature(s) in %s: %d written, %d unchanged, %d removed%n", tangled.size(), where,
                changes.written().size(), changes.unchanged().size(), changes.removed().size());
        changes.written().forEach(f -> out.println("  wrote " + where + "/" + f));
        changes.removed().forEach(f -> out.println("  removed " + where + "/" + f + " (its page has no scenarios now)"));
        return 0;
    }

    private static int weave(Args args, Path projectDir, PrintStream out, PrintStream err, Supplier<Asciidoctor> asciidoctor,
                             GithubActions ci) {
        Path features = args.path("features", "features");
        Weave.Expect expect = Weave.Expect.valueOf(args.get("expect", "all").toUpperCase(Locale.ROOT));
        String theme = args.get("theme", null);
        Weave.Settings settings = new Weave.Settings(
                features,
                Pages.displayPath(projectDir, features),
                args.path("results", "target/livingdocs/cucumber.ndjson"),
                args.path("site", "target/site"),
                expect,
                Boolean.parseBoolean(args.get("fail-on-scenario", "true")),
                args.get("rerun", null),
                theme == null ? null : Path.of(theme),
                built(projectDir),
                args.get("bite", null) == null ? null : Path.of(args.get("bite", null)),
                args.get("coverage", null) == null ? null : new Weave.Code(Path.of(args.get("coverage", null)),
                        args.path("classes", "target/classes"), args.get("code", ""),
                        args.get("code-map", null) == null ? null : Path.of(args.get("code-map", null))),
                args.get("project", Weave.Settings.PROJECT),
                Drift.Variant.parse(args.get("variants", "")));
        Weave.Verdict verdict;
        try (Asciidoc asciidoc = new Asciidoc(asciidoctor.get(), projectDir, args.path("docs", "docs"), args.attributes())) {
            verdict = new Weave(asciidoc, settings).run();
        }
        out.println("weave: " + verdict.summary().line());
        if (!verdict.summary().proseLine().isEmpty()) {
            out.println("weave: " + verdict.summary().proseLine());
        }
        if (!verdict.summary().claimsLine().isEmpty()) {
            out.println("weave: " + verdict.summary().claimsLine());
        }
        String site = Pages.displayPath(projectDir, verdict.index());
        out.println("weave: site written to " + site);
        if (expect == Weave.Expect.NONE) {
            out.println("weave: no scenario ran in this build (tests skipped): the site shows them as not run");
        }
        String junit = args.get("junit", null);
        if (junit != null && Files.isRegularFile(settings.results())) {
            // The page's own run first, then each variant's whose results are there: a folder may hold the
            // reports of both suites.
            Map<String, List<JunitNames.Ran>> runs = new LinkedHashMap<>();
            runs.put("", ran(Results.read(settings.results(), features)));
            for (Drift.Variant variant : settings.variants()) {
                if (Files.isRegularFile(variant.results())) {
                    runs.put(variant.name(), ran(Results.read(variant.results(), features)));
                }
            }
            out.println("weave: JUnit reports: " + JunitNames.rewrite(Path.of(junit), runs));
        }
        ci.errors(verdict.problems(), "livingdocs weave");
        ci.summary(GithubActions.markdown("Living docs: " + verdict.summary().line(),
                java.util.stream.Stream.of(verdict.summary().proseLine(), verdict.summary().claimsLine())
                        .filter(l -> !l.isEmpty()).toList(), verdict.problems(), site));
        String problems = args.get("problems", null);
        try {
            if (problems != null) {
                Files.deleteIfExists(Path.of(problems));
            }
            if (verdict.passed()) {
                return 0;
            }
            err.println();
            verdict.problems().forEach(err::println);
            err.println();
            err.println("weave: " + verdict.problems().size() + " problem(s); the site shows each in place");
            if (problems == null) {
                return 1;
            }
            Files.createDirectories(Path.of(problems).toAbsolutePath().getParent());
            Files.writeString(Path.of(problems), String.join("\n", verdict.problems()) + "\n");
            return 0;
        } catch (IOException e) {
            err.println("weave: cannot write " + problems + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * The bite gate (README, "Does the page bite?"): writes its report for the weave, prints the
     * survivors without a reason, and fails on them unless {@code --fail-on-survivors=false}; a
     * scenario it could not judge, or a reason nothing needs, always fails it. With
     * {@code --problems=FILE} the failures go to FILE (removed when there are none) and the exit
     * status is 0, as for the weave.
     */
    private static int bite(Args args, Path projectDir, PrintStream out, PrintStream err, GithubActions ci) {
        Path features = args.path("features", "features");
        String negatives = args.get("negatives", null);
        List<String> only = args.get("only", "").isBlank() ? List.of() : List.of(args.get("only", "").split(","));
        Bite.Settings settings = new Bite.Settings(features, List.of(args.get("glue", "").split(",")),
                negatives == null ? null : Path.of(negatives), negatives == null ? null : Pages.displayPath(projectDir, Path.of(negatives)),
                Integer.parseInt(args.get("threads", "2")), 1000L * Integer.parseInt(args.get("min-timeout", "30")),
                (long) (1000 * Double.parseDouble(args.get("slow", "1"))),
                t -> only.isEmpty() || only.stream().anyMatch(o -> o.strip().equals(t.id()) || o.strip().equals(t.feature() + ":" + t.scenarioLine())),
                args.get("skip-tags", "").isBlank() ? java.util.Set.of()
                        : java.util.Set.of(args.get("skip-tags", "").strip().split("\\s*,\\s*")));
        if (args.get("glue", "").isBlank()) {
            throw new IllegalArgumentException("--glue=PACKAGE names the glue to run the scenarios with");
        }
        BiteReport report = new Bite(settings, out).run();
        Path file = args.path("report", "target/livingdocs/" + BiteReport.FILE);
        report.write(file);
        out.println("bite: report written to " + Pages.displayPath(projectDir, file));
        boolean failOnSurvivors = Boolean.parseBoolean(args.get("fail-on-survivors", "true"));
        List<String> failures = new java.util.ArrayList<>(report.problems());
        List<String> survivors = report.survivors();
        if (!survivors.isEmpty()) {
            err.println();
            survivors.forEach(err::println);
            err.println();
            err.println("bite: " + survivors.size() + " survivor(s) without a reason"
                    + (failOnSurvivors ? "" : " (not failing the build: --fail-on-survivors=false)"));
            if (failOnSurvivors) {
                failures.addAll(survivors);
            }
            // A survivor the build lets pass is still shown on its line, as a warning.
            if (failOnSurvivors) {
                ci.errors(survivors, "bite: survivor");
            } else {
                ci.warnings(survivors, "bite: survivor");
            }
        }
        if (!report.problems().isEmpty()) {
            err.println();
            report.problems().forEach(err::println);
            ci.errors(report.problems(), "livingdocs bite");
        }
        String problems = args.get("problems", null);
        try {
            if (problems != null) {
                Files.deleteIfExists(Path.of(problems));
            }
            if (failures.isEmpty()) {
                return 0;
            }
            err.println("bite: " + failures.size() + " problem(s)");
            if (problems == null) {
                return 1;
            }
            Files.createDirectories(Path.of(problems).toAbsolutePath().getParent());
            Files.writeString(Path.of(problems), String.join("\n", failures) + "\n");
            return 0;
        } catch (IOException e) {
            err.println("bite: cannot write " + problems + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * The page lines to read again for a change to the code: the diff against {@code --base} (git
     * diff of the working tree, default {@code main}) or the unified diff in {@code --diff}, matched
     * against the map the last build's weave wrote.
     */
    private static int reread(Args args, Path projectDir, PrintStream out) {
        Path map = args.path("map", "target/livingdocs/code-map.json");
        if (!Files.isRegularFile(map)) {
            throw new IllegalStateException("no map of claims and code at " + map + ": build first (./mvnw -B verify)");
        }
        String diff;
        String against;
        try {
            if (args.get("diff", null) != null) {
                diff = Files.readString(Path.of(args.get("diff", null)));
                against = args.get("diff", null);
            } else {
                against = args.get("base", "main");
                diff = git(projectDir, "diff", "-U0", against);
                if (diff == null) {
                    throw new IllegalStateException("git diff " + against + " failed in " + projectDir);
                }
            }
            dev.livingdocs.code.Reread.print(Files.readString(map), diff, against, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + e.getMessage(), e);
        }
        return 0;
    }

    /**
     * The live preview (README, "Live preview"): serves the site woven from the working tree on
     * 127.0.0.1 and refreshes it on every save under {@code --docs}; {@code --watch} lists the
     * directories whose changes need a restart (comma-separated).
     */
    private static int preview(Args args, Path projectDir, PrintStream out, Supplier<Asciidoctor> asciidoctor) {
        if (args.get("glue", "").isBlank()) {
            throw new IllegalArgumentException("--glue=PACKAGE names the glue to run the scenarios with");
        }
        String theme = args.get("theme", null);
        dev.livingdocs.preview.Preview.Settings settings = new dev.livingdocs.preview.Preview.Settings(projectDir,
                args.path("docs", "docs"), args.path("features", "features"), args.path("site", "target/preview"),
                List.of(args.get("glue", "").split(",")), Integer.parseInt(args.get("port", "8001")),
                args.get("results", null) == null ? null : Path.of(args.get("results", null)),
                Arrays.stream(args.get("watch", "src,steps").split(",")).filter(s -> !s.isBlank()).map(s -> projectDir.resolve(s.strip())).toList(),
                theme == null ? null : Path.of(theme), args.get("rerun", null), args.attributes(),
                // --variants as the weave takes it; the preview needs only the names
                Drift.Variant.parse(args.get("variants", "")).stream().map(Drift.Variant::name).toList());
        try (dev.livingdocs.preview.Preview preview = dev.livingdocs.preview.Preview.start(settings, asciidoctor.get(), out)) {
            preview.watch();
        } catch (IOException e) {
            throw new IllegalStateException("cannot watch " + settings.docs() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int serve(Args args, PrintStream out) {
        Path site = args.path("site", "target/site");
        int port = Integer.parseInt(args.get("port", "8000"));
        try (SiteServer server = SiteServer.start(site, port)) {
            out.println("serving " + site + " on " + server.url() + " (Ctrl-C stops)");
            server.awaitTermination();
        }
        return 0;
    }

    /** When and from what the site was built: the commit, and whether the checkout had changes. */
    static String built(Path projectDir) {
        String time = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String commit = git(projectDir, "rev-parse", "--short=12", "HEAD");
        if (commit == null) {
            return "Built " + time + " (not a git checkout: no commit recorded)";
        }
        String status = git(projectDir, "status", "--porcelain");
        return "Built " + time + " from commit " + commit + (status == null || status.isEmpty() ? "" : " with uncommitted changes");
    }

    private static String git(Path dir, String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return output;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The scenario runs of one run's messages, as {@link JunitNames} matches them with testcases. */
    private static List<JunitNames.Ran> ran(Results results) {
        return results.runs().stream()
                .map(r -> new JunitNames.Ran(r.name(), r.line(), results.source(r.feature()).orElse(""))).toList();
    }
}

package dev.livingdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.asciidoctor.Asciidoctor;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;

import dev.livingdocs.tangle.Feature;
import dev.livingdocs.tangle.FeatureFiles;
import dev.livingdocs.tangle.Tangle;

/**
 * A throwaway project for toolchain tests: a docs directory with pages written by the test, and the
 * stages run on it. One Asciidoctor instance serves every test of the JVM: starting JRuby costs
 * seconds, and the toolchain is built to reuse an instance.
 */
public final class Fixture {

    private static Asciidoctor shared;

    public final Path root;
    public final Path docs;
    public final Path features;
    public final Path results;

    public Fixture(Path root) {
        this.root = root;
        this.docs = root.resolve("docs");
        this.features = root.resolve("features");
        this.results = root.resolve("target/cucumber.ndjson");
    }

    public static synchronized Asciidoctor asciidoctor() {
        if (shared == null) {
            shared = Asciidoctor.Factory.create();
        }
        return shared;
    }

    public Fixture page(String relative, String text) {
        write(docs.resolve(relative), text);
        return this;
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Asciidoc asciidoc(Map<String, Object> attributes) {
        return new Asciidoc(asciidoctor(), root, docs, attributes);
    }

    public List<Feature> tangle() {
        return tangle(Map.of());
    }

    public List<Feature> tangle(Map<String, Object> attributes) {
        try (Asciidoc asciidoc = asciidoc(attributes)) {
            return new Tangle(asciidoc).features();
        }
    }

    /** Tangles and writes the features, as the build's tangle step does. */
    public List<Feature> tangleToDisk() {
        List<Feature> tangled = tangle();
        FeatureFiles.write(features, tangled);
        return tangled;
    }

    /**
     * Runs the written features with Cucumber, on the JUnit Platform as Surefire does, with the
     * fixture glue of {@code dev.livingdocs.fixtures}, the message plugin and {@code DocLines}.
     */
    public List<Throwable> runCucumber() {
        try {
            Files.createDirectories(results.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectDirectory(features.toFile()))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "dev.livingdocs.fixtures")
                .configurationParameter("cucumber.plugin", "message:" + results + ", dev.livingdocs.run.DocLines:" + docLines())
                .configurationParameter("cucumber.publish.quiet", "true")
                .build();
        List<Throwable> failures = new java.util.ArrayList<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new org.junit.platform.launcher.TestExecutionListener() {
            @Override
            public void executionFinished(org.junit.platform.launcher.TestIdentifier id,
                                          org.junit.platform.engine.TestExecutionResult result) {
                result.getThrowable().ifPresent(failures::add);
            }
        });
        return failures;
    }

    /** Tangles, writes the features, runs them and weaves the site into {@code root/site}. */
    public dev.livingdocs.weave.Weave.Verdict build() {
        tangleToDisk();
        runCucumber();
        return weave(dev.livingdocs.weave.Weave.Expect.ALL);
    }

    /** Where {@code DocLines} writes what it would print on the console in a build. */
    public Path docLines() {
        return root.resolve("target/doclines.txt");
    }

    public Path site() {
        return root.resolve("site");
    }

    public dev.livingdocs.weave.Weave.Verdict weave(dev.livingdocs.weave.Weave.Expect expect) {
        return weave(expect, null);
    }

    /** Weaves with the bite gate's report at {@code bite} (shown if it exists and judged these features). */
    public dev.livingdocs.weave.Weave.Verdict weave(dev.livingdocs.weave.Weave.Expect expect, Path bite) {
        var settings = new dev.livingdocs.weave.Weave.Settings(features, "features", results, site(), expect, true,
                "./mvnw -B verify -Dscenario={feature}:{line}", null, "Built for a test", bite);
        try (Asciidoc asciidoc = asciidoc(Map.of())) {
            return new dev.livingdocs.weave.Weave(asciidoc, settings).run();
        }
    }
}

package dev.livingdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;

class LivingDocsTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LivingDocs.run(List.of(args), root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Fixture::asciidoctor);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tangle_writes_the_features_and_says_what_it_wrote() {
        new Fixture(root).page("p.adoc", "= P\n\n[source,gherkin]\n----\nScenario: s\n  Given the number 2\n----\n");

        int status = run("tangle", "--docs=" + root.resolve("docs"), "--features=" + root.resolve("features"));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("tangle: 1 feature(s) in features: 1 written").contains("wrote features/p.feature");
        assertThat(root.resolve("features/p.feature")).exists();
    }

    @Test
    void tangle_writes_the_checks_of_a_page_prose_to_a_feature_of_their_own() {
        new Fixture(root).page("p.adoc", "= P\n\nThe answer is fact:numbers.answer[42].\n\n[source,gherkin]\n----\nScenario: s\n  Given the number 2\n----\n");

        int status = run("tangle", "--docs=" + root.resolve("docs"), "--features=" + root.resolve("features"));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("tangle: 2 feature(s) in features: 2 written")
                .contains("wrote features/p.feature").contains("wrote features/p.prose.feature");
    }

    @Test
    void tangle_fails_with_compiler_style_messages_and_writes_nothing() {
        new Fixture(root).page("bad.adoc", "= Bad\n\n[source,gherkin]\n----\nScenario: s\n  Given the number 2\nnot gherkin\n----\n");

        int status = run("tangle", "--docs=" + root.resolve("docs"), "--features=" + root.resolve("features"));

        assertThat(status).isEqualTo(1);
        assertThat(err()).startsWith("docs/bad.adoc:7: invalid Gherkin: expected:")
                .contains("tangle: 1 error in the docs; no feature file was written");
        assertThat(root.resolve("features")).doesNotExist();
    }

    @Test
    void tangle_removes_results_of_an_earlier_run_so_no_weave_can_show_them() throws Exception {
        new Fixture(root).page("p.adoc", "= P\n\n[source,gherkin]\n----\nScenario: s\n  Given the number 2\n----\n");
        Path results = root.resolve("target/cucumber.ndjson");
        Fixture.write(results, "{}\n");

        run("tangle", "--docs=" + root.resolve("docs"), "--features=" + root.resolve("features"), "--results=" + results);

        assertThat(results).doesNotExist();
    }

    @Test
    void tangle_with_a_stamp_skips_asciidoctor_when_nothing_it_reads_or_wrote_changed_and_still_drops_old_results() throws Exception {
        Fixture fixture = new Fixture(root).page("p.adoc", "= P\n\n[source,gherkin]\n----\nScenario: s\n  Given the number 2\n----\n");
        Path results = root.resolve("target/cucumber.ndjson");
        String[] tangle = {"tangle", "--docs=" + fixture.docs, "--features=" + fixture.features, "--results=" + results,
                "--stamp=" + root.resolve("target/tangle.stamp")};
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<org.asciidoctor.Asciidoctor> counting = () -> {
            started.incrementAndGet();
            return Fixture.asciidoctor();
        };
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(LivingDocs.run(List.of(tangle), root, o, e, counting)).isZero();
        Fixture.write(results, "{}\n");
        assertThat(LivingDocs.run(List.of(tangle), root, o, e, counting)).isZero();
        assertThat(started).hasValue(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nothing to tangle");
        assertThat(results).doesNotExist();

        fixture.page("p.adoc", "= P\n\n[source,gherkin]\n----\nScenario: s\n  Given the number 4\n----\n");
        assertThat(LivingDocs.run(List.of(tangle), root, o, e, counting)).isZero();
        Fixture.write(fixture.features.resolve("p.feature"), Fixture.read(fixture.features.resolve("p.feature")) + "# edited by hand\n");
        assertThat(LivingDocs.run(List.of(tangle), root, o, e, counting)).isZero();

        assertThat(started).hasValue(3);
        assertThat(Fixture.read(fixture.features.resolve("p.feature"))).contains("Given the number 4").doesNotContain("edited by hand");
    }

    @Test
    void bad_usage_is_exit_status_2_with_the_options_it_knows() {
        assertThat(run("tangle", "--doc=docs")).isEqualTo(2);
        assertThat(err()).contains("unknown option --doc; known: --docs, --features, --results");
        assertThat(run("paint")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void the_bite_gate_needs_to_be_told_its_glue() {
        assertThat(run("bite", "--features=" + root.resolve("features"))).isEqualTo(2);
        assertThat(err()).contains("bite: --glue=PACKAGE names the glue to run the scenarios with");
    }

    @Test
    void the_bite_gate_writes_its_failures_to_the_problems_file_and_leaves_the_verdict_to_the_build() throws Exception {
        new Fixture(root).page("p.adoc", "= P\n\n[source,gherkin]\n----\nScenario: s\n  Given a label \"plain\"\n  And a label \"fancy\"\n  And the number 2\n  Then it is even\n----\n")
                .tangleToDisk();
        Path problems = root.resolve("target/bite-problems.txt");

        int status = run("bite", "--features=" + root.resolve("features"), "--glue=dev.livingdocs.bite.fixtures",
                "--report=" + root.resolve("target/bite.json"), "--problems=" + problems);

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bite: 4 mutants judged: 2 killed, 2 survived (0 with a reason)");
        assertThat(java.nio.file.Files.readString(problems)).startsWith("docs/p.adoc:6: survived: string \"plain\" → \"fancy\"");
        assertThat(root.resolve("target/bite.json")).exists();
    }
}

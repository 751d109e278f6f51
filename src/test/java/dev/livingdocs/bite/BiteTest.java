package dev.livingdocs.bite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;
import dev.livingdocs.bite.BiteReport.MutantResult;
import dev.livingdocs.bite.BiteReport.Status;
import dev.livingdocs.bite.BiteReport.TargetResult;

/**
 * The gate on a fixture page with the fixture glue of {@code dev.livingdocs.bite.fixtures}: one run
 * of the gate per page, shared by the assertions about it (the runs cost a second or two each).
 */
class BiteTest {

    static final String NEGATIVES = "# a comment\nit is even <-> it is odd\n";

    static BiteReport bite(Path root, String page) {
        Fixture fixture = new Fixture(root).page("p.adoc", page);
        fixture.tangleToDisk();
        Path negatives = root.resolve("steps/negative-steps.txt");
        Fixture.write(negatives, NEGATIVES);
        Bite.Settings settings = new Bite.Settings(fixture.features, List.of("dev.livingdocs.bite.fixtures"), negatives,
                "steps/negative-steps.txt", 2, 30_000, 10_000, t -> true);
        return new Bite(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    }

    static TargetResult target(BiteReport report, String name) {
        return report.targets().stream().filter(t -> t.target().name().equals(name)).findFirst().orElseThrow();
    }

    static MutantResult mutant(TargetResult t, String kind, String original, String replacement) {
        return t.mutants().stream().filter(m -> m.kind().equals(kind) && m.original().equals(original)
                && java.util.Objects.equals(m.replacement(), replacement)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + original + " → " + replacement + " in " + t.mutants()));
    }

    @Nested
    class on_a_page_whose_scenarios_catch_some_changes_and_not_others {

        static BiteReport report;

        @BeforeAll
        static void runTheGate(@TempDir Path root) {
            report = bite(root, """
                    = P

                    == Numbers

                    [source,gherkin]
                    ----
                    Scenario: Two is even
                      Given the number 2
                      Then it is even
                    ----

                    [source,gherkin]
                    ----
                    Scenario: A label nobody checks
                      Given a label "plain"
                      And a red light
                      And the number 4
                      Then it is even
                      And the label is kept
                    ----

                    == Outlines

                    [source,gherkin]
                    ----
                    Scenario Outline: <n> is even
                      Given the number <n>
                      Then it is even

                      Examples:
                        | n |
                        | 6 |
                        | 8 |
                    ----

                    [source,gherkin]
                    ----
                    Scenario: Doc strings and tables
                      Given a label "fancy"
                      And the number 12
                      Then the digits are:
                        \"""
                        12
                        \"""
                      And it is one of:
                        | 11 |
                        | 12 |
                    ----
                    """);
        }

        @Test
        void a_number_one_off_and_the_step_swapped_for_its_negative_are_killed() {
            TargetResult two = target(report, "Two is even");

            assertThat(mutant(two, "number", "2", "3").status()).isEqualTo(Status.KILLED);
            assertThat(mutant(two, "number", "2", "1").status()).isEqualTo(Status.KILLED);
            MutantResult negation = mutant(two, "negation", "it is even", "it is odd");
            assertThat(negation.status()).isEqualTo(Status.KILLED);
            assertThat(negation.detail()).startsWith("docs/p.adoc:9: ").contains("2 is odd");
            assertThat(negation.at()).hasToString("docs/p.adoc:9");
        }

        @Test
        void a_string_replaced_by_another_the_page_gives_that_argument_survives_when_nothing_checks_it() {
            MutantResult label = mutant(target(report, "A label nobody checks"), "string", "\"plain\"", "\"fancy\"");

            assertThat(label.status()).isEqualTo(Status.SURVIVED);
            assertThat(label.at()).hasToString("docs/p.adoc:15");
            assertThat(label.reason()).isNull();
        }

        @Test
        void an_argument_the_page_gives_no_other_value_is_not_applicable_and_not_counted_as_judged() {
            TargetResult t = target(report, "A label nobody checks");
            MutantResult light = mutant(t, "argument", "red", null);

            assertThat(light.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(t.made()).isEqualTo(t.mutants().size() - 1);
        }

        @Test
        void each_example_row_is_its_own_run_and_its_cells_are_replaced_by_the_column_values_and_moved_by_one() {
            TargetResult six = target(report, "6 is even");
            TargetResult eight = target(report, "8 is even");

            assertThat(six.target().row()).hasToString("docs/p.adoc:32");
            assertThat(eight.target().row()).hasToString("docs/p.adoc:33");
            assertThat(mutant(six, "example cell", "6", "8").status()).isEqualTo(Status.SURVIVED);
            assertThat(mutant(six, "example cell", "6", "7").status()).isEqualTo(Status.KILLED);
            assertThat(mutant(eight, "example cell", "8", "6").status()).isEqualTo(Status.SURVIVED);
            assertThat(six.mutants()).noneMatch(m -> m.kind().equals("number"));
        }

        @Test
        void doc_string_lines_are_emptied_and_table_cells_replaced() {
            TargetResult t = target(report, "Doc strings and tables");

            assertThat(mutant(t, "doc string line", "12", "").status()).isEqualTo(Status.KILLED);
            assertThat(mutant(t, "table cell", "12", "11").status()).isEqualTo(Status.KILLED);
            assertThat(mutant(t, "table cell", "11", "12").status()).isEqualTo(Status.SURVIVED);
        }

        @Test
        void the_gate_fails_on_a_survivor_without_a_reason_and_names_its_page_line_and_change() {
            assertThat(report.passed()).isFalse();
            assertThat(report.problems()).isEmpty();
            assertThat(report.survivors()).anySatisfy(line -> assertThat(line)
                    .startsWith("docs/p.adoc:15: survived: string \"plain\" → \"fancy\", in 'A label nobody checks'")
                    .contains("# unchecked \"plain\": WHY"));
        }

        @Test
        void the_report_reads_back_as_written(@TempDir Path dir) {
            Path file = dir.resolve("bite.json");
            report.write(file);

            BiteReport back = BiteReport.read(file);

            assertThat(back.targets()).isEqualTo(report.targets());
            assertThat(back.features()).isEqualTo(report.features());
            assertThat(back.line()).isEqualTo(report.line());
        }
    }

    @Nested
    class with_reasons_on_the_page {

        static BiteReport report;

        @BeforeAll
        static void runTheGate(@TempDir Path root) {
            report = bite(root, """
                    = P

                    [source,gherkin]
                    ----
                    Scenario: A label nobody checks
                      # unchecked "plain": a label is for the reader, not the number
                      Given a label "plain"
                      # unchecked 2: two is caught anyway
                      And the number 2
                      Then it is even
                      And the label is kept

                    Scenario Outline: <n> is even
                      Given a label "fancy"
                      And the number <n>
                      # unchecked "nothing": names what the line does not say
                      Then it is even

                      Examples:
                        # unchecked <n>: any even number would do
                        | n |
                        | 6 |
                        | 8 |
                    ----
                    """);
        }

        @Test
        void a_survivor_with_a_reason_carries_it_and_does_not_fail_the_gate() {
            MutantResult label = mutant(target(report, "A label nobody checks"), "string", "\"plain\"", "\"fancy\"");

            assertThat(label.status()).isEqualTo(Status.SURVIVED);
            assertThat(label.reason()).isEqualTo("a label is for the reader, not the number");
            assertThat(report.survivors()).noneMatch(s -> s.startsWith("docs/p.adoc:7:"));
        }

        @Test
        void a_reason_above_the_examples_header_covers_that_column_in_every_row() {
            assertThat(mutant(target(report, "6 is even"), "example cell", "6", "8").reason()).isEqualTo("any even number would do");
            assertThat(mutant(target(report, "8 is even"), "example cell", "8", "6").reason()).isEqualTo("any even number would do");
        }

        @Test
        void a_reason_no_survivor_needs_or_that_names_nothing_fails_the_gate_at_its_line() {
            assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("docs/p.adoc:8: '# unchecked 2' is no longer needed"));
            assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("docs/p.adoc:16: '# unchecked \"nothing\"'")
                    .contains("excuses no change"));
            assertThat(report.passed()).isFalse();
        }
    }

    @Test
    void the_prose_feature_is_not_judged_its_facts_fail_the_build_by_themselves(@TempDir Path root) {
        BiteReport report = bite(root, """
                = P

                The page states fact:number.two[2] in prose.

                == Numbers

                [source,gherkin]
                ----
                Scenario: Two is even
                  Given the number 2
                  Then it is even
                ----
                """);
        assertThat(root.resolve("features/p.prose.feature")).exists();
        assertThat(report.features()).containsOnlyKeys("p.feature");
        assertThat(report.targets()).extracting(t -> t.target().name()).containsExactly("Two is even");
    }
}

package dev.livingdocs.tangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.DocErrorsException;
import dev.livingdocs.DocLocation;
import dev.livingdocs.Fixture;

class TangleTest {

    @TempDir
    Path root;

    private Fixture fixture() {
        return new Fixture(root);
    }

    /** The page line each non-blank, non-comment line of the feature came from. */
    private static String originOf(Feature feature, String line) {
        String[] lines = feature.text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(line)) {
                return feature.sourceMap().origin(i + 1).map(DocLocation::toString).orElse("?");
            }
        }
        throw new AssertionError("no line '" + line + "' in\n" + feature.text());
    }

    @Test
    void a_page_becomes_a_feature_and_each_section_with_scenarios_a_rule() {
        Feature feature = fixture().page("numbers.adoc", """
                = Numbers
                :toc:

                Prose before any section.

                == Even numbers

                Two is even, as this scenario shows.

                [source,gherkin]
                ----
                Scenario: two
                  Given the number 2
                  Then it is even
                ----

                == Prose only

                Nothing to run here.

                === A subsection

                [source,gherkin]
                ----
                Scenario: four
                  Given the number 4
                  Then it is even
                ----
                """).tangle().get(0);

        assertThat(feature.file()).isEqualTo("numbers.feature");
        assertThat(feature.text()).isEqualTo("""
                # Tangled by livingdocs from docs/numbers.adoc: edit the page, not this file.
                # A "# source:" comment names the line of the page that the next lines come from.

                # source: docs/numbers.adoc:1
                Feature: Numbers

                  # source: docs/numbers.adoc:6
                  Rule: Even numbers

                    # source: docs/numbers.adoc:12
                    Scenario: two
                      Given the number 2
                      Then it is even

                  # source: docs/numbers.adoc:21
                  Rule: Prose only › A subsection

                    # source: docs/numbers.adoc:25
                    Scenario: four
                      Given the number 4
                      Then it is even
                """);
    }

    @Test
    void every_tangled_line_names_the_page_line_it_came_from() {
        Feature feature = fixture().page("p.adoc", """
                = P

                == S

                [source,gherkin]
                ----
                Scenario: two
                  Given the number 2

                  Then it is even
                ----
                """).tangle().get(0);

        assertThat(originOf(feature, "Feature: P")).isEqualTo("docs/p.adoc:1");
        assertThat(originOf(feature, "Rule: S")).isEqualTo("docs/p.adoc:3");
        assertThat(originOf(feature, "Scenario: two")).isEqualTo("docs/p.adoc:7");
        assertThat(originOf(feature, "Given the number 2")).isEqualTo("docs/p.adoc:8");
        assertThat(originOf(feature, "Then it is even")).isEqualTo("docs/p.adoc:10");
    }

    @Test
    void two_pages_become_two_features_and_partials_none() {
        List<Feature> features = fixture()
                .page("a.adoc", "= A\n\n[source,gherkin]\n----\nScenario: a\n  Given the number 2\n----\n")
                .page("sub/b.adoc", "= B\n\n[source,gherkin]\n----\nScenario: b\n  Given the number 2\n----\n")
                .page("_partial.adoc", "[source,gherkin]\n----\nScenario: p\n  Given the number 2\n----\n")
                .page("prose.adoc", "= Prose\n\nNo scenarios.\n")
                .tangle();

        assertThat(features).extracting(Feature::file).containsExactly("a.feature", "sub/b.feature");
    }

    @Nested
    class what_the_reader_sees_is_what_runs {

        @Test
        void a_block_from_an_included_partial_runs_and_names_the_partial_line() {
            Feature feature = fixture()
                    .page("_shared/even.adoc", """
                            // shared scenarios
                            [source,gherkin]
                            ----
                            Scenario: included
                              Given the number 6
                            ----
                            """)
                    .page("p.adoc", """
                            = P

                            == Included

                            include::_shared/even.adoc[]
                            """)
                    .tangle().get(0);

            assertThat(originOf(feature, "Scenario: included")).isEqualTo("docs/_shared/even.adoc:4");
            assertThat(originOf(feature, "Given the number 6")).isEqualTo("docs/_shared/even.adoc:5");
        }

        @Test
        void a_block_inside_a_false_conditional_does_not_run_and_runs_once_the_attribute_is_set() {
            Fixture f = fixture().page("p.adoc", """
                    = P

                    ifdef::with-extra[]
                    [source,gherkin]
                    ----
                    Scenario: extra
                      Given the number 8
                    ----
                    endif::[]

                    [source,gherkin]
                    ----
                    Scenario: always
                      Given the number 2
                    ----
                    """);

            assertThat(f.tangle().get(0).text()).doesNotContain("extra").contains("Scenario: always");
            Feature with = f.tangle(Map.of("with-extra", "")).get(0);
            assertThat(originOf(with, "Scenario: extra")).isEqualTo("docs/p.adoc:6");
            assertThat(originOf(with, "Scenario: always")).isEqualTo("docs/p.adoc:13");
        }

        @Test
        void a_conditional_inside_a_block_keeps_every_line_at_its_page_line() {
            Feature feature = fixture().page("p.adoc", """
                    = P

                    [source,gherkin]
                    ----
                    Scenario: mixed
                      Given the number 2
                    ifdef::never-set[]
                      And the number 3
                    endif::[]
                      Then it is even
                    ----
                    """).tangle().get(0);

            assertThat(feature.text()).doesNotContain("number 3");
            assertThat(originOf(feature, "Then it is even")).isEqualTo("docs/p.adoc:10");
        }

        @Test
        void attribute_references_run_with_their_values_when_the_block_substitutes_them() {
            Feature feature = fixture().page("p.adoc", """
                    = P
                    :the-number: 42

                    [source,gherkin,subs="attributes+"]
                    ----
                    Scenario: from an attribute
                      Given the number {the-number}
                      Then it is even
                    ----
                    """).tangle().get(0);

            assertThat(feature.text()).contains("Given the number 42");
            assertThat(originOf(feature, "Given the number 42")).isEqualTo("docs/p.adoc:7");
        }

        @Test
        void attribute_references_stay_literal_when_the_block_does_not_substitute_them() {
            Feature feature = fixture().page("p.adoc", """
                    = P
                    :the-number: 42

                    [source,gherkin]
                    ----
                    Scenario: literal
                      Given the text {the-number}
                    ----
                    """).tangle().get(0);

            assertThat(feature.text()).contains("Given the text {the-number}");
        }

        @Test
        void callout_markers_are_for_the_reader_and_do_not_run() {
            Feature feature = fixture().page("p.adoc", """
                    = P

                    [source,gherkin]
                    ----
                    Scenario: annotated
                      Given the number 2 # <1>
                      Then it is even # <2>
                    ----
                    <1> a number
                    <2> a check
                    """).tangle().get(0);

            assertThat(feature.text()).contains("    Given the number 2\n").contains("    Then it is even\n");
        }

        @Test
        void a_block_marked_noexec_is_not_tangled() {
            Feature feature = fixture().page("p.adoc", """
                    = P

                    [source%noexec,gherkin]
                    ----
                    Scenario: illustration
                      Given anything at all
                    ----

                    [source,gherkin]
                    ----
                    Scenario: real
                      Given the number 2
                    ----
                    """).tangle().get(0);

            assertThat(feature.text()).doesNotContain("illustration").contains("Scenario: real");
            assertThat(feature.page().blocks()).extracting(GherkinBlock::executable).containsExactly(false, true);
        }
    }

    @Nested
    class bad_input_fails_naming_the_page_line {

        @Test
        void a_malformed_block_is_reported_at_its_faulty_line_by_the_gherkin_parser() {
            Fixture f = fixture().page("bad.adoc", """
                    = Bad

                    == Section

                    [source,gherkin]
                    ----
                    Scenario: fine so far
                      Given the number 2
                    this line is not Gherkin
                      Then it is even
                    ----
                    """);

            assertThatThrownBy(f::tangle)
                    .isInstanceOf(DocErrorsException.class)
                    .hasMessageStartingWith("docs/bad.adoc:9: invalid Gherkin: expected:")
                    .hasMessageContaining("got 'this line is not Gherkin'");
        }

        @Test
        void a_block_that_declares_a_feature_is_rejected_at_that_line() {
            Fixture f = fixture().page("p.adoc", """
                    = P

                    [source,gherkin]
                    ----
                    Feature: a second feature
                      Scenario: s
                        Given the number 2
                    ----
                    """);

            assertThatThrownBy(f::tangle)
                    .isInstanceOf(DocErrorsException.class)
                    .hasMessageContaining("docs/p.adoc:5: a gherkin block holds Background, Scenario, Scenario Outline, Examples and tags, never 'Feature:'");
        }

        @Test
        void a_missing_include_fails_at_the_include_line() {
            Fixture f = fixture().page("p.adoc", """
                    = P

                    == S

                    include::_missing.adoc[]
                    """);

            assertThatThrownBy(f::tangle)
                    .isInstanceOf(DocErrorsException.class)
                    .hasMessageContaining("docs/p.adoc:5: asciidoctor: include file not found");
        }

        @Test
        void a_reference_to_an_unset_attribute_fails_instead_of_running_literally() {
            Fixture f = fixture().page("p.adoc", """
                    = P

                    [source,gherkin,subs="attributes+"]
                    ----
                    Scenario: s
                      Given the number {nobody-set-this}
                    ----
                    """);

            assertThatThrownBy(f::tangle)
                    .isInstanceOf(DocErrorsException.class)
                    .hasMessageContaining("nobody-set-this");
        }

        @Test
        void substitutions_that_would_change_the_text_are_refused() {
            Fixture f = fixture().page("p.adoc", """
                    = P

                    [source,gherkin,subs="quotes"]
                    ----
                    Scenario: s
                      Given the number *2*
                    ----
                    """);

            assertThatThrownBy(f::tangle)
                    .isInstanceOf(DocErrorsException.class)
                    .hasMessageContaining("docs/p.adoc:4: a gherkin block may substitute only attributes");
        }

        @Test
        void a_page_with_scenarios_but_no_title_is_refused_because_the_title_names_the_feature() {
            Fixture f = fixture().page("untitled.adoc", """
                    Text.

                    [source,gherkin]
                    ----
                    Scenario: s
                      Given the number 2
                    ----
                    """);

            assertThatThrownBy(f::tangle)
                    .isInstanceOf(DocErrorsException.class)
                    .hasMessageContaining("docs/untitled.adoc:1: a page with scenarios needs a document title");
        }

        @Test
        void a_block_that_does_not_open_a_scenario_is_refused_because_it_would_join_the_text_before_it() {
            Fixture f = fixture().page("p.adoc", """
                    = P

                    [source,gherkin]
                    ----
                    Scenario: first half
                      Given the number 2
                    ----

                    Prose between two halves.

                    [source,gherkin]
                    ----
                      Then it is even
                    ----
                    """);

            assertThatThrownBy(f::tangle)
                    .isInstanceOf(DocErrorsException.class)
                    .hasMessageContaining("docs/p.adoc:13: a gherkin block starts with Background, Scenario or Scenario Outline");
        }

        @Test
        void every_error_of_every_page_is_reported_at_once() {
            Fixture f = fixture()
                    .page("one.adoc", "= One\n\n[source,gherkin]\n----\nnot gherkin\n----\n")
                    .page("two.adoc", "= Two\n\n[source,gherkin]\n----\nalso not gherkin\n----\n");

            assertThatThrownBy(f::tangle)
                    .isInstanceOfSatisfying(DocErrorsException.class, e -> assertThat(e.errors())
                            .extracting(error -> error.location().toString())
                            .containsExactlyInAnyOrder("docs/one.adoc:5", "docs/two.adoc:5"));
        }
    }
}

package dev.livingdocs.weave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;

/**
 * The prose's facts and symbols on the site, checked by the fixture glue ({@code ProseSteps}): each
 * page is built as the build does it (tangle, Cucumber, weave), once per nested class, and its HTML
 * compared with what the reader must see.
 */
class ProseWeaveTest {

    @TempDir
    Path root;

    static final String PATTERN = ":livingdocs-symbols: (struct )?[a-z_]+(\\(\\)|->[a-z_]+)?|CONFIG_[A-Z_]+";

    private static String html(Fixture f, String page) {
        return Fixture.read(f.site().resolve(page));
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class facts {

        private static final String PAGE = """
                = Facts
                :the-answer: 42

                The answer is fact:numbers.answer[42].

                The first even number is fact:numbers.first-even[4], which is wrong.

                |===
                | Name | Value

                | answer | fact:numbers.answer[42]
                | question | fact:numbers.question[6 times 7]
                |===

                include::_more.adoc[]

                From an attribute, fact:numbers.answer[{the-answer}].

                Step {counter:step}.footnote:[One.] And step {counter:step}, fact:numbers.answer[42].footnote:[Two.]
                """;

        private Fixture f;
        private List<Throwable> failures;
        private Weave.Verdict verdict;

        @BeforeAll
        void build(@TempDir Path dir) {
            f = new Fixture(dir).page("facts.adoc", PAGE).page("_more.adoc", "The partial says fact:numbers.answer[42].\n");
            f.tangleToDisk();
            failures = f.runCucumber();
            verdict = f.weave(Weave.Expect.ALL);
        }

        @Test
        void a_fact_that_holds_reads_as_its_value_with_a_mark_and_its_name_on_hover() {
            assertThat(html(f, "facts.html")).contains("<p>The answer is <span class=\"ld-fact ld-passed\" id=\"ld-fact-docs-facts-adoc-4-1\""
                    + " title=\"fact numbers.answer\">42</span>.</p>");
        }

        @Test
        void a_fact_that_does_not_hold_is_red_in_place_with_the_glue_message_under_its_paragraph() {
            String page = html(f, "facts.html");

            assertThat(page).contains("<span class=\"ld-fact ld-failed\" id=\"ld-fact-docs-facts-adoc-6-1\" title=\"fact numbers.first-even"
                    + " — failed: the page says 4, the implementation has 2\">4</span>, which is wrong.</p>\n</div>\n"
                    + "<div class=\"ld-prose-problems\">\n<div class=\"ld-problem ld-failed\" id=\"ld-fact-docs-facts-adoc-6-1-note\">"
                    + "<span class=\"ld-badge ld-failed\">failed</span> fact <code>numbers.first-even</code> <span class=\"ld-at\">docs/facts.adoc:6</span>\n"
                    + "<pre class=\"ld-error\">the page says 4, the implementation has 2</pre>\n"
                    + "<div class=\"ld-rerun\">Re-run just this check: <code>./mvnw -B verify -Dscenario=features/facts.prose.feature:14</code></div></div>\n</div>");
        }

        @Test
        void a_wrong_fact_fails_the_build_naming_its_line_and_how_to_rerun_it() {
            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.problems()).contains("docs/facts.adoc:6: fact numbers.first-even failed: the page says 4, the implementation has 2"
                    + "\n    re-run: ./mvnw -B verify -Dscenario=features/facts.prose.feature:14");
            assertThat(verdict.summary().proseLine()).isEqualTo("7 facts: 2 failed, 5 passed");
            assertThat(verdict.summary().line()).isEqualTo("0 scenarios");
        }

        @Test
        void a_wrong_fact_names_its_page_line_on_the_console_and_in_the_stack_trace() {
            assertThat(failures).hasSize(2);
            assertThat(failures.get(0).getStackTrace()).anySatisfy(frame -> assertThat(frame.toString())
                    .isEqualTo("✽.the fact \"numbers.first-even\" reads \"4\"(docs/facts.adoc:6)"));
            assertThat(Fixture.read(f.docLines())).startsWith("docs/facts.adoc:6: failed step 'Then the fact \"numbers.first-even\""
                    + " reads \"4\"': the page says 4, the implementation has 2");
        }

        @Test
        void footnotes_and_counters_of_its_paragraphs_count_once_as_on_a_page_without_facts() {
            String page = html(f, "facts.html");

            assertThat(page).contains("Step 1.").contains("step 2, ").containsOnlyOnce("<div class=\"footnote\" id=\"_footnotedef_1\">")
                    .containsOnlyOnce("<div class=\"footnote\" id=\"_footnotedef_2\">").doesNotContain("_footnotedef_3");
        }

        @Test
        void an_unknown_fact_fails_at_its_line_with_what_the_glue_knows() {
            assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).startsWith("docs/facts.adoc:12: fact numbers.question failed:"
                    + " no fact by that name; this glue knows numbers.answer, numbers.first-even, numbers.motto"));
        }

        @Test
        void a_fact_in_a_table_cell_is_marked_in_its_cell_and_its_note_follows_the_table() {
            String page = html(f, "facts.html");

            assertThat(page).contains("<td class=\"tableblock halign-left valign-top\"><p class=\"tableblock\"><span class=\"ld-fact ld-passed\""
                    + " id=\"ld-fact-docs-facts-adoc-11-1\" title=\"fact numbers.answer\">42</span></p></td>");
            assertThat(page).containsPattern("(?s)</table>\n<div class=\"ld-prose-problems\">\n<div class=\"ld-problem ld-failed\""
                    + " id=\"ld-fact-docs-facts-adoc-12-1-note\">.*fact <code>numbers.question</code>");
        }

        @Test
        void a_fact_from_an_included_partial_or_an_attribute_is_shown_checked_at_its_own_line() {
            String page = html(f, "facts.html");

            assertThat(page).contains("<p>The partial says <span class=\"ld-fact ld-passed\" id=\"ld-fact-docs-more-adoc-1-1\""
                    + " title=\"fact numbers.answer\">42</span>.</p>");
            assertThat(page).contains("<p>From an attribute, <span class=\"ld-fact ld-passed\" id=\"ld-fact-docs-facts-adoc-17-1\""
                    + " title=\"fact numbers.answer\">42</span>.</p>");
        }

        @Test
        void the_landing_page_counts_the_facts_and_lists_the_wrong_ones() {
            String index = html(f, "index.html");

            assertThat(index).contains("<p class=\"ld-totals\">7 facts: 2 failed, 5 passed</p>")
                    .contains("<a href=\"facts.html#ld-fact-docs-facts-adoc-6-1-note\">fact numbers.first-even reads 4</a>");
        }
    }

    @Test
    void with_the_tests_skipped_a_fact_shows_as_not_run_and_fails_nothing() {
        Fixture f = new Fixture(root).page("p.adoc", "= P\n\nThe answer is fact:numbers.answer[42].\n");
        f.tangleToDisk();

        Weave.Verdict skipped = f.weave(Weave.Expect.NONE);
        Weave.Verdict expected = f.weave(Weave.Expect.ALL);

        assertThat(skipped.problems()).isEmpty();
        assertThat(skipped.summary().proseLine()).isEqualTo("1 fact: 1 not run");
        assertThat(html(f, "p.html")).contains("<span class=\"ld-fact ld-not-run\" id=\"ld-fact-docs-p-adoc-3-1\""
                + " title=\"fact numbers.answer — not run\">42</span>").doesNotContain("<div class=\"ld-prose-problems\">");
        assertThat(expected.problems()).contains("docs/p.adoc:3: fact numbers.answer not run"
                + "\n    re-run: ./mvnw -B verify -Dscenario=features/p.prose.feature:9");
    }

    @Test
    void an_attachment_for_the_weave_that_is_not_json_fails_the_weave_naming_the_scenario() {
        Fixture f = new Fixture(root).page("p.adoc", """
                = P
                :livingdocs-symbols: [a-z_]+\\(\\)

                `is_even()` is named.

                [source,gherkin]
                ----
                Scenario: two
                  Given the number 2
                  Then it attaches "{not json" as what it exercised
                ----
                """);
        f.tangleToDisk();
        f.runCucumber();

        assertThatThrownBy(() -> f.weave(Weave.Expect.ALL)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("docs/p.adoc:8: the glue's application/vnd.livingdocs.exercised+json attachment does not read:"
                        + " JSON: expected a member name");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class symbols {

        private static final String PAGE = """
                = Numbers
                %s

                `is_even()` reads `+n->value+` of a `struct number`; `is_evn()` is a typo.

                == Flags such as `CONFIG_EVEN`

                * `CONFIG_EVEN` turns it on.
                * `odd_only()` is named, not modelled.

                [.unmodelled-symbols]
                |===
                | Symbol | File | Why not modelled

                | `odd_only()` | lib/odd.c | nothing odd is modelled
                | `+n->value+` | lib/even.c | listed by mistake: it is modelled
                |===

                [source,gherkin]
                ----
                Scenario: two
                  Given the number 2
                  Then it is even
                  And it exercises "is_even()"
                ----
                """.formatted(PATTERN);

        private Fixture f;
        private Weave.Verdict verdict;

        @BeforeAll
        void build(@TempDir Path dir) {
            f = new Fixture(dir).page("numbers.adoc", PAGE);
            verdict = f.build();
        }

        @Test
        void a_resolved_symbol_links_where_the_glue_says_and_names_what_resolves_it_on_hover() {
            assertThat(html(f, "numbers.html")).contains("<p><code><a href=\"https://example.org/src/even.c#is_even\" class=\"ld-symbol ld-passed\""
                    + " id=\"ld-symbol-docs-numbers-adoc-4-1\" title=\"resolved by NumberSteps.itIsEven\">is_even()</a></code> reads");
        }

        @Test
        void an_unresolved_symbol_fails_at_its_line_with_the_closest_known_name() {
            assertThat(verdict.problems()).contains("docs/numbers.adoc:4: symbol is_evn() failed: no such symbol in the implementation;"
                    + " did you mean is_even()? (a symbol it does not model belongs in the page's list of unmodelled symbols)"
                    + "\n    re-run: ./mvnw -B verify -Dscenario=features/numbers.prose.feature:19");
            assertThat(html(f, "numbers.html")).contains("<code><span class=\"ld-symbol ld-failed\" id=\"ld-symbol-docs-numbers-adoc-4-4\""
                    + " title=\"symbol — failed: no such symbol in the implementation; did you mean is_even()?");
        }

        @Test
        void a_listed_symbol_shows_its_file_and_why_and_a_row_the_glue_resolves_fails() {
            String page = html(f, "numbers.html");

            assertThat(page).contains("<code><a href=\"https://example.org/src/lib/odd.c\" class=\"ld-symbol ld-passed ld-listed\""
                    + " id=\"ld-symbol-docs-numbers-adoc-9-1\" title=\"not modelled (lib/odd.c): nothing odd is modelled\">odd_only()</a></code>");
            assertThat(verdict.problems()).contains("docs/numbers.adoc:16: unmodelled symbol n->value failed: n->value is listed as not"
                    + " modelled, but NumberSteps.number resolves it: drop its row"
                    + "\n    re-run: ./mvnw -B verify -Dscenario=features/numbers.prose.feature:42");
        }

        @Test
        void a_symbol_in_a_title_is_marked_without_a_link_or_an_id() {
            assertThat(html(f, "numbers.html")).contains("<h2 id=\"_flags_such_as_config_even\">Flags such as <code><span class=\"ld-symbol ld-passed\""
                    + " title=\"resolved by pom.xml\">CONFIG_EVEN</span></code></h2>");
        }

        @Test
        void the_symbols_page_lists_each_symbol_with_its_lines_what_resolves_it_and_the_scenarios_that_exercise_it() {
            String symbols = html(f, "symbols.html");

            assertThat(symbols).contains("<tr class=\"ld-passed\" id=\"ld-symbol-is_even-\"><td><a href=\"https://example.org/src/even.c#is_even\">"
                    + "<code>is_even()</code></a></td><td><span class=\"ld-badge ld-passed\">passed</span></td><td>NumberSteps.itIsEven</td>"
                    + "<td><a href=\"numbers.html#ld-symbol-docs-numbers-adoc-4-1\">docs/numbers.adoc:4</a></td>"
                    + "<td><a href=\"numbers.html#ld-docs-numbers-adoc-21\">two</a> (passed)</td></tr>");
            assertThat(symbols).contains("<tr class=\"ld-passed\" id=\"ld-symbol-odd_only-\"><td><a href=\"https://example.org/src/lib/odd.c\">"
                    + "<code>odd_only()</code></a></td><td><span class=\"ld-badge ld-passed\">passed</span></td>"
                    + "<td>not modelled (<code>lib/odd.c</code>): nothing odd is modelled</td>"
                    + "<td><a href=\"numbers.html#ld-symbol-docs-numbers-adoc-9-1\">docs/numbers.adoc:9</a></td><td></td></tr>");
            assertThat(symbols).contains("<tr class=\"ld-failed\" id=\"ld-symbol-is_evn-\"><td><code>is_evn()</code></td>");
            assertThat(html(f, "index.html")).contains("7 symbols: 2 failed, 5 passed").contains("<a href=\"symbols.html\">");
        }

        @Test
        void what_the_glue_attaches_for_the_weave_is_not_shown_under_a_scenario() {
            assertThat(html(f, "numbers.html")).doesNotContain("\"symbols\": [").doesNotContain("<summary>exercised</summary>");
        }
    }
}

package dev.livingdocs.tangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.DocErrorsException;
import dev.livingdocs.Fixture;

/** Tangling a page's prose: facts and symbols become one-step scenarios at their lines. */
class ProseChecksTest {

    @TempDir
    Path root;

    /** A pattern for the fixture's symbols: names, calls, struct names, fields through a pointer, CONFIG_. */
    static final String PATTERN = ":livingdocs-symbols: (struct )?[a-z_]+(\\(\\)|->[a-z_]+)?|CONFIG_[A-Z_]+";

    private Fixture fixture() {
        return new Fixture(root);
    }

    private static Feature prose(List<Feature> features) {
        return features.stream().filter(Feature::prose).findFirst().orElseThrow(() -> new AssertionError("no prose feature"));
    }

    /** "kind subject at line" for each check of the page, in order. */
    private static List<String> checks(Feature feature) {
        return feature.page().checks().stream().map(c -> c.kind() + " " + c.subject() + " at " + c.at()).toList();
    }

    @Test
    void facts_and_symbols_become_one_step_scenarios_of_a_prose_feature_each_naming_its_line() {
        List<Feature> features = fixture().page("numbers.adoc", """
                = Numbers
                %s

                The answer is fact:numbers.answer[42], as `is_even()` decides.

                == Even numbers

                The first one is fact:numbers.first-even[2], and its motto fact:numbers.motto[even, "always"].

                [source,gherkin]
                ----
                Scenario: two
                  Given the number 2
                  Then it is even
                ----
                """.formatted(PATTERN)).tangle();

        assertThat(features).extracting(Feature::file).containsExactly("numbers.feature", "numbers.prose.feature");
        assertThat(prose(features).text()).isEqualTo("""
                # Tangled by livingdocs from docs/numbers.adoc: edit the page, not this file.
                # One scenario per fact or symbol the page's prose states; its "# source:" comment names the line.

                @prose
                # source: docs/numbers.adoc:1
                Feature: The prose of docs/numbers.adoc

                  # source: docs/numbers.adoc:4
                  Scenario: fact numbers.answer reads 42
                    # source: docs/numbers.adoc:4
                    Then the fact "numbers.answer" reads "42"

                  # source: docs/numbers.adoc:4
                  Scenario: symbol is_even() is known
                    # source: docs/numbers.adoc:4
                    Then the symbol "is_even()" is known

                  # source: docs/numbers.adoc:6
                  Rule: Even numbers

                    # source: docs/numbers.adoc:8
                    Scenario: fact numbers.first-even reads 2
                      # source: docs/numbers.adoc:8
                      Then the fact "numbers.first-even" reads "2"

                    # source: docs/numbers.adoc:8
                    Scenario: fact numbers.motto reads even, "always"
                      # source: docs/numbers.adoc:8
                      Then the fact "numbers.motto" reads "even, \\"always\\""
                """);
        // The scenarios' feature is what the Gherkin blocks say, and nothing else.
        assertThat(features.get(0).text()).doesNotContain("fact").contains("Scenario: two");
    }

    @Test
    void a_page_without_facts_or_symbol_pattern_tangles_exactly_as_before() {
        List<Feature> features = fixture().page("p.adoc", """
                = P

                Inline `code()` and `struct thing` are only code here: the page sets no symbol pattern.

                [source,gherkin]
                ----
                Scenario: two
                  Given the number 2
                ----
                """).tangle();

        assertThat(features).hasSize(1);
        assertThat(features.get(0).page().checks()).isEmpty();
        assertThat(features.get(0).text()).isEqualTo("""
                # Tangled by livingdocs from docs/p.adoc: edit the page, not this file.
                # A "# source:" comment names the line of the page that the next lines come from.

                # source: docs/p.adoc:1
                Feature: P

                  # source: docs/p.adoc:7
                  Scenario: two
                    Given the number 2
                """);
    }

    @Test
    void a_page_with_facts_and_no_scenarios_gets_only_its_prose_feature() {
        List<Feature> features = fixture().page("prose.adoc", "= Prose\n\nIt is fact:numbers.answer[42].\n").tangle();

        assertThat(features).extracting(Feature::file).containsExactly("prose.prose.feature");
    }

    @Nested
    class each_check_is_at_the_line_the_reader_sees_it_on {

        @Test
        void in_a_table_cell_on_the_cell_line() {
            Feature feature = prose(fixture().page("t.adoc", """
                    = T

                    |===
                    | Name | Value

                    | answer | fact:numbers.answer[42]
                    | first even
                    | fact:numbers.first-even[2]
                    |===
                    """).tangle());

            assertThat(checks(feature)).containsExactly("FACT numbers.answer at docs/t.adoc:6",
                    "FACT numbers.first-even at docs/t.adoc:8");
        }

        @Test
        void in_an_included_partial_on_the_partial_line_even_at_its_first_line() {
            Feature feature = prose(fixture()
                    .page("_facts.adoc", """
                            The answer is fact:numbers.answer[42].

                            // a comment
                            And the first even number fact:numbers.first-even[2].
                            """)
                    .page("p.adoc", """
                            = P

                            == Included

                            include::_facts.adoc[]
                            """)
                    .tangle());

            assertThat(checks(feature)).containsExactly("FACT numbers.answer at docs/_facts.adoc:1",
                    "FACT numbers.first-even at docs/_facts.adoc:4");
        }

        @Test
        void behind_an_attribute_on_the_line_of_the_reference_with_the_value_the_reader_reads() {
            Feature feature = prose(fixture().page("a.adoc", """
                    = A
                    :answer: 42
                    :motto: fact:numbers.motto[even]

                    Its value from an attribute: fact:numbers.answer[{answer}].
                    The whole fact from one:
                    here {motto}.
                    """).tangle());

            assertThat(feature.page().checks()).extracting(ProseCheck::value).containsExactly("42", "even");
            assertThat(checks(feature)).containsExactly("FACT numbers.answer at docs/a.adoc:5", "FACT numbers.motto at docs/a.adoc:7");
        }

        @Test
        void in_list_items_titles_admonitions_and_second_lines_of_paragraphs() {
            Feature feature = prose(fixture().page("l.adoc", """
                    = L

                    * one fact:numbers.answer[42]
                    * two, continued
                    on fact:numbers.first-even[2]

                    .A title with fact:numbers.answer[42]
                    ----
                    a listing, not prose: fact:not.checked[1]
                    ----

                    NOTE: An admonition says fact:numbers.motto[even].

                    Term fact:numbers.answer[42]:: and its description fact:numbers.first-even[2]
                    """).tangle());

            assertThat(checks(feature)).containsExactly("FACT numbers.answer at docs/l.adoc:3", "FACT numbers.first-even at docs/l.adoc:5",
                    "FACT numbers.answer at docs/l.adoc:7", "FACT numbers.motto at docs/l.adoc:12",
                    "FACT numbers.answer at docs/l.adoc:14", "FACT numbers.first-even at docs/l.adoc:14");
        }

        @Test
        void two_facts_of_one_line_are_told_apart_by_their_ordinal() {
            Feature feature = prose(fixture().page("o.adoc", "= O\n\nBoth fact:numbers.answer[42] and fact:numbers.answer[42].\n").tangle());

            assertThat(feature.page().checks()).extracting(ProseCheck::anchor)
                    .containsExactly("ld-fact-docs-o-adoc-3-1", "ld-fact-docs-o-adoc-3-2");
        }
    }

    @Nested
    class symbols {

        @Test
        void are_the_inline_code_the_pattern_matches_as_the_reader_reads_it_unless_the_span_opts_out() {
            Feature feature = prose(fixture().page("s.adoc", """
                    = S
                    %s

                    `is_even()`, `+n->value+` and `struct
                    number` are symbols; `value` matches too, so [.no-symbol]`value` opts out; `Not-A-Symbol` does not match.
                    `CONFIG_EVEN` is in an m column below.

                    [cols="1,1m"]
                    |===
                    | flag | CONFIG_EVEN
                    |===
                    """.formatted(PATTERN)).tangle());

            assertThat(checks(feature)).containsExactly("SYMBOL is_even() at docs/s.adoc:4", "SYMBOL n->value at docs/s.adoc:4",
                    "SYMBOL struct number at docs/s.adoc:4", "SYMBOL value at docs/s.adoc:5", "SYMBOL CONFIG_EVEN at docs/s.adoc:6",
                    "SYMBOL CONFIG_EVEN at docs/s.adoc:10");
        }

        @Test
        void a_symbol_the_page_lists_as_not_modelled_is_answered_by_its_row_and_the_row_is_checked() {
            Feature feature = prose(fixture().page("u.adoc", """
                    = U
                    %s

                    The page names `odd_only()` twice: `odd_only()`.

                    [.unmodelled-symbols]
                    |===
                    | Symbol | File | Why not modelled

                    | `odd_only()` | lib/odd.c | nothing odd is modelled
                    |===
                    """.formatted(PATTERN)).tangle());

            assertThat(checks(feature)).containsExactly("LISTED odd_only() at docs/u.adoc:4", "LISTED odd_only() at docs/u.adoc:4",
                    "UNMODELLED odd_only() at docs/u.adoc:10");
            assertThat(feature.page().checks().get(0).reason()).isEqualTo("nothing odd is modelled");
            assertThat(feature.text()).containsOnlyOnce("odd_only()\" in \"lib/odd.c\" is not modelled")
                    .doesNotContain("\"odd_only()\" is known");
        }
    }

    @Nested
    class bad_input_fails_at_its_line_all_of_it_at_once {

        @Test
        void a_fact_inside_a_gherkin_block_shown_or_run() {
            Fixture f = fixture().page("g.adoc", """
                    = G

                    [source,gherkin]
                    ----
                    Scenario: s
                      Given the number fact:numbers.answer[42]
                    ----

                    [source%noexec,gherkin]
                    ----
                    Scenario: shown
                      Given fact:numbers.answer[42]
                    ----
                    """);

            assertThatThrownBy(f::tangle).isInstanceOfSatisfying(DocErrorsException.class, e -> assertThat(e.getMessage())
                    .contains("docs/g.adoc:6: a fact cannot be stated inside a gherkin block")
                    .contains("docs/g.adoc:12: a fact cannot be stated inside a gherkin block"));
        }

        @Test
        void a_malformed_fact_is_reported_but_an_escaped_one_is_text() {
            Fixture f = fixture().page("m.adoc", """
                    = M

                    No name: fact:[42].
                    No brackets: fact:numbers.answer 42.
                    Not closed: fact:numbers.answer[42
                    Empty: fact:numbers.answer[].
                    Not a name: fact:numbers/answer[42].
                    Escaped, so shown as text: \\fact:numbers.answer[42].
                    """);

            assertThatThrownBy(f::tangle).isInstanceOfSatisfying(DocErrorsException.class, e -> assertThat(e.getMessage())
                    .isEqualTo("""
                            docs/m.adoc:3: malformed fact 'fact:[42]': write fact:NAME[VALUE], or \\fact: to show the text as it is
                            docs/m.adoc:4: malformed fact 'fact:numbers.answer': write fact:NAME[VALUE], or \\fact: to show the text as it is
                            docs/m.adoc:5: malformed fact 'fact:numbers.answer[42': write fact:NAME[VALUE], or \\fact: to show the text as it is
                            docs/m.adoc:6: fact numbers.answer has no value: write fact:numbers.answer[VALUE], the value as the reader should read it
                            docs/m.adoc:7: fact name 'numbers/answer' is not a name: letters, digits, '.', '_' and '-', starting with a letter"""));
        }

        @Test
        void a_fact_in_the_document_title() {
            Fixture f = fixture().page("t.adoc", "= The fact:numbers.answer[42] page\n\nText.\n");

            assertThatThrownBy(f::tangle).hasMessageContaining("docs/t.adoc:1: a fact in the document title cannot be shown checked");
        }

        @Test
        void a_fact_in_a_block_attribute_which_is_shown_as_written() {
            Fixture f = fixture().page("q.adoc", """
                    = Q

                    [quote, fact:numbers.answer[42]]
                    ____
                    A quote.
                    ____
                    """);

            assertThatThrownBy(f::tangle).hasMessageContaining("docs/q.adoc:4: a fact in the block attribute 'attribution' is shown"
                    + " as written and never checked");
        }

        @Test
        void an_attribute_entry_below_the_header_of_a_page_with_checks() {
            Fixture f = fixture().page("b.adoc", """
                    = B
                    :in-the-header: fine

                    ----
                    :in-a-listing: also fine
                    ----

                    :in-the-body: 42
                    The answer is fact:numbers.answer[{in-the-body}].
                    """);

            assertThatThrownBy(f::tangle).isInstanceOfSatisfying(DocErrorsException.class, e -> assertThat(e.getMessage())
                    .isEqualTo("docs/b.adoc:8: an attribute entry below the header of a page with checked facts or symbols: tangle"
                            + " reads the text with the header's attributes, so the page would show other values than those checked;"
                            + " move it into the header"));
        }

        @Test
        void a_symbol_pattern_that_is_not_a_regular_expression() {
            Fixture f = fixture().page("p.adoc", "= P\n:livingdocs-symbols: [a-z\n\nText.\n");

            assertThatThrownBy(f::tangle).hasMessageContaining("docs/p.adoc:1: :livingdocs-symbols: is not a valid pattern: Unclosed character class");
        }

        @Test
        void an_unmodelled_list_with_a_bad_row_a_duplicate_a_symbol_never_named_and_no_pattern() {
            Fixture f = fixture()
                    .page("rows.adoc", """
                            = Rows
                            %s

                            Names `odd_only()` and `even_never()`.

                            [.unmodelled-symbols]
                            |===
                            | Symbol | File | Why

                            | odd_only() | lib/odd.c | the symbol is not inline code
                            | `even_never()` | lib/even.c |
                            | `odd_only()` | lib/odd.c | listed
                            | `odd_only()` | lib/odd.c | listed twice
                            | `not_named()` | lib/odd.c | never named in the text
                            |===
                            """.formatted(PATTERN))
                    .page("nopattern.adoc", """
                            = No pattern

                            [.unmodelled-symbols]
                            |===
                            | Symbol | File | Why

                            | `odd_only()` | lib/odd.c | but the page sets no pattern
                            |===
                            """);

            assertThatThrownBy(f::tangle).isInstanceOfSatisfying(DocErrorsException.class, e -> assertThat(e.getMessage())
                    .contains("docs/rows.adoc:10: a row of the [.unmodelled-symbols] table holds the symbol as inline code, the file it lives in, and why")
                    .contains("docs/rows.adoc:11: a row of the [.unmodelled-symbols] table")
                    .contains("docs/rows.adoc:13: symbol odd_only() is already listed at docs/rows.adoc:12")
                    .contains("docs/rows.adoc:14: symbol not_named() is listed as not modelled, but the page never names it as inline code")
                    .contains("docs/nopattern.adoc:7: a [.unmodelled-symbols] table needs the page's symbol pattern"));
        }

        @Test
        void every_problem_of_the_prose_is_reported_in_one_run() {
            Fixture f = fixture().page("all.adoc", """
                    = All

                    Malformed: fact:numbers.answer 42.

                    [source,gherkin]
                    ----
                    Scenario: s
                      Given fact:numbers.answer[42]
                    ----

                    | fact:numbers.answer[] |
                    """);

            assertThatThrownBy(f::tangle).isInstanceOfSatisfying(DocErrorsException.class, e -> assertThat(e.errors())
                    .extracting(err -> err.location().toString())
                    .containsExactlyInAnyOrder("docs/all.adoc:3", "docs/all.adoc:8", "docs/all.adoc:11"));
        }
    }
}

package dev.livingdocs.weave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;

class WeaveTest {

    @TempDir
    Path root;

    private static final String NUMBERS = """
            = Numbers

            == Even numbers

            Two is even.

            [source,gherkin]
            ----
            Scenario: two is even
              Given the number 2
              Then it is even

            Scenario: three is even
              Given the number 3
              Then it is even
            ----

            == Outlines

            [source,gherkin]
            ----
            Scenario Outline: <n> is even
              Given the number <n>
              Then it is even

              Examples:
                | n |
                | 4 |
                | 5 |
            ----

            == Unfinished

            [source,gherkin]
            ----
            Scenario: a step nobody wrote
              Given the number 2
              Then it is prime

            Scenario: a step somebody started
              Given the number 2
              Then it is a work in progress
            ----

            [source%noexec,gherkin,reason="it only shows the idea"]
            ----
            Scenario: an illustration
              Given any number at all
            ----
            """;

    private String html(Fixture f, String page) {
        return Fixture.read(f.site().resolve(page));
    }

    /** The HTML from a scenario's block up to the end of its result panel (before its re-run line). */
    private static String scenario(String html, String name) {
        int name_ = html.indexOf(": " + name + "</span>");
        assertThat(name_).as("result panel of scenario '%s'", name).isPositive();
        int panel = html.lastIndexOf("<div class=\"ld-result", name_);
        int start = html.lastIndexOf("<div class=\"listingblock", panel);
        int end = html.indexOf("<div class=\"ld-rerun\">", panel);
        return html.substring(start, end < 0 ? html.indexOf("</div>\n</div>", panel) : end);
    }

    @Nested
    class a_page_with_passing_and_failing_scenarios {

        @Test
        void shows_each_scenario_green_or_red_at_its_block() {
            Fixture f = new Fixture(root).page("numbers.adoc", NUMBERS);
            f.build();
            String html = html(f, "numbers.html");

            assertThat(scenario(html, "two is even")).contains("listingblock ld-gherkin ld-scenario ld-passed")
                    .contains("ld-badge ld-passed\">passed");
            assertThat(scenario(html, "three is even")).contains("listingblock ld-gherkin ld-scenario ld-failed")
                    .contains("ld-badge ld-failed\">failed");
            assertThat(html.indexOf("two is even")).isLessThan(html.indexOf("three is even"));
        }

        @Test
        void marks_the_failing_step_and_shows_the_error_right_there() {
            Fixture f = new Fixture(root).page("numbers.adoc", NUMBERS);
            f.build();
            String failed = scenario(html(f, "numbers.html"), "three is even");

            // Line 15 of the page is the failing Then: numbered as in the page, and highlighted.
            assertThat(failed).contains("<pre class=\"lineno\">13\n14\n15\n");
            assertThat(failed).containsPattern("<span class=\"hll\">\\s*<span class=\"nf\">Then </span>it is even");
            assertThat(failed).contains("<code>Then it is even</code> <span class=\"ld-at\">docs/numbers.adoc:15</span>")
                    .contains("[3 is even]").contains("expected: 0");
        }

        @Test
        void an_outline_shows_each_example_row_with_its_outcome() {
            Fixture f = new Fixture(root).page("numbers.adoc", NUMBERS);
            f.build();
            String outline = html(f, "numbers.html");

            assertThat(outline).contains("<tr class=\"ld-passed\"><td><span class=\"ld-badge ld-passed\">passed</span></td><td>4</td><td class=\"ld-at\">docs/numbers.adoc:28</td></tr>");
            assertThat(outline).contains("<tr class=\"ld-failed\"><td><span class=\"ld-badge ld-failed\">failed</span></td><td>5</td><td class=\"ld-at\">docs/numbers.adoc:29</td></tr>");
        }

        @Test
        void undefined_and_pending_steps_are_shown_as_such_and_fail_the_build() {
            Fixture f = new Fixture(root).page("numbers.adoc", NUMBERS);
            Weave.Verdict verdict = f.build();
            String html = html(f, "numbers.html");

            assertThat(scenario(html, "a step nobody wrote")).contains("ld-badge ld-undefined\">undefined")
                    .contains("<code>Then it is prime</code> <span class=\"ld-at\">docs/numbers.adoc:38</span>");
            assertThat(scenario(html, "a step somebody started")).contains("ld-badge ld-pending\">pending");
            assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).startsWith("docs/numbers.adoc:36: Scenario 'a step nobody wrote' undefined")
                    .contains("docs/numbers.adoc:38: undefined step 'Then it is prime'"));
        }

        @Test
        void a_block_marked_noexec_is_shown_as_not_executed_and_counted() {
            Fixture f = new Fixture(root).page("numbers.adoc", NUMBERS);
            Weave.Verdict verdict = f.build();

            assertThat(html(f, "numbers.html")).contains("ld-badge ld-not-executed\">not executed</span> <span class=\"ld-name\">Scenario: an illustration")
                    .contains("it only shows the idea");
            assertThat(verdict.summary().total(Outcome.NOT_EXECUTED)).isEqualTo(1);
        }

        @Test
        void the_verdict_names_each_failure_by_page_line_with_its_rerun_command() {
            Fixture f = new Fixture(root).page("numbers.adoc", NUMBERS);
            Weave.Verdict verdict = f.build();

            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.problems()).anySatisfy(p -> assertThat(p)
                    .startsWith("docs/numbers.adoc:13: Scenario 'three is even' failed")
                    .contains("docs/numbers.adoc:15: failed step 'Then it is even'")
                    .contains("re-run: ./mvnw -B verify -Dscenario=features/numbers.feature:"));
            assertThat(verdict.summary().line())
                    .isEqualTo("7 scenarios: 2 failed, 1 undefined, 1 pending, 2 passed, 1 not executed");
        }

        @Test
        void the_landing_page_counts_scenarios_by_outcome_per_page_and_section() {
            Fixture f = new Fixture(root).page("numbers.adoc", NUMBERS);
            f.build();
            String index = html(f, "index.html");

            assertThat(index).contains("7 scenarios: 2 failed, 1 undefined, 1 pending, 2 passed, 1 not executed");
            // The page once, then its sections under it, each linking to its place.
            String table = index.substring(index.indexOf("ld-summary-table"), index.indexOf("</table>", index.indexOf("ld-summary-table")));
            assertThat(table).containsOnlyOnce("<a href=\"numbers.html\">Numbers</a>");
            assertThat(index).containsPattern("<tr class=\"ld-section-row\"><td class=\"ld-level-1\"><span class=\"ld-dot ld-failed\"[^>]*>"
                    + "</span> <a href=\"numbers.html#_even_numbers\">Even numbers</a></td>");
            assertThat(index).contains("Built for a test");
            assertThat(index).contains("href=\"numbers.html#ld-docs-numbers-adoc-13\">three is even</a>");
        }
    }

    @Test
    void each_claim_shows_the_outcome_of_the_scenarios_that_back_it_and_the_landing_page_lists_them_all() {
        Fixture f = new Fixture(root).page("claims.adoc", """
                = Claims

                [.claim#claim-even]
                Two is even.

                [.claim#claim-odd-is-even]
                Three is even, which is false.

                [.claim#claim-figure,reason="measured elsewhere"]
                It is fast.

                [source,gherkin]
                ----
                @claim-even
                Scenario: two
                  Given the number 2
                  Then it is even

                @claim-odd-is-even
                Scenario: three
                  Given the number 3
                  Then it is even
                ----
                """);
        f.build();
        String page = html(f, "claims.html");
        String index = html(f, "index.html");

        assertThat(page).contains("<div class=\"ld-claim-status ld-passed\" id=\"ld-claim-even\"><span class=\"ld-badge ld-passed\">passed</span> claim <code>claim-even</code>: backed by <a href=\"claims.html#ld-docs-claims-adoc-15\">two</a> (passed)"
                + " <a class=\"ld-permalink\" href=\"#claim-even\" title=\"Link to this claim\" aria-label=\"Link to this claim\">#</a></div>");
        assertThat(page).contains("ld-claim-status ld-failed\" id=\"ld-claim-odd-is-even\"");
        assertThat(page).contains("claim <code>claim-figure</code>: not executable, measured elsewhere");
        assertThat(index).contains("3 claims: 2 backed by scenarios (1 failed, 1 passed), 1 not executable");
        assertThat(index).contains("<code>claim-odd-is-even</code></a><br><span class=\"ld-claim-text\">Three is even, which is false.</span>");
    }

    @Test
    void what_a_step_attaches_is_shown_under_its_scenario() {
        Fixture f = new Fixture(root).page("working.adoc", """
                = Working

                [source,gherkin]
                ----
                Scenario: shown working
                  Given the number 8
                  Then it shows its working
                ----
                """);
        f.build();

        assertThat(scenario(html(f, "working.html"), "shown working"))
                .contains("<details class=\"ld-attachment\" open><summary>working</summary>"
                        + "<pre class=\"ld-attached\">1. took 8\n2. divided by 2 &lt;exactly&gt;</pre></details>");
    }

    @Test
    void a_green_page_passes_the_verdict() {
        Fixture f = new Fixture(root).page("even.adoc", """
                = Even

                [source,gherkin]
                ----
                Scenario: two
                  Given the number 2
                  Then it is even
                ----
                """);

        Weave.Verdict verdict = f.build();

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.summary().line()).isEqualTo("1 scenario: 1 passed");
    }

    @Test
    void results_from_a_text_the_page_no_longer_tangles_to_are_refused_as_stale() {
        Fixture f = new Fixture(root).page("even.adoc", "= Even\n\n[source,gherkin]\n----\nScenario: two\n  Given the number 2\n  Then it is even\n----\n");
        f.tangleToDisk();
        f.runCucumber();
        f.page("even.adoc", "= Even\n\n[source,gherkin]\n----\nScenario: two\n  Given the number 4\n  Then it is even\n----\n");

        Weave.Verdict verdict = f.weave(Weave.Expect.ALL);

        assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).contains("stale results"));
        assertThat(verdict.summary().total(Outcome.PASSED)).isZero();
        assertThat(verdict.summary().total(Outcome.NOT_RUN)).isEqualTo(1);
    }

    @Test
    void without_results_every_scenario_is_not_run_and_the_build_fails_unless_tests_were_skipped() {
        Fixture f = new Fixture(root).page("even.adoc", "= Even\n\n[source,gherkin]\n----\nScenario: two\n  Given the number 2\n----\n");
        f.tangleToDisk();

        assertThat(f.weave(Weave.Expect.ALL).problems()).anySatisfy(p -> assertThat(p).startsWith("no Cucumber results at"));
        Weave.Verdict skipped = f.weave(Weave.Expect.NONE);
        assertThat(skipped.problems()).isEmpty();
        assertThat(skipped.summary().line()).isEqualTo("1 scenario: 1 not run");
        assertThat(html(f, "even.html")).contains("ld-badge ld-not-run\">not run");
    }

    @Test
    void a_failure_stack_trace_names_the_page_line_of_the_failing_step() {
        Fixture f = new Fixture(root).page("odd.adoc", """
                = Odd

                [source,gherkin]
                ----
                Scenario: three
                  Given the number 3
                  Then it is even
                ----
                """);
        f.tangleToDisk();

        List<Throwable> failures = f.runCucumber();

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getStackTrace()).anySatisfy(frame ->
                assertThat(frame.toString()).isEqualTo("✽.it is even(docs/odd.adoc:7)"));
        assertThat(Fixture.read(f.docLines())).startsWith("docs/odd.adoc:7: failed step 'Then it is even': [3 is even]");
    }

    @Test
    void no_generated_page_loads_anything_from_outside_the_site() throws IOException {
        Fixture f = new Fixture(root).page("numbers.adoc", NUMBERS + "\n[source,java]\n----\nclass Highlighted {}\n----\n");
        f.build();

        List<Path> pages;
        try (Stream<Path> files = Files.walk(f.site())) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("numbers.html", "index.html", "search.html");
        for (Path page : pages) {
            assertThat(externalResources(Fixture.read(page))).as("external resources in %s", page).isEmpty();
        }
    }

    /**
     * What a browser would fetch from elsewhere: scripts, styles, images, fonts, frames, media and CSS
     * imports or url()s with a scheme or protocol-relative address. Plain hyperlinks are not fetched.
     */
    static List<String> externalResources(String html) {
        Pattern element = Pattern.compile("<(script|link|img|iframe|source|video|audio|embed|object)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern address = Pattern.compile("(?:src|href|data)\\s*=\\s*[\"']?((?:[a-z][a-z0-9+.-]*:)?//[^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);
        Pattern css = Pattern.compile("(?:@import\\s+(?:url\\()?|url\\()\\s*[\"']?((?:[a-z][a-z0-9+.-]*:)?//[^\"')\\s]+)", Pattern.CASE_INSENSITIVE);
        List<String> found = new java.util.ArrayList<>();
        html = html.replaceAll("(?s)/\\*.*?\\*/", "");  // CSS comments are not fetched
        Matcher elements = element.matcher(html);
        while (elements.find()) {
            Matcher a = address.matcher(elements.group());
            while (a.find()) {
                found.add(a.group(1));
            }
        }
        Matcher imports = css.matcher(html);
        while (imports.find()) {
            found.add(imports.group(1));
        }
        return found;
    }

    @Test
    void the_external_resource_check_would_catch_a_cdn_stylesheet_a_web_font_and_a_script() {
        assertThat(externalResources("""
                <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Open+Sans">
                <script src="//cdn.example.org/x.js"></script>
                <style>/* @import "https://commented.out/x.css"; */
                @import url(https://example.org/a.css); .x { background: url('http://e.org/i.png') }</style>
                <a href="https://www.iana.org/">a link is fine</a>
                <img src="data:image/png;base64,AAAA">
                """)).hasSize(4);
    }
}

package dev.livingdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubActionsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void a_message_escapes_percent_and_line_breaks_as_github_reads_them() {
        assertThat(GithubActions.escapeData("100% sure\r\nnext: a, b")).isEqualTo("100%25 sure%0D%0Anext: a, b");
    }

    @Test
    void a_property_also_escapes_the_colon_and_comma_that_separate_properties() {
        assertThat(GithubActions.escapeProperty("Scenario 'a, b: c' 5%\n")).isEqualTo("Scenario 'a%2C b%3A c' 5%25%0A");
    }

    @Test
    void a_failed_scenario_is_annotated_on_its_page_line_up_to_its_failed_step_with_the_details_as_message() {
        String problem = """
                docs/localio.adoc:230: Scenario 'UUID_IS_LOCAL carries 16 bytes' failed
                    docs/localio.adoc:234: failed step 'Then the call body is 16 bytes': expected: 16 but was: 20
                    re-run: ./mvnw -B verify -Dscenario=features/localio.feature:88""";

        assertThat(GithubActions.annotation(problem, "weave")).isEqualTo(
                "::error file=docs/localio.adoc,line=230,endLine=234,title=Scenario 'UUID_IS_LOCAL carries 16 bytes' failed"
                        + "::docs/localio.adoc:234: failed step 'Then the call body is 16 bytes': expected: 16 but was: 20"
                        + "%0Are-run: ./mvnw -B verify -Dscenario=features/localio.feature:88");
    }

    @Test
    void a_one_line_problem_is_its_own_title_and_message() {
        assertThat(GithubActions.annotation("docs/p.adoc:7: invalid Gherkin: expected: #EOF, got 'x'", "tangle")).isEqualTo(
                "::error file=docs/p.adoc,line=7,title=invalid Gherkin%3A expected%3A #EOF%2C got 'x'::invalid Gherkin: expected: #EOF, got 'x'");
    }

    @Test
    void a_step_in_another_file_does_not_stretch_the_annotation() {
        String problem = "docs/p.adoc:10: Scenario 's' failed\n    docs/_part.adoc:3: failed step 'Then x': no";

        assertThat(GithubActions.annotation(problem, "weave")).startsWith("::error file=docs/p.adoc,line=10,title=");
    }

    @Test
    void a_problem_without_a_page_line_gets_the_fallback_title_and_no_file() {
        assertThat(GithubActions.annotation("no Cucumber results at target/x.ndjson: the doc-tests did not run", "livingdocs weave"))
                .isEqualTo("::error title=livingdocs weave::no Cucumber results at target/x.ndjson: the doc-tests did not run");
    }

    @Test
    void outside_github_actions_nothing_is_printed_and_no_summary_written() {
        Path summary = dir.resolve("summary.md");
        GithubActions ci = GithubActions.of(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), out);

        ci.errors(List.of("docs/p.adoc:1: bad"), "t");
        ci.summary("### x");

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(summary).doesNotExist();
    }

    @Test
    void under_github_actions_each_problem_is_printed_and_the_summary_appended() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        GithubActions ci = GithubActions.of(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()), out);

        ci.errors(List.of("docs/p.adoc:1: bad", "docs/p.adoc:2: worse"), "t");
        ci.warnings(List.of("docs/p.adoc:3: survived"), "t");
        ci.summary("### x");

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "::error file=docs/p.adoc,line=1,title=bad::bad\n::error file=docs/p.adoc,line=2,title=worse::worse\n"
                        + "::warning file=docs/p.adoc,line=3,title=survived::survived\n");
        assertThat(summary).hasContent("earlier step\n### x");
    }

    @Test
    void the_summary_lists_counts_problems_by_page_line_and_the_site_with_markdown_kept_inert() {
        String md = GithubActions.markdown("Living docs: 3 scenarios: 2 passed, 1 failed", List.of("4 claims: 4 backed by passing scenarios"),
                List.of("docs/p.adoc:9: Scenario 'a|b <i>' failed\n    docs/p.adoc:11: failed step 'Then x': no"), "target/site/index.html");

        assertThat(md).isEqualTo("""
                ### Living docs: 3 scenarios: 2 passed, 1 failed

                - 4 claims: 4 backed by passing scenarios

                **1 problem**

                - `docs/p.adoc:9` Scenario 'a\\|b &lt;i>' failed
                  - docs/p.adoc:11: failed step 'Then x': no

                Site: `target/site/index.html`
                """);
    }
}

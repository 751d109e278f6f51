package dev.livingdocs.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.livingdocs.DocError;
import dev.livingdocs.DocLocation;

class PreviewPageTest {

    private static final String PAGE = """
            <html><body class="article">
            <div class="listingblock">Scenario: a</div>
            <div class="ld-result ld-passed" id="ld-docs-p-adoc-10">a</div>
            <div class="listingblock">Scenario: b</div>
            <div class="ld-result ld-passed" id="ld-docs-p-adoc-30">b</div>
            </body></html>
            """;

    @Test
    void an_error_shows_above_the_result_of_the_scenario_block_it_is_in() {
        String html = PreviewPage.atLine(PAGE, new DocError(new DocLocation("docs/p.adoc", 33), "invalid Gherkin: got 'x <y>'"));

        assertThat(html).contains("Scenario: b</div>\n<div class=\"ld-preview-error\"")
                .contains("docs/p.adoc:33: invalid Gherkin: got &#39;x &lt;y&gt;&#39;");
        assertThat(html.indexOf("ld-preview-error")).isGreaterThan(html.indexOf("ld-docs-p-adoc-10"));
    }

    @Test
    void an_error_above_every_scenario_or_in_another_file_stays_in_the_bar_only() {
        assertThat(PreviewPage.atLine(PAGE, new DocError(new DocLocation("docs/p.adoc", 3), "x"))).isEqualTo(PAGE);
        assertThat(PreviewPage.atLine(PAGE, new DocError(new DocLocation("docs/q.adoc", 33), "x"))).isEqualTo(PAGE);
    }

    @Test
    void the_page_gets_the_status_bar_after_body_and_the_reload_script_before_its_end() {
        String html = PreviewPage.decorate(PAGE, new PreviewPage.Status("12:00:00 · no scenario ran",
                List.of(new DocError(new DocLocation("docs/p.adoc", 12), "bad")), "src/X.java changed: restart"));

        assertThat(html).startsWith("<html><body class=\"article\"><div class=\"ld-preview\"")
                .contains("12:00:00 · no scenario ran").contains("<b>restart needed</b>: src/X.java changed: restart")
                .contains("1 error in the docs").contains("<li><code>docs/p.adoc:12: bad</code></li>")
                .contains("new EventSource('/_preview/events')").endsWith("</script>\n</body></html>\n");
        assertThat(html).contains("Scenario: a</div>\n<div class=\"ld-preview-error\"");
    }
}

package dev.livingdocs.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;

/** The preview on a fixture page with the toolchain's number glue, refreshed by hand (no watcher, no timing). */
class PreviewTest {

    @TempDir
    Path root;

    private Preview preview;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private static final String PAGE = """
            = P

            == Even numbers

            Two is even.

            [source,gherkin]
            ----
            Scenario: two is even
              Given the number 2
              Then it is even

            Scenario: four is even
              Given the number 4
              Then it is even
            ----
            """;

    private Fixture fixture;

    private Preview start() {
        return start(PAGE, List.of());
    }

    private Preview start(String page, List<String> variants) {
        fixture = new Fixture(root).page("p.adoc", page);
        preview = Preview.start(new Preview.Settings(root, fixture.docs, fixture.features, root.resolve("target/preview"),
                List.of("dev.livingdocs.fixtures"), 0, null, List.of(root.resolve("src")), null, null, Map.of(), variants),
                Fixture.asciidoctor(), new PrintStream(log, true, StandardCharsets.UTF_8));
        return preview;
    }

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    private String page() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview.url() + "p.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void a_prose_edit_runs_no_scenario_and_a_changed_step_runs_only_its_scenario() throws Exception {
        start();

        Preview.Refresh prose = preview.refresh("test");
        fixture.page("p.adoc", PAGE.replace("Two is even.", "Two is even, and so is four.\nA line more."));
        Preview.Refresh moved = preview.refresh("prose");
        fixture.page("p.adoc", PAGE.replace("the number 4", "the number 5"));
        Preview.Refresh changed = preview.refresh("step");

        assertThat(prose.ran()).isZero();
        assertThat(moved.ran()).isZero();
        assertThat(moved.reused()).isEqualTo(2);
        assertThat(changed.ran()).isEqualTo(1);
        assertThat(page()).contains("5 is even").contains("ld-badge ld-failed").contains("class=\"ld-preview\"")
                .contains("/_preview/events");
    }

    @Test
    void bad_gherkin_keeps_the_last_page_shows_the_error_at_its_line_and_the_preview_recovers() throws Exception {
        start();

        fixture.page("p.adoc", PAGE.replace("  Then it is even\n\nScenario: four", "  Thenn it is even\n\nScenario: four"));
        Preview.Refresh bad = preview.refresh("bad");
        String shown = page();
        fixture.page("p.adoc", PAGE);
        Preview.Refresh good = preview.refresh("good");

        assertThat(bad.tangled()).isFalse();
        assertThat(shown).contains("1 error in the docs").contains("class=\"ld-preview-error\"").contains("docs/p.adoc:11: invalid Gherkin");
        assertThat(good.tangled()).isTrue();
        assertThat(good.ran()).isZero();
        assertThat(page()).doesNotContain("error in the docs");
    }

    @Test
    void after_a_code_change_every_result_shows_stale_and_the_page_asks_for_a_restart() throws Exception {
        start();

        preview.codeChanged(Set.of(root.resolve("src/Steps.java")));
        preview.refresh("code changed");

        assertThat(page()).contains("restart needed").contains("src/Steps.java changed").contains("ld-badge ld-stale")
                .doesNotContain("ld-badge ld-passed");
    }

    @Test
    void a_scenario_about_a_variant_is_not_run_against_the_pages_system_and_shows_not_run() throws Exception {
        // On the page's system three is not even; on the variant "odd" it would be: the build runs it there only.
        start(PAGE.replace("Scenario: four is even", """
                @odd
                Scenario: three is even
                  Given the number 3
                  Then it is even

                Scenario: four is even"""), List.of("odd"));

        assertThat(log.toString(StandardCharsets.UTF_8)).contains("'two is even'").doesNotContain("'three is even'");
        assertThat(page()).contains("<span class=\"ld-badge ld-not-run\">not run</span> <span class=\"ld-name\">Scenario: three is even")
                .doesNotContain("ld-badge ld-failed");
    }
}

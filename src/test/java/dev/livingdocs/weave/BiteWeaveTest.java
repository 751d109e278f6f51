package dev.livingdocs.weave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;
import dev.livingdocs.bite.Bite;
import dev.livingdocs.bite.BiteReport;

/** The bite gate's report on the site: the score on the landing page, the survivors under each scenario. */
class BiteWeaveTest {

    static final String PAGE = """
            = P

            == Labels

            [source,gherkin]
            ----
            Scenario: A label nobody checks
              Given a label "plain"
              And the number 2
              Then it is even
            ----

            [source,gherkin]
            ----
            Scenario: Another label
              Given a label "fancy"
              And the number 4
              Then it is even
              And the label is kept
            ----
            """;

    static Fixture fixture;
    static Path report;
    static String index;
    static String page;

    @BeforeAll
    static void buildWithABiteReport(@TempDir Path root) {
        fixture = new Fixture(root).page("p.adoc", PAGE);
        fixture.build();
        Path negatives = root.resolve("negative-steps.txt");
        Fixture.write(negatives, "it is even <-> it is odd\n");
        BiteReport bite = new Bite(new Bite.Settings(fixture.features, List.of("dev.livingdocs.bite.fixtures"), negatives, "negative-steps.txt",
                2, 30_000, 10_000, t -> true), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        report = root.resolve("target/bite.json");
        bite.write(report);
        fixture.weave(Weave.Expect.SOME, report);
        index = Fixture.read(fixture.site().resolve("index.html"));
        page = Fixture.read(fixture.site().resolve("p.html"));
    }

    @Test
    void the_landing_page_shows_the_score_per_page_and_section() {
        assertThat(index).contains("<h2 id=\"_bite\">Bite</h2>").contains("ld-bite-table")
                .contains("<td>Labels</td><td>75% (6/8)</td>");
    }

    @Test
    void each_scenario_shows_its_survivors_collapsed_with_their_line_and_change() {
        assertThat(page).contains("<details class=\"ld-bite ld-failed\"><summary>Bite: 3 of 4 changes to what it states caught, 1 survived</summary>")
                .contains("<span class=\"ld-at\">docs/p.adoc:8</span> string <code>&quot;plain&quot; → &quot;fancy&quot;</code>: <strong>survived, no reason given</strong>");
    }

    @Test
    void without_a_report_the_site_says_nothing_of_bite() {
        fixture.weave(Weave.Expect.SOME, null);

        assertThat(Fixture.read(fixture.site().resolve("index.html"))).doesNotContain("ld-bite-table").doesNotContain("Bite");
        assertThat(Fixture.read(fixture.site().resolve("p.html"))).doesNotContain("<details class=\"ld-bite");
    }

    @Test
    void a_report_on_other_text_of_the_page_is_not_shown() {
        Path stale = report.resolveSibling("stale.json");
        Fixture.write(stale, Fixture.read(report).replaceAll("\"p.feature\": \"[0-9a-f]+\"", "\"p.feature\": \"0000\""));

        fixture.weave(Weave.Expect.SOME, stale);

        assertThat(Fixture.read(fixture.site().resolve("index.html"))).doesNotContain("ld-bite-table");
    }
}

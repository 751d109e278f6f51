package dev.livingdocs.weave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.Fixture;
import dev.livingdocs.fixtures.NumberSteps;

/** One page, two systems: the page's run and a variant's, and the drift between them. */
class DriftWeaveTest {

    @TempDir
    Path root;

    private static final String PAGE = """
            = Divisible
            :livingdocs-design: base 2

            == Both

            [source,gherkin]
            ----
            Scenario: six is divisible
              Given the number 6
              Then it is divisible
            ----

            == Changed

            [source,gherkin]
            ----
            Scenario: four is divisible
              Given the number 4
              Then it is divisible
            ----

            == Only the variant

            [source,gherkin]
            ----
            @base3
            Scenario: nine is divisible
              Given the number 9
              Then it is divisible
            ----
            """;

    private Weave.Verdict build(boolean runVariant) throws IOException {
        Fixture f = new Fixture(root).page("div.adoc", PAGE);
        f.tangleToDisk();
        Path variant = root.resolve("target/variants/base3/cucumber.ndjson");
        if (runVariant) {
            NumberSteps.base3 = true;
            try {
                f.runCucumber();
            } finally {
                NumberSteps.base3 = false;
            }
            Files.createDirectories(variant.getParent());
            Files.move(f.results, variant);
        }
        f.runCucumber(); // the page's own run also runs @base3 here; its result is not the one shown
        var settings = new Weave.Settings(f.features, "features", f.results, f.site(), Weave.Expect.ALL, true,
                "./mvnw -B verify -Dscenario={feature}:{line}", null, "Built for a test", null, null,
                Weave.Settings.PROJECT, List.of(new Drift.Variant("base3", variant)));
        try (Asciidoc asciidoc = f.asciidoc(Map.of())) {
            return new Weave(asciidoc, settings).run();
        }
    }

    @Test
    void a_scenario_that_holds_on_the_page_and_fails_on_the_variant_is_listed_as_stale_with_its_failing_step() throws IOException {
        Weave.Verdict verdict = build(true);

        assertThat(verdict.problems()).as("the variant's failures do not fail the build").isEmpty();
        String drift = Fixture.read(root.resolve("site/drift.html"));
        assertThat(drift).contains("Stale on base3: 1 scenario(s)", "div › Changed", "four is divisible",
                "Then it is divisible", "4 is divisible by 3");
        assertThat(drift).doesNotContain("six is divisible</a>");
        String page = Fixture.read(root.resolve("site/div.html"));
        assertThat(page).contains("holds in base 2 only", "holds in both", "about base3 only");
        assertThat(Fixture.read(root.resolve("site/index.html"))).contains("1 scenario(s) and 0 claim(s)</a> hold on base 2 only");
    }

    @Test
    void a_scenario_tagged_for_the_variant_shows_and_is_judged_by_the_variants_result() throws IOException {
        Weave.Verdict verdict = build(true);

        // On base 2, nine is not divisible; the page shows (and the build judges) the base3 run's pass.
        assertThat(verdict.summary().line()).isEqualTo("3 scenarios: 3 passed");
    }

    @Test
    void without_the_variants_results_there_is_no_drift_page_and_the_pages_own_results_stand() throws IOException {
        Weave.Verdict verdict = build(false);

        assertThat(root.resolve("site/drift.html")).doesNotExist();
        // The fixture's own run does not leave @base3 out (the build's does): on base 2, nine fails.
        assertThat(verdict.problems()).singleElement().asString().contains("nine is divisible");
    }
}

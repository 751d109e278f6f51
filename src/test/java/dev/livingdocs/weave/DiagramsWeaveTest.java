package dev.livingdocs.weave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramsWeaveTest {

    @TempDir
    static Path root;

    private String html;

    @BeforeAll
    void build() {
        Fixture f = new Fixture(root).page("drawn.adoc", """
                = Drawn

                [source,gherkin]
                ----
                Scenario: four halves evenly
                  Given the number 4
                  Then it draws how it was halved
                  And it is even

                Scenario: five does not
                  Given the number 5
                  Then it draws how it was halved
                  And it is even

                Scenario: two threads race
                  Given the number 1
                  Then it draws two threads racing
                ----
                """);
        f.build();
        html = Fixture.read(f.site().resolve("drawn.html"));
    }

    private String panel(String name) {
        int at = html.indexOf(": " + name + "</span>");
        assertThat(at).as(name).isPositive();
        int end = html.indexOf("<div class=\"ld-rerun\">", at);
        return html.substring(at, end);
    }

    @Test
    void a_sequence_the_glue_attached_is_drawn_inline_as_svg_with_what_happened() {
        String passed = panel("four halves evenly");

        assertThat(passed).contains("<figure class=\"ld-diagram\" data-ld-diagram=\"sequence\"><figcaption>halving</figcaption><svg");
        assertThat(passed).contains("the number").contains("the halver").contains("halve(4)").contains("remainder 0")
                .contains("Halving 4").doesNotContain("<?xml").doesNotContain("failed: Then");
    }

    @Test
    void a_failed_scenario_s_diagram_shows_the_failure_in_red() {
        String failed = panel("five does not");

        assertThat(failed).contains("halve(5)").contains("remainder 1");
        assertThat(failed).contains("failed: And it is even").contains("docs/drawn.adoc:13").contains("5 is even");
        assertThat(failed).containsIgnoringCase("#CF222E");
    }

    @Test
    void lanes_are_drawn_one_per_thread_with_the_crashing_step_marked() {
        String lanes = panel("two threads race");

        assertThat(lanes).contains("data-ld-diagram=\"lanes\"").contains("adder").contains("checker").contains("add 1")
                .contains("&#10007; found it odd");
    }

    @Test
    void plantuml_markup_in_a_message_is_shown_as_written() {
        assertThat(Diagrams.text("a <b>bold</b> **claim**\nnext")).isEqualTo("a ~<b>bold~</b> ~*~*claim~*~* ⏎ next");
    }
}

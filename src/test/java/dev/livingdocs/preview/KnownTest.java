package dev.livingdocs.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cucumber.core.feature.FeatureParser;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.resource.Resource;

import dev.livingdocs.weave.Outcome;
import dev.livingdocs.weave.Results;

class KnownTest {

    private static final String FEATURE = """
            Feature: P

              Rule: R

                Background:
                  Given a host "h1"

                Scenario: reads go local
                  When the client reads "a"
                  Then 1 call was sent
            """;

    private static List<Pickle> pickles(String text) {
        return new FeatureParser(UUID::randomUUID).parseResource(new Resource() {
            @Override
            public URI getUri() {
                return URI.create("file:/features/p.feature");
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        }).orElseThrow().getPickles();
    }

    private static String key(String text) {
        return Known.key("p.feature", pickles(text).get(0));
    }

    @Test
    void a_scenario_moved_by_prose_above_it_keeps_its_key_so_nothing_runs() {
        String moved = FEATURE.replace("    Scenario:", "\n\n\n    Scenario:");

        assertThat(key(moved)).isEqualTo(key(FEATURE));
    }

    @Test
    void a_changed_step_argument_or_name_gives_a_new_key_so_it_runs() {
        assertThat(key(FEATURE.replace("1 call", "2 calls"))).isNotEqualTo(key(FEATURE));
        assertThat(key(FEATURE.replace("reads go local", "reads stay local"))).isNotEqualTo(key(FEATURE));
        assertThat(key(FEATURE.replace("Then 1 call was sent", "Then 1 call was sent\n      \"\"\"\n      x\n      \"\"\""))).isNotEqualTo(key(FEATURE));
    }

    @Test
    void a_changed_background_gives_every_scenario_of_its_rule_a_new_key() {
        assertThat(key(FEATURE.replace("a host \"h1\"", "a host \"h2\""))).isNotEqualTo(key(FEATURE));
    }

    @Test
    void the_same_text_in_another_feature_file_is_another_scenario() {
        assertThat(Known.key("q.feature", pickles(FEATURE).get(0))).isNotEqualTo(key(FEATURE));
    }

    @Test
    void a_result_moves_with_its_scenario_its_failed_step_to_that_step_s_new_line() {
        Pickle before = pickles(FEATURE).get(0);
        Results.Run run = new Results.Run("p.feature", 8, "reads go local", Outcome.FAILED,
                List.of(new Results.StepRun(10, "Then 1 call was sent", Outcome.FAILED, "expected 1 but was 2")), List.of());
        Known known = new Known(run, Known.stepLines(before));
        Pickle after = pickles(FEATURE.replace("    Scenario:", "\n\n    Scenario:")).get(0);

        Results.Run moved = known.at(after, false);

        assertThat(moved.line()).isEqualTo(10);
        assertThat(moved.problems()).extracting(Results.StepRun::line).containsExactly(12);
        assertThat(moved.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(known.at(after, true).outcome()).isEqualTo(Outcome.STALE);
    }
}

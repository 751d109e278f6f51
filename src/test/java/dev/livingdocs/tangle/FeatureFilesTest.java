package dev.livingdocs.tangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;

class FeatureFilesTest {

    @TempDir
    Path root;

    private Fixture twoPages() {
        return new Fixture(root)
                .page("a.adoc", "= A\n\n[source,gherkin]\n----\nScenario: a\n  Given the number 2\n----\n")
                .page("b.adoc", "= B\n\n[source,gherkin]\n----\nScenario: b\n  Given the number 2\n----\n");
    }

    @Test
    void writes_one_file_per_feature_with_the_tangled_text() {
        Fixture f = twoPages();
        List<Feature> features = f.tangle();

        FeatureFiles.Changes changes = FeatureFiles.write(f.features, features);

        assertThat(changes.written()).containsExactly("a.feature", "b.feature");
        assertThat(Fixture.read(f.features.resolve("a.feature"))).isEqualTo(features.get(0).text());
    }

    @Test
    void leaves_an_unchanged_file_untouched() throws Exception {
        Fixture f = twoPages();
        FeatureFiles.write(f.features, f.tangle());
        Path a = f.features.resolve("a.feature");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(a, old);

        FeatureFiles.Changes changes = FeatureFiles.write(f.features, f.tangle());

        assertThat(changes.unchanged()).contains("a.feature");
        assertThat(Files.getLastModifiedTime(a)).isEqualTo(old);
    }

    @Test
    void removes_the_feature_of_a_page_that_lost_its_scenarios() {
        Fixture f = twoPages();
        FeatureFiles.write(f.features, f.tangle());
        f.page("b.adoc", "= B\n\nNo scenarios any more.\n");

        FeatureFiles.Changes changes = FeatureFiles.write(f.features, f.tangle());

        assertThat(changes.removed()).containsExactly("b.feature");
        assertThat(f.features.resolve("b.feature")).doesNotExist();
    }

    @Test
    void refuses_to_run_beside_a_hand_written_feature_rather_than_delete_it_or_run_it_unseen() {
        Fixture f = twoPages();
        Fixture.write(f.features.resolve("handwritten.feature"), "Feature: mine\n  Scenario: x\n");

        assertThatThrownBy(() -> FeatureFiles.write(f.features, f.tangle()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("handwritten.feature")
                .hasMessageContaining("not tangled from any page");
        assertThat(f.features.resolve("handwritten.feature")).exists();
        assertThat(f.features.resolve("a.feature")).doesNotExist();
    }
}

package dev.livingdocs.tangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.DocErrorsException;
import dev.livingdocs.Fixture;

class ClaimCheckTest {

    @TempDir
    Path root;

    @Test
    void a_claim_backed_by_a_tagged_scenario_and_one_with_a_reason_pass_the_gate() {
        Fixture f = new Fixture(root).page("p.adoc", """
                = P

                [.claim#claim-two-is-even]
                Two is even.

                [.claim#claim-measured,reason="a figure measured elsewhere"]
                It is fast.

                [source,gherkin]
                ----
                @claim-two-is-even
                Scenario: two
                  Given the number 2
                ----
                """);

        assertThat(f.tangle()).hasSize(1);
        Page page = f.tangle().get(0).page();
        assertThat(page.claims()).extracting(Claim::id).containsExactly("claim-two-is-even", "claim-measured");
        // A claim is at its sentence, the line a reader would fix, not at its attribute line.
        assertThat(page.claims().get(0).at().toString()).isEqualTo("docs/p.adoc:4");
        assertThat(page.claims().get(0).text()).isEqualTo("Two is even.");
    }

    @Test
    void a_claim_nothing_backs_fails_at_the_claim() {
        Fixture f = new Fixture(root).page("p.adoc", """
                = P

                [.claim#claim-unbacked]
                Promises, promises.
                """);

        assertThatThrownBy(f::tangle).isInstanceOf(DocErrorsException.class)
                .hasMessageContaining("docs/p.adoc:4: claim claim-unbacked has no scenario: tag one with @claim-unbacked");
    }

    @Test
    void a_tag_that_names_no_claim_fails_at_the_tag() {
        Fixture f = new Fixture(root).page("p.adoc", """
                = P

                [source,gherkin]
                ----
                @claim-typo
                Scenario: two
                  Given the number 2
                ----
                """);

        assertThatThrownBy(f::tangle).isInstanceOf(DocErrorsException.class)
                .hasMessageContaining("docs/p.adoc:5: tag @claim-typo names no claim");
    }

    @Test
    void a_claim_with_a_reason_and_scenarios_is_a_contradiction() {
        Fixture f = new Fixture(root).page("p.adoc", """
                = P

                [.claim#claim-both,reason="cannot be shown"]
                Both at once.

                [source,gherkin]
                ----
                @claim-both
                Scenario: two
                  Given the number 2
                ----
                """);

        assertThatThrownBy(f::tangle).isInstanceOf(DocErrorsException.class)
                .hasMessageContaining("docs/p.adoc:4: claim claim-both gives a reason not to run, yet 1 scenario(s) back it");
    }

    @Test
    void claim_ids_are_unique_across_pages() {
        Fixture f = new Fixture(root)
                .page("a.adoc", "= A\n\n[.claim#claim-x,reason=\"r\"]\nOne.\n")
                .page("b.adoc", "= B\n\n[.claim#claim-x,reason=\"r\"]\nTwo.\n");

        assertThatThrownBy(f::tangle).isInstanceOf(DocErrorsException.class)
                .hasMessageContaining("docs/b.adoc:4: claim id 'claim-x' is already used at docs/a.adoc:4");
    }

    @Test
    void a_claim_id_needs_the_prefix_its_tags_are_recognised_by() {
        Fixture f = new Fixture(root).page("b.adoc", "= B\n\n[.claim#no-prefix,reason=\"r\"]\nThree.\n");

        assertThatThrownBy(f::tangle).isInstanceOf(DocErrorsException.class)
                .hasMessageContaining("docs/b.adoc:4: a claim needs an id starting with 'claim-'");
    }
}

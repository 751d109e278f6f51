package dev.livingdocs.weave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;

class CrossReferenceWeaveTest {

    @TempDir
    Path root;

    private static final String SCENARIO = """
            [source,gherkin]
            ----
            Scenario: two
              Given the number 2
              Then it is even
            ----
            """;

    @Test
    void every_form_of_reference_to_nowhere_fails_the_weave_at_the_line_that_makes_it() {
        Fixture f = new Fixture(root).page("refs.adoc", """
                = References

                [[here]]
                == Here

                A good one: <<here>>, and <<here,with text>>.
                A plain one to nowhere: <<nowhere>>.
                One with text: <<gone,the gone section>>.
                One with a hash: <<#hashed>>.
                The page itself by name: <<refs.adoc#self-missing>>.
                A macro: xref:macro-missing[a macro].

                """ + SCENARIO);

        Weave.Verdict verdict = f.build();

        assertThat(verdict.problems()).containsExactly(
                "docs/refs.adoc:7: cross-reference to 'nowhere' points nowhere: no anchor has that id",
                "docs/refs.adoc:8: cross-reference to 'gone' points nowhere: no anchor has that id",
                "docs/refs.adoc:9: cross-reference to 'hashed' points nowhere: no anchor has that id",
                "docs/refs.adoc:10: cross-reference to 'self-missing' points nowhere: no anchor has that id",
                "docs/refs.adoc:11: cross-reference to 'macro-missing' points nowhere: no anchor has that id");
        // The page is still written, so the reader of a red build sees everything else.
        assertThat(Fixture.read(f.site().resolve("refs.html"))).contains("A plain one to nowhere");
    }

    @Test
    void an_anchor_a_second_id_on_the_same_block_replaced_is_named_with_its_line() {
        Fixture f = new Fixture(root).page("twice.adoc", """
                = Twice

                See <<first-id>>.

                [[first-id]]
                [#second-id]
                A paragraph can have one id only.

                """ + SCENARIO);

        Weave.Verdict verdict = f.build();

        assertThat(verdict.problems()).containsExactly("docs/twice.adoc:3: cross-reference to 'first-id' points nowhere: no anchor"
                + " has that id; docs/twice.adoc:5 gives the id, but another id on the same block replaced it (a block has one id:"
                + " refer to the other one, or move this one into the text as [[first-id]])");
    }

    @Test
    void a_reference_made_in_an_included_file_is_named_in_that_file() {
        Fixture f = new Fixture(root)
                .page("_part.adoc", "Some text.\n\nIt points to <<elsewhere>>.\n")
                .page("whole.adoc", "= Whole\n\ninclude::_part.adoc[]\n\n" + SCENARIO);

        Weave.Verdict verdict = f.build();

        assertThat(verdict.problems()).containsExactly(
                "docs/_part.adoc:3: cross-reference to 'elsewhere' points nowhere: no anchor has that id");
    }

    @Test
    void references_that_resolve_raise_nothing() {
        Fixture f = new Fixture(root).page("fine.adoc", """
                = Fine

                [[top]]
                == Top

                <<top>>, <<#top>>, xref:top[the top], <<Top>> by its title, and [[inline]]an inline anchor: <<inline>>.

                """ + SCENARIO);

        assertThat(f.build().problems()).isEmpty();
    }
}

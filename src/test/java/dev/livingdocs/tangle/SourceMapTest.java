package dev.livingdocs.tangle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.livingdocs.DocLocation;

class SourceMapTest {

    private static final String FEATURE = """
            # Tangled by livingdocs from docs/p.adoc: edit the page, not this file.
            # source: docs/p.adoc:1
            Feature: P

              # source: docs/_part.adoc:10
              Scenario: s
                Given a
              # source: docs/p.adoc:40
                Then b
            """;

    @Test
    void lines_after_a_source_comment_follow_it_one_for_one() {
        SourceMap map = SourceMap.parse(FEATURE);

        assertThat(map.origin(3)).contains(new DocLocation("docs/p.adoc", 1));
        assertThat(map.origin(6)).contains(new DocLocation("docs/_part.adoc", 10));
        assertThat(map.origin(7)).contains(new DocLocation("docs/_part.adoc", 11));
        assertThat(map.origin(9)).contains(new DocLocation("docs/p.adoc", 40));
    }

    @Test
    void lines_before_any_source_comment_have_no_origin() {
        assertThat(SourceMap.parse(FEATURE).origin(1)).isEmpty();
        assertThat(SourceMap.parse("Feature: hand written\n").isEmpty()).isTrue();
    }
}

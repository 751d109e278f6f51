package dev.livingdocs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.livingdocs.DocLocation;

class DocLinesTest {

    @Test
    void the_step_frame_cucumber_adds_is_pointed_at_the_page_line() {
        URI feature = URI.create("file:///project/features/p.feature");
        AssertionError error = new AssertionError("expected 0");
        error.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("steps.NumberSteps", "itIsEven", "NumberSteps.java", 18),
            new StackTraceElement("✽", "it is even", "file:///project/features/p.feature", 12),
        });

        DocLines.rewriteFrames(error, feature, 12, new DocLocation("docs/p.adoc", 40));

        assertThat(error.getStackTrace()[1].getFileName()).isEqualTo("docs/p.adoc");
        assertThat(error.getStackTrace()[1].getLineNumber()).isEqualTo(40);
        assertThat(error.getStackTrace()[1].toString()).isEqualTo("✽.it is even(docs/p.adoc:40)");
        assertThat(error.getStackTrace()[0].getFileName()).isEqualTo("NumberSteps.java");
    }

    @Test
    void frames_of_other_files_and_lines_are_left_alone() {
        URI feature = URI.create("file:///project/features/p.feature");
        RuntimeException error = new RuntimeException();
        StackTraceElement other = new StackTraceElement("✽", "other step", "file:///project/features/p.feature", 13);
        error.setStackTrace(new StackTraceElement[] {other});

        DocLines.rewriteFrames(error, feature, 12, new DocLocation("docs/p.adoc", 40));

        assertThat(error.getStackTrace()[0]).isEqualTo(other);
    }
}

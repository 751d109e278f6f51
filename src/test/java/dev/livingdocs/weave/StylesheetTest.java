package dev.livingdocs.weave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylesheetTest {

    @TempDir
    Path dir;

    @Test
    void inlines_the_project_theme_after_the_status_styles() throws IOException {
        Path theme = Files.writeString(dir.resolve("theme.css"), "h1 { color: teal; }\n");

        String head = new Stylesheet(theme).process(null);

        assertThat(head).startsWith("<link rel=\"icon\" href=\"data:,\">\n<style>").endsWith("</style>").contains(".ld-claim", "h1 { color: teal; }");
        assertThat(head.indexOf("h1 { color: teal; }")).as("the theme comes last, so it can override")
                .isGreaterThan(head.indexOf(".ld-claim"));
    }

    @Test
    void refuses_a_theme_that_is_not_there_naming_the_file() {
        Path missing = dir.resolve("nope.css");

        assertThatThrownBy(() -> new Stylesheet(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("no such theme file");
    }

    @Test
    void needs_no_theme_at_all() {
        assertThat(new Stylesheet(null).process(null)).contains(".ld-claim");
    }
}

package dev.livingdocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void reads_what_a_glue_attaches_strings_with_escapes_arrays_and_literals() {
        Map<String, Object> json = Json.object("""
                { "link": "https://e.org/a?b=1#n2", "resolvedBy": "Nfs\\"Uuid\\" \\u00e9\\n",
                  "symbols": ["a()", "b"], "n": -1.5e2, "ok": true, "none": null, "nested": {"x": []} }
                """);

        assertThat(json).containsEntry("link", "https://e.org/a?b=1#n2").containsEntry("resolvedBy", "Nfs\"Uuid\" é\n")
                .containsEntry("symbols", List.of("a()", "b")).containsEntry("n", -150.0).containsEntry("ok", true)
                .containsEntry("none", null).containsEntry("nested", Map.of("x", List.of()));
    }

    @Test
    void refuses_what_is_not_json_naming_where() {
        assertThatThrownBy(() -> Json.object("{\"a\": 1,}")).hasMessageStartingWith("JSON: expected a member name at offset 8");
        assertThatThrownBy(() -> Json.object("{\"a\": \"open}")).hasMessageStartingWith("JSON: unterminated string");
        assertThatThrownBy(() -> Json.object("[1]")).hasMessageStartingWith("expected a JSON object");
        assertThatThrownBy(() -> Json.object("{} x")).hasMessageStartingWith("JSON: unexpected text after the value");
    }
}

package dev.livingdocs.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RereadTest {

    static final String MAP = """
            {"code": "org.example",
             "runs": [{"at": "docs/p.adoc:12", "scenario": "docs/p.adoc:10", "name": "Two is even", "claims": ["claim-even"]},
                      {"at": "docs/p.adoc:30", "scenario": "docs/p.adoc:30", "name": "Odd", "claims": []}],
             "methods": [{"method": "Num.isEven()", "file": "org/example/Num.java", "first": 10, "last": 14, "exported": true, "runs": [0]},
                         {"method": "Num.isOdd()", "file": "org/example/Num.java", "first": 16, "last": 20, "exported": true, "runs": [1]},
                         {"method": "Num.unused()", "file": "org/example/Num.java", "first": 22, "last": 24, "exported": true, "runs": []}]}
            """;

    @Test
    void a_change_inside_a_method_names_the_page_lines_whose_scenarios_execute_it() {
        String diff = """
                diff --git a/src/main/java/org/example/Num.java b/src/main/java/org/example/Num.java
                --- a/src/main/java/org/example/Num.java
                +++ b/src/main/java/org/example/Num.java
                @@ -12 +12 @@ public final class Num {
                -        return n % 2 == 0;
                +        return (n & 1) == 0;
                @@ -23,0 +24,1 @@
                +        // nothing runs this
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int lines = Reread.print(MAP, diff, "main", new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(lines).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("touches 1 method(s) of org.example that scenarios execute, and 1 that none does")
                .contains("changed: Num.isEven() (org/example/Num.java:10-14)")
                .contains("changed, executed by no scenario: Num.unused()")
                .contains("docs/p.adoc:12: Two is even [claim-even]\n    executes Num.isEven()")
                .doesNotContain("Num.isOdd()");
    }

    @Test
    void a_diff_of_other_files_names_nothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int lines = Reread.print(MAP, "--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-a\n+b\n", "main", new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(lines).isZero();
    }
}

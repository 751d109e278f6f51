package dev.livingdocs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunitNamesTest {

    @TempDir
    Path dir;

    /** A feature as tangle writes it: the scenario at feature line 4 came from page line 20. */
    private static final String FEATURE = """
            Feature: P

            # source: docs/p.adoc:20
            Scenario: reads go local
              Given x

            # source: docs/p.adoc:31
            Scenario: a <b> & "c"
              Given y
            """;

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="dev.localio.steps.DocScenarios" tests="2">
              <testcase name="P - reads go local" classname="P" time="0.01"/>
              <testcase name="P - a &lt;b&gt; &amp; &quot;c&quot;" classname="P" time="0.02">
                <failure message="no"/>
              </testcase>
            </testsuite>
            """;

    @Test
    void each_testcase_gets_its_page_line_in_its_name_and_as_file_and_line() {
        JunitNames.Result r = JunitNames.rewrite(XML, List.of(new JunitNames.Ran("reads go local", 4, FEATURE),
                new JunitNames.Ran("a <b> & \"c\"", 8, FEATURE)));

        assertThat(r.text()).contains("<testcase name=\"P - reads go local (docs/p.adoc:20)\" classname=\"P\" time=\"0.01\" "
                        + "file=\"docs/p.adoc\" line=\"20\"/>")
                .contains("<testcase name=\"P - a &lt;b&gt; &amp; &quot;c&quot; (docs/p.adoc:31)\" classname=\"P\" time=\"0.02\" "
                        + "file=\"docs/p.adoc\" line=\"31\">")
                .contains("<failure message=\"no\"/>");
        assertThat(r.note()).isEqualTo("2 scenario(s) named with their page line");
    }

    @Test
    void a_report_that_does_not_match_the_runs_one_for_one_is_left_as_it_is() {
        assertThat(JunitNames.rewrite(XML, List.of(new JunitNames.Ran("reads go local", 4, FEATURE))))
                .isEqualTo(new JunitNames.Result(null, "left as it is: 2 testcase(s) but 1 scenario run(s) in the messages"));
        assertThat(JunitNames.rewrite(XML, List.of(new JunitNames.Ran("reads go local", 4, FEATURE), new JunitNames.Ran("reads go far", 8, FEATURE))))
                .isEqualTo(new JunitNames.Result(null, "left as it is: testcase 2 'P - a <b> & \"c\"' is none of the scenario runs left"));
    }

    @Test
    void testcases_of_one_name_that_surefire_put_together_each_get_their_own_run_in_order() {
        String feature = """
                Feature: P

                # source: docs/p.adoc:10
                Scenario: s
                  Given x

                # source: docs/p.adoc:20
                Scenario: t
                  Given x

                # source: docs/p.adoc:30
                Scenario: s
                  Given y
                """;
        String xml = "<testcase name=\"P - s\"/>\n<testcase name=\"P - s\"/>\n<testcase name=\"P - t\"/>\n";

        JunitNames.Result r = JunitNames.rewrite(xml, List.of(new JunitNames.Ran("s", 4, feature), new JunitNames.Ran("t", 8, feature),
                new JunitNames.Ran("s", 12, feature)));

        assertThat(r.text()).isEqualTo("<testcase name=\"P - s (docs/p.adoc:10)\" file=\"docs/p.adoc\" line=\"10\"/>\n"
                + "<testcase name=\"P - s (docs/p.adoc:30)\" file=\"docs/p.adoc\" line=\"30\"/>\n"
                + "<testcase name=\"P - t (docs/p.adoc:20)\" file=\"docs/p.adoc\" line=\"20\"/>\n");
    }

    @Test
    void rewriting_twice_adds_nothing_the_second_time() throws Exception {
        Files.writeString(dir.resolve("TEST-Doc.xml"), XML);
        List<JunitNames.Ran> runs = List.of(new JunitNames.Ran("reads go local", 4, FEATURE), new JunitNames.Ran("a <b> & \"c\"", 8, FEATURE));

        JunitNames.rewrite(dir, runs);
        String once = Files.readString(dir.resolve("TEST-Doc.xml"), StandardCharsets.UTF_8);
        String said = JunitNames.rewrite(dir, runs);

        assertThat(Files.readString(dir.resolve("TEST-Doc.xml"), StandardCharsets.UTF_8)).isEqualTo(once);
        assertThat(said).isEqualTo("TEST-Doc.xml: 0 scenario(s) named with their page line");
    }

    @Test
    void a_testcase_skipped_because_the_tag_filter_left_its_scenario_out_is_not_counted_and_left_as_it_is() {
        String xml = XML.replace("</testsuite>", """
                  <testcase name="P - only on the newer kernel" classname="P" time="0">
                    <skipped message="'@newest' does not match"/>
                  </testcase>
                </testsuite>
                """);

        JunitNames.Result r = JunitNames.rewrite(xml, List.of(new JunitNames.Ran("reads go local", 4, FEATURE),
                new JunitNames.Ran("a <b> & \"c\"", 8, FEATURE)));

        assertThat(r.note()).isEqualTo("2 scenario(s) named with their page line");
        assertThat(r.text()).contains("<testcase name=\"P - only on the newer kernel\" classname=\"P\" time=\"0\">");
    }

    @Test
    void each_report_of_a_folder_is_named_after_the_run_whose_scenarios_it_matches() throws Exception {
        // The tag stands on page line 40, so the scenario on 41.
        String feature = FEATURE + """

                # source: docs/p.adoc:40
                @newest
                Scenario: only on the newer kernel
                  Given z
                """;
        Files.writeString(dir.resolve("TEST-Doc.xml"), XML);
        Files.writeString(dir.resolve("TEST-Newest.xml"), XML.replace("</testsuite>",
                "  <testcase name=\"P - only on the newer kernel\" classname=\"P\" time=\"0\"/>\n</testsuite>"));
        List<JunitNames.Ran> page = List.of(new JunitNames.Ran("reads go local", 4, feature), new JunitNames.Ran("a <b> & \"c\"", 8, feature));
        List<JunitNames.Ran> newest = List.of(new JunitNames.Ran("reads go local", 4, feature), new JunitNames.Ran("a <b> & \"c\"", 8, feature),
                new JunitNames.Ran("only on the newer kernel", 13, feature));

        String said = JunitNames.rewrite(dir, new java.util.LinkedHashMap<>(java.util.Map.of("", page, "newest", newest)));

        assertThat(said).isEqualTo("TEST-Doc.xml: 2 scenario(s) named with their page line; "
                + "TEST-Newest.xml: 3 scenario(s) named with their page line (the newest run's)");
        assertThat(Files.readString(dir.resolve("TEST-Newest.xml"), StandardCharsets.UTF_8))
                .contains("<testcase name=\"P - only on the newer kernel (docs/p.adoc:41)\" classname=\"P\" time=\"0\" file=\"docs/p.adoc\" line=\"41\"/>");
    }
}

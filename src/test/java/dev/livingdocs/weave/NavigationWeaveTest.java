package dev.livingdocs.weave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.Fixture;
import dev.livingdocs.Json;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationWeaveTest {

    @TempDir
    static Path root;

    private Fixture f;

    private static final String PAGE = """
            = Navigation
            :toc: left

            [[green]]
            == Green

            [source,gherkin]
            ----
            @claim-even
            Scenario: two is even
              Given the number 2
              Then it is even
            ----

            [[red]]
            == Red

            [source,gherkin]
            ----
            Scenario: three is even
              Given the number 3
              Then it is even
            ----

            [[answer]]
            == An answer

            [.claim#claim-even]
            Two is even, and <<green>> shows it with `nfs_uuid_begin()`.

            [[pointer]]
            == Pointer

            See <<red>>.

            [[prose]]
            == Prose

            Nothing to check here.
            """;

    @BeforeAll
    void build() {
        f = new Fixture(root).page("nav.adoc", PAGE);
        f.build();
    }

    private String html(String page) {
        return Fixture.read(f.site().resolve(page));
    }

    @Test
    void every_page_has_the_same_header_with_the_build_status_and_the_way_home() {
        for (String page : new String[] {"nav.html", "index.html", "search.html"}) {
            String html = html(page);
            assertThat(html).as(page).contains("<header class=\"ld-header\" id=\"ld-header\">")
                    .contains("<a class=\"ld-home\" href=\"index.html\">" + Weave.Settings.PROJECT + "</a>")
                    .contains("<span class=\"ld-count ld-passed\">1 passed</span> <span class=\"ld-count ld-failed\">1 failed</span>")
                    .contains("1 of 1 claims backed").contains("Built for a test")
                    .contains("<form class=\"ld-search\" role=\"search\" action=\"search.html\"");
            assertThat(html.indexOf("<header class=\"ld-header\"")).as(page).isLessThan(html.indexOf("<div id=\"header\">"));
        }
    }

    @Test
    void the_table_of_contents_marks_each_section_green_red_or_not_run() {
        String toc = html("nav.html");
        toc = toc.substring(toc.indexOf("<div id=\"toc\""), toc.indexOf("<div id=\"content\">"));

        assertThat(toc).contains("<a href=\"#green\"><span class=\"ld-dot ld-passed\" title=\"every scenario passed (1 passed)\"");
        assertThat(toc).contains("<a href=\"#red\"><span class=\"ld-dot ld-failed\" title=\"some scenarios did not pass (1 failed)\"");
        assertThat(toc).contains("<a href=\"#prose\"><span class=\"ld-dot ld-not-executed\" title=\"no scenario ran here\"");
    }

    @Test
    void the_landing_page_lists_every_section_and_what_backs_those_without_a_scenario() {
        String index = html("index.html");

        assertThat(index.substring(index.indexOf("ld-summary-table"), index.indexOf("</table>", index.indexOf("ld-summary-table"))))
                .containsOnlyOnce("<a href=\"nav.html\">Navigation</a>");
        assertThat(index).contains("<a href=\"nav.html#answer\">An answer</a></td><td class=\"ld-backing\" colspan=\"2\">No scenario of its own;"
                + " claim <a href=\"nav.html#claim-even\"><code>claim-even</code></a> <span class=\"ld-badge ld-passed\">passed</span>,"
                + " backed by 1 scenario elsewhere; refers to <a href=\"nav.html#green\">Green</a>");
        assertThat(index).contains("<a href=\"nav.html#pointer\">Pointer</a></td><td class=\"ld-backing\" colspan=\"2\">No scenario of its own;"
                + " refers to <a href=\"nav.html#red\">Red</a> <span class=\"ld-dot ld-failed\"");
        assertThat(index).contains("<a href=\"nav.html#prose\">Prose</a></td><td class=\"ld-backing\" colspan=\"2\"><span class=\"ld-note\">"
                + "prose only: no scenario, claim or cross-reference</span>");
    }

    @Test
    void the_claims_inventory_can_be_filtered_by_status_and_every_claim_and_scenario_has_a_permalink() {
        assertThat(html("index.html")).contains("<div class=\"ld-filter\" data-ld-filter=\"ld-claims-table\" hidden>Show: <label><input"
                + " type=\"checkbox\" checked value=\"ld-passed\"> <span class=\"ld-badge ld-passed\">passed</span> 1</label></div>");
        assertThat(html("nav.html")).contains("<a class=\"ld-permalink\" href=\"#claim-even\"")
                .contains("<a class=\"ld-permalink\" href=\"#ld-docs-nav-adoc-10\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_search_index_holds_sections_with_their_prose_claims_and_scenarios_and_lunr_comes_with_the_site() throws Exception {
        String js = Fixture.read(f.site().resolve("search-index.js"));
        assertThat(js).startsWith("/* Written by the weave: what the site's search finds. */\nvar LD_SEARCH = [");
        List<Object> entries = (List<Object>) Json.parse(js.substring(js.indexOf('['), js.lastIndexOf(']') + 1));

        assertThat(entries).anySatisfy(e -> assertThat((Map<String, Object>) e).containsEntry("kind", "section")
                .containsEntry("title", "An answer").containsEntry("url", "nav.html#answer")
                .containsEntry("text", "Two is even, and green shows it with nfs_uuid_begin()."));
        assertThat(entries).anySatisfy(e -> assertThat((Map<String, Object>) e).containsEntry("kind", "section")
                .containsEntry("title", "Green").containsEntry("text", ""));
        assertThat(entries).anySatisfy(e -> assertThat((Map<String, Object>) e).containsEntry("kind", "claim")
                .containsEntry("key", "claim-even").containsEntry("url", "nav.html#claim-even"));
        assertThat(entries).anySatisfy(e -> assertThat((Map<String, Object>) e).containsEntry("kind", "scenario")
                .containsEntry("title", "three is even").containsEntry("url", "nav.html#ld-docs-nav-adoc-20"));
        assertThat(Files.readString(f.site().resolve("lunr.js"))).contains("lunr").contains("2.3.9");
        assertThat(html("search.html")).contains("<script src=\"lunr.js\"></script>").contains("<script src=\"search-index.js\"></script>");
        assertThat(f.site().resolve("livingdocs.js")).exists();
    }
}

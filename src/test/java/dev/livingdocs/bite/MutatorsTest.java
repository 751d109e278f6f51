package dev.livingdocs.bite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MutatorsTest {

    @Test
    void a_number_moves_by_one_each_way_keeping_its_leading_zeros() {
        assertThat(Mutators.bumps("16", false)).containsExactly("17", "15");
        assertThat(Mutators.bumps("0644", false)).containsExactly("0645", "0643");
        assertThat(Mutators.bumps("0", false)).containsExactly("1", "-1");
        assertThat(Mutators.bumps("80", true)).containsExactly("81");
    }

    @Test
    void a_value_is_replaced_by_the_next_other_value_of_its_column_wrapping_round() {
        LinkedHashSet<String> column = new LinkedHashSet<>(List.of("Y", "N"));
        assertThat(Mutators.next(column, "Y")).isEqualTo("N");
        assertThat(Mutators.next(column, "N")).isEqualTo("Y");
        assertThat(Mutators.next(new LinkedHashSet<>(List.of("only")), "only")).isNull();
    }

    @Test
    void an_argument_of_an_outline_step_maps_back_to_the_step_unless_it_takes_in_a_row_value() {
        Mutators.Substitution s = Mutators.Substitution.of("the client writes \"x\" to \"<file>\" as <user>",
                Map.of("file", "a.txt", "user", "root"));

        assertThat(s.text()).isEqualTo("the client writes \"x\" to \"a.txt\" as root");
        assertThat(s.toTemplate(18, 21)).isEqualTo(18);
        assertThat(s.toTemplate(25, 32)).isEqualTo(-1);
    }

    @Test
    void a_negative_is_written_with_the_step_arguments_in_its_parameters() {
        assertThat(Negatives.render("reading {string} goes over RPC", List.of("\"a.txt\""))).isEqualTo("reading \"a.txt\" goes over RPC");
        assertThat(Negatives.render("the client sent {int} call(s) to/at it", List.of("2"))).isEqualTo("the client sent 2 calls to it");
    }

    @Test
    void an_unchecked_comment_names_arguments_as_the_line_writes_them_then_gives_its_reason() {
        Unchecked u = Unchecked.parse("# unchecked \"fresh, data\", <n>, 3: the scenario is about where, not what", 4, 5,
                new dev.livingdocs.DocLocation("docs/p.adoc", 9));

        assertThat(u.names()).containsExactly("\"fresh, data\"", "<n>", "3");
        assertThat(u.reason()).isEqualTo("the scenario is about where, not what");
    }
}

package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.check.DestroyServRace;
import dev.localio.check.ModelCheckResult;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InterleavingRunTest {

    private final InterleavingRun run = new InterleavingRun();

    @Test
    void keeps_the_world_a_given_step_set_up() {
        run.world(InterleavingRun.World.CONFIRMED_CLIENT, "h1", "c1");

        assertThatCode(() -> run.require(InterleavingRun.World.CONFIRMED_CLIENT)).doesNotThrowAnyException();
        assertThat(run.host()).isEqualTo("h1");
        assertThat(run.container()).isEqualTo("c1");
    }

    @Test
    void tells_a_check_that_no_given_step_set_up_its_world() {
        assertThatThrownBy(() -> run.require(InterleavingRun.World.RCU_POINTER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this check starts from an RCU-protected pointer to an object; set it up with a Given step");
    }

    @Test
    void tells_a_check_which_other_world_the_scenario_set_up() {
        run.world(InterleavingRun.World.PERCPU_REF, "h1", null);

        assertThatThrownBy(() -> run.require(InterleavingRun.World.CONFIRMED_CLIENT))
                .hasMessageEndingWith("(the scenario set up a live percpu_ref guarding an object)");
    }

    @Test
    void has_no_result_before_a_when_step_ran_the_checker() {
        assertThatThrownBy(run::result).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing was model-checked in this scenario");
    }

    @Test
    void gives_back_the_result_the_checker_found() {
        ModelCheckResult found = new ModelCheckResult(DestroyServRace.RACE, LocalioDesign.INTERLOCK, 10, 3,
                Duration.ofMillis(5), null);
        run.result(found);

        assertThat(run.result()).isSameAs(found);
    }
}

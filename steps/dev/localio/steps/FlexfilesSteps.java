package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.fs.nfs.NfsTrace.Nfs4FfLayoutPrepareDs;
import java.util.List;

import io.cucumber.java.en.Then;

/** pNFS flexfiles: what the metadata server hands out. */
public class FlexfilesSteps {

    private final LocalioWorld world;

    public FlexfilesSteps(LocalioWorld world) {
        this.world = world;
    }

    @Then("the clients on {string} and {string} were handed the same layout")
    public void handedTheSameLayout(String one, String other) {
        List<List<Object>> first = layouts(one);
        assertThat(first).as("layouts the client on %s set up", one).isNotEmpty();
        assertThat(layouts(other)).as("layouts the client on %s set up, against %s's", other, one).isEqualTo(first);
    }

    /** The (file, data server, handle there) of every layout the client on {@code host} set up. */
    private List<List<Object>> layouts(String host) {
        return world.host(host).subsystems().kernel().trace().events(Nfs4FfLayoutPrepareDs.class).stream()
                .map(e -> List.<Object>of(e.fh(), e.ds(), e.dsFh())).toList();
    }
}

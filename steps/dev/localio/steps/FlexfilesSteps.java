package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.check.PageDefaults;
import dev.localio.linux.fs.nfs.Localio;
import dev.localio.linux.fs.nfs.NfsClient;
import dev.localio.linux.fs.nfs.NfsTrace.Nfs4FfLayoutPrepareDs;
import dev.localio.linux.kernel.Fmode;
import java.util.List;

import io.cucumber.java.en.Then;

/** pNFS flexfiles: what the metadata server hands out, and the clients the client keeps for each server. */
public class FlexfilesSteps {

    private final LocalioWorld world;
    private final Mounts mounts;

    public FlexfilesSteps(LocalioWorld world, Mounts mounts) {
        this.world = world;
        this.mounts = mounts;
    }

    /** The {@code nfs_client} that the layout of {@code file} (for reading) sends its IO through uses LOCALIO. */
    @Then("the client's nfs_client for the data server of {string} uses LOCALIO")
    public void theDataServersClientUsesLocalio(String file) {
        NfsClient ds = mounts.mount().nfs().dataServer(PageDefaults.ALICE, file, Fmode.FMODE_READ);
        assertThat(ds).as("the data server's nfs_client for %s (none: no layout sends its IO elsewhere)", file)
                .isNotNull();
        assertThat(Localio.nfsServerIsLocal(ds)).as("nfs_server_is_local() of %s", ds).isTrue();
    }

    /** The mount's own {@code nfs_client}, the metadata server's, does not use LOCALIO. */
    @Then("the client's nfs_client for the metadata server does not use LOCALIO")
    public void theMetadataServersClientDoesNotUseLocalio() {
        NfsClient mds = mounts.mount().nfsClient();
        assertThat(Localio.nfsServerIsLocal(mds)).as("nfs_server_is_local() of %s", mds).isFalse();
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

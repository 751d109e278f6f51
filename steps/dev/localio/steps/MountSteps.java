package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Mounting the server, and unmounting it. */
public class MountSteps {

    private final Mounts mounts;

    public MountSteps(Mounts mounts) {
        this.mounts = mounts;
    }

    @When("a client {place} mounts the server with {nfsvers} and sec={flavor}")
    public void aClientMounts(Place place, String vers, String flavor) {
        mounts.mount(place, vers, flavor);
    }

    /** {@code noresvport}: the client's connection has a source port of 1024 or above. */
    @When("a client {place} mounts the server with {nfsvers} and sec={flavor}, from an unprivileged port")
    public void aClientMountsFromAnUnprivilegedPort(Place place, String vers, String flavor) {
        mounts.mount(place, vers, flavor, ",noresvport");
    }

    @When("the client unmounts the export")
    public void theClientUnmounts() {
        mounts.unmount(mounts.mount());
    }

    @Then("the client is still mounted")
    public void theClientIsStillMounted() {
        Mount mount = mounts.mount();
        assertThat(mount.nfs().isUnmounted()).as("the mount is gone").isFalse();
        assertThat(mount.endpoint().subsystems().nfs().clients()).as("the client's nfs_client").contains(mount.nfsClient());
    }
}

package dev.localio.steps;

import io.cucumber.java.en.When;

/** Mounting the server. */
public class MountSteps {

    private final LocalioWorld world;

    public MountSteps(LocalioWorld world) {
        this.world = world;
    }

    @When("a client on {string} mounts the server with NFSv{word} and sec={word}")
    public void aClientMounts(String host, String version, String flavor) {
        world.mount(host, version, flavor);
    }
}

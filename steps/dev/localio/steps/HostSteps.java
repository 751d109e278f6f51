package dev.localio.steps;

import io.cucumber.java.en.Given;

import dev.localio.linux.kernel.Kconfig;

/** Hosts (kernels) and the NFS servers on them. */
public class HostSteps {

    private final LocalioWorld world;

    public HostSteps(LocalioWorld world) {
        this.world = world;
    }

    @Given("a host {string} whose kernel has LOCALIO")
    public void aHostWithLocalio(String name) {
        world.host(name, Kconfig.LOCALIO);
    }

    @Given("a host {string} whose kernel has no LOCALIO support")
    public void aHostWithoutLocalio(String name) {
        world.host(name, Kconfig.NO_LOCALIO);
    }

    @Given("an NFS server on {string}")
    public void anNfsServerOn(String host) {
        world.serverOn(host);
    }
}

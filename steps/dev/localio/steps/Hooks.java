package dev.localio.steps;

import io.cucumber.java.After;

/** Tears each scenario's world down, so no kernel, thread or port outlives its scenario. */
public class Hooks {

    private final LocalioWorld world;

    public Hooks(LocalioWorld world) {
        this.world = world;
    }

    @After
    public void tearDown() {
        world.close();
    }
}

package dev.localio.steps;

import io.cucumber.java.After;

/**
 * Tears each scenario down, so no kernel, thread, port or directory outlives it: the IO a failed
 * scenario left in flight is put first (nfsd's shutdown would wait for it), the scenario's threads
 * end, the kernels stop, and the exported directories go last, even when a kernel failed to stop.
 * The prose's scenarios ({@code @prose}: one fact or symbol each) set up no machine, so nothing here
 * runs for them, and picocontainer makes none of these parts.
 */
public class Hooks {

    private final IoInFlight inFlight;
    private final ScenarioThreads threads;
    private final LocalioWorld world;
    private final ExportDirectories directories;

    public Hooks(IoInFlight inFlight, ScenarioThreads threads, LocalioWorld world, ExportDirectories directories) {
        this.inFlight = inFlight;
        this.threads = threads;
        this.world = world;
        this.directories = directories;
    }

    @After("not @prose")
    public void tearDown() {
        try {
            inFlight.close();
        } finally {
            try {
                threads.close();
                world.close();
            } finally {
                directories.close();
            }
        }
    }
}

package dev.localio.steps;

import io.cucumber.java.Scenario;

import dev.localio.check.ModelCheckResult;

/**
 * What one scenario of the interlock's interleavings has set up and found: the world the checker is
 * to build (a client confirmed by a container's nfsd on a host, an RCU-protected pointer, a
 * percpu_ref), the check's result, and the scenario, to attach the check's report to.
 * Picocontainer makes one per scenario and hands it to every step class that asks.
 */
public final class InterleavingRun {

    /** The worlds a model-checked scenario can start from. */
    enum World { CONFIRMED_CLIENT, RCU_POINTER, PERCPU_REF }

    private Scenario scenario;
    private World world;
    private String host;
    private String container;
    private ModelCheckResult result;

    void scenario(Scenario s) {
        scenario = s;
    }

    /** Shows {@code text} under the scenario on the site, titled {@code name}. */
    void attach(String name, String text) {
        if (scenario != null) {
            scenario.attach(text, "text/plain", name);
        }
    }

    /** Attaches {@code data} of {@code mediaType} (a diagram the site draws), titled {@code name}. */
    void attach(String name, String data, String mediaType) {
        if (scenario != null) {
            scenario.attach(data, mediaType, name);
        }
    }

    void world(World w, String hostName, String containerName) {
        world = w;
        host = hostName;
        container = containerName;
    }

    /** The world a Given set up; fails if it is not {@code expected}. */
    void require(World expected) {
        if (world != expected) {
            throw new IllegalStateException("this check starts from " + describe(expected) + "; set it up with a Given step"
                    + (world == null ? "" : " (the scenario set up " + describe(world) + ")"));
        }
    }

    private static String describe(World w) {
        return switch (w) {
            case CONFIRMED_CLIENT -> "a client that a container's nfsd confirmed as local";
            case RCU_POINTER -> "an RCU-protected pointer to an object";
            case PERCPU_REF -> "a live percpu_ref guarding an object";
        };
    }

    String host() {
        return host;
    }

    String container() {
        return container;
    }

    void result(ModelCheckResult r) {
        result = r;
    }

    ModelCheckResult result() {
        if (result == null) {
            throw new IllegalStateException("nothing was model-checked in this scenario; run the checker with a When step first");
        }
        return result;
    }
}

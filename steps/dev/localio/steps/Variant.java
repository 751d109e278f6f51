package dev.localio.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;

/**
 * Names the variant a Cucumber run is against, as a plugin with an argument
 * ({@code dev.localio.steps.Variant:newest}), so that the suite that runs the variant says so itself.
 *
 * <p>Why a plugin and not {@code -Dlivingdocs.variant=newest} on the command line: Surefire runs
 * {@link DocScenarios} and {@link NewestScenarios} in one execution, each in a JVM of its own at the
 * same time (two cores, two runs, one wall-clock wait), and an execution gives all its JVMs the same
 * system properties. Cucumber makes its plugins before the first scenario starts, so the property is
 * set, for this JVM only, before any step calls {@link LocalioWorld#runDesign()}. The property given
 * on the command line still works where no suite names a variant (the one-scenario profile, the
 * preview).
 */
public final class Variant implements ConcurrentEventListener {

    /** Sets {@link LocalioWorld#VARIANT_PROPERTY} to {@code variant} for this JVM. */
    public Variant(String variant) {
        if (variant == null || variant.isBlank()) {
            throw new IllegalArgumentException("dev.localio.steps.Variant needs the variant's name: Variant:newest");
        }
        System.setProperty(LocalioWorld.VARIANT_PROPERTY, variant);
        // Fails at once, before any scenario, for a name the glue does not know.
        LocalioWorld.runDesign();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        // nothing to listen to: the work is done when Cucumber makes the plugin
    }
}

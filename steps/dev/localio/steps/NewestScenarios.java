package dev.localio.steps;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The doc-tests again, against the newest design ([D]): every scenario of features/, its results in
 * their own message stream, which the weave reads as the variant {@code newest}. Surefire runs this suite
 * in the execution {@code doc-tests} of pom.xml beside {@link DocScenarios}, each in a JVM of its own; the
 * plugin {@link Variant}{@code :newest} sets {@code livingdocs.variant=newest} in this one, so that
 * {@link LocalioWorld#runDesign()} boots design [D]. A failure here does not fail the build: the weave
 * turns it into drift (or, for a scenario tagged {@code @newest}, a failed claim about [D]).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.localio.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "message:target/livingdocs/variants/newest/cucumber.ndjson, dev.livingdocs.run.DocLines,"
                + " dev.localio.steps.Variant:newest")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
public class NewestScenarios {
}

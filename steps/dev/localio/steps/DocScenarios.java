package dev.localio.steps;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The doc-tests: every scenario tangled out of docs/ into features/, run by Cucumber against the
 * model with the glue of this package. Surefire runs this suite in its own execution
 * ({@code doc-tests} in pom.xml), after the unit tests and before the weave.
 *
 * <p>Results go to Cucumber's message stream, which the weave reads; {@code DocLines} makes each
 * failure name its line in docs/; {@code ScenarioCoverage} records, when JaCoCo's agent is there,
 * which methods of the model each scenario executed. Scenarios tagged {@code @newest} are about the
 * newest design only: {@link NewestScenarios} runs them.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.localio.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "message:target/livingdocs/cucumber.ndjson, dev.livingdocs.run.DocLines,"
                + " dev.livingdocs.run.ScenarioCoverage:target/livingdocs/coverage.exec")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
// Scenarios about the newest design only run in NewestScenarios.
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "not @newest")
public class DocScenarios {
}

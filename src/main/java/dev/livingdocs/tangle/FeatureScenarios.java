package dev.livingdocs.tangle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;

/** The scenarios of a tangled feature, as Cucumber's Gherkin parser reads them. */
public final class FeatureScenarios {

    private FeatureScenarios() {
    }

    /** Every scenario and outline of a valid feature, in order, inside Rules or not. */
    public static List<Scenario> of(Feature feature) {
        GherkinDocument document = GherkinParser.builder().includeSource(false).includePickles(false).build()
                .parse(feature.file(), feature.text().getBytes(StandardCharsets.UTF_8))
                .map(Envelope::getGherkinDocument)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("tangled feature " + feature.file() + " does not parse"));
        List<Scenario> scenarios = new ArrayList<>();
        document.getFeature().ifPresent(f -> {
            for (FeatureChild child : f.getChildren()) {
                child.getScenario().ifPresent(scenarios::add);
                child.getRule().ifPresent(rule -> {
                    for (RuleChild ruleChild : rule.getChildren()) {
                        ruleChild.getScenario().ifPresent(scenarios::add);
                    }
                });
            }
        });
        return scenarios;
    }
}

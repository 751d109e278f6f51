package dev.livingdocs.tangle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;

import dev.livingdocs.DocError;
import dev.livingdocs.DocLocation;

/**
 * The claim-coverage gate: every claim is backed by a scenario that carries its tag, or says why it
 * cannot be (its {@code reason}); every claim tag names a claim. Checked when tangling, before
 * anything runs, so a page cannot promise what nothing checks.
 */
public final class ClaimCheck {

    private ClaimCheck() {
    }

    /** Which scenarios (by the page line of their keyword) back each claim id. */
    public static Map<String, List<DocLocation>> backing(List<Feature> features) {
        Map<String, List<DocLocation>> backing = new HashMap<>();
        for (Feature feature : features) {
            SourceMap map = feature.sourceMap();
            for (Scenario scenario : FeatureScenarios.of(feature)) {
                DocLocation at = map.origin(scenario.getLocation().getLine().intValue()).orElseThrow();
                for (Tag tag : tags(scenario)) {
                    if (tag.getName().startsWith("@" + Claim.PREFIX)) {
                        List<DocLocation> scenarios = backing.computeIfAbsent(tag.getName().substring(1), id -> new ArrayList<>());
                        if (!scenarios.contains(at)) {
                            scenarios.add(at);
                        }
                    }
                }
            }
        }
        return backing;
    }

    public static List<DocError> check(List<Page> pages, List<Feature> features) {
        List<DocError> errors = new ArrayList<>();
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (Page page : pages) {
            for (Claim claim : page.claims()) {
                Claim earlier = claims.putIfAbsent(claim.id(), claim);
                if (earlier != null) {
                    errors.add(new DocError(claim.at(), "claim id '" + claim.id() + "' is already used at " + earlier.at()));
                }
            }
        }
        for (Feature feature : features) {
            SourceMap map = feature.sourceMap();
            for (Scenario scenario : FeatureScenarios.of(feature)) {
                for (Tag tag : tags(scenario)) {
                    String name = tag.getName();
                    if (name.startsWith("@" + Claim.PREFIX) && !claims.containsKey(name.substring(1))) {
                        DocLocation at = map.origin(tag.getLocation().getLine().intValue()).orElseThrow();
                        errors.add(new DocError(at, "tag " + name + " names no claim; mark the sentence it backs with [." + Claim.ROLE
                                + "#" + name.substring(1) + "]"));
                    }
                }
            }
        }
        Map<String, List<DocLocation>> backing = backing(features);
        for (Claim claim : claims.values()) {
            List<DocLocation> scenarios = backing.getOrDefault(claim.id(), List.of());
            if (claim.executable() && scenarios.isEmpty()) {
                errors.add(new DocError(claim.at(), "claim " + claim.id() + " has no scenario: tag one with " + claim.tag()
                        + ", or say why none can show it with reason=\"...\""));
            }
            if (!claim.executable() && !scenarios.isEmpty()) {
                errors.add(new DocError(claim.at(), "claim " + claim.id() + " gives a reason not to run, yet "
                        + scenarios.size() + " scenario(s) back it (" + scenarios.get(0) + "): drop the reason"));
            }
        }
        return errors;
    }

    /** A scenario's own tags and those of its Examples tables. */
    static List<Tag> tags(Scenario scenario) {
        List<Tag> tags = new ArrayList<>(scenario.getTags());
        for (Examples examples : scenario.getExamples()) {
            tags.addAll(examples.getTags());
        }
        return tags;
    }
}

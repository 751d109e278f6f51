package dev.livingdocs.tangle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.livingdocs.DocLocation;

/**
 * Lays the checks of a page's prose out as a feature of their own, {@code <page>.prose.feature}, beside
 * the feature of its scenarios (which stays exactly what the Gherkin blocks say).
 *
 * <p>One scenario per check, with one step: a wrong fact or an unknown symbol fails on its own,
 * whatever else fails on the page, and names its own line through the source comment above its
 * step. Sections holding checks become Rules, as in the scenarios' feature; checks in the preamble
 * come first, since Gherkin puts a scenario after a Rule inside it.
 */
final class ProseAssembler {

    static final String COMMENT = "# One scenario per fact or symbol the page's prose states; its \"# source:\" comment names the line.";

    private ProseAssembler() {
    }

    static Feature assemble(Page page) {
        FeatureText out = new FeatureText();
        out.add(String.format(FeatureAssembler.HEADER, page.titleAt().path()));
        out.add(COMMENT);
        out.add("");
        out.add(ProseCheck.TAG);
        out.anchor("", page.titleAt());
        out.add("Feature: The prose of " + page.titleAt().path());

        // Grouped by section, in order of first appearance, the preamble's first.
        Map<DocLocation, List<ProseCheck>> bySection = new LinkedHashMap<>();
        bySection.put(null, new ArrayList<>());
        for (ProseCheck check : page.checks()) {
            if (check.runs()) {
                bySection.computeIfAbsent(check.section(), s -> new ArrayList<>()).add(check);
            }
        }
        List<Feature.CheckAt> lines = new ArrayList<>();
        for (Map.Entry<DocLocation, List<ProseCheck>> section : bySection.entrySet()) {
            String indent = "  ";
            if (section.getKey() != null) {
                out.add("");
                out.anchor("  ", section.getKey());
                out.add("  Rule: " + section.getValue().get(0).ruleName());
                indent = "    ";
            }
            for (ProseCheck check : section.getValue()) {
                out.add("");
                out.anchor(indent, check.at());
                int line = out.add(indent + "Scenario: " + check.scenarioName());
                out.anchor(indent + "  ", check.at());
                out.add(indent + "  " + check.step());
                lines.add(new Feature.CheckAt(check, line));
            }
        }
        return new Feature(page, page.name() + Feature.PROSE_SUFFIX, out.text(), List.of(), lines);
    }
}

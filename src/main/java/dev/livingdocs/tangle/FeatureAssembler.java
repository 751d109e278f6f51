package dev.livingdocs.tangle;

import java.util.ArrayList;
import java.util.List;

import io.cucumber.gherkin.GherkinDialect;
import io.cucumber.gherkin.GherkinDialectProvider;

import dev.livingdocs.DocError;
import dev.livingdocs.DocLocation;

/**
 * Lays a page's executable Gherkin blocks out as one feature file: the page title is the Feature,
 * each section holding blocks a Rule, and every stretch of lines carries its source comment.
 *
 * <p>Block lines are copied verbatim, only indented to sit under their Rule; Gherkin ignores
 * indentation, and doc strings keep their content because they are shifted as a whole.
 */
public final class FeatureAssembler {

    static final String HEADER = "# Tangled by livingdocs from %s: edit the page, not this file.";
    private static final GherkinDialect ENGLISH = new GherkinDialectProvider().getDefaultDialect();

    private FeatureAssembler() {
    }

    /** The feature of a page; {@code errors} collects blocks that try to be a Feature or a Rule. */
    public static Feature assemble(Page page, List<DocError> errors) {
        FeatureText out = new FeatureText();
        out.add(String.format(HEADER, page.titleAt().path()));
        out.add("# A \"" + SourceMap.MARKER.strip() + "\" comment names the line of the page that the next lines come from.");
        out.add("");
        out.anchor("", page.titleAt());
        out.add("Feature: " + page.title());

        List<Feature.Span> spans = new ArrayList<>();
        DocLocation rule = null;
        for (GherkinBlock block : page.blocks()) {
            if (!block.executable()) {
                continue;
            }
            checkKeywords(block, errors);
            // A new Rule for each section, told apart by where it is: two sections may share a title.
            if (block.section() != null && !block.section().equals(rule)) {
                rule = block.section();
                out.add("");
                out.anchor("  ", block.section());
                out.add("  Rule: " + block.ruleName());
            }
            String indent = block.sections().isEmpty() ? "  " : "    ";
            out.add("");
            int first = -1;
            DocLocation previous = null;
            boolean inDocString = false;
            for (SourceLine line : block.lines()) {
                boolean continuous = previous != null && line.origin().equals(previous.plus(1));
                if (!continuous && !inDocString) {
                    out.anchor(indent, line.origin());
                }
                int at = out.add(line.text().isEmpty() ? "" : indent + line.text());
                first = first < 0 ? at : first;
                previous = line.origin();
                if (isDocStringSeparator(line.text())) {
                    inDocString = !inDocString;
                }
            }
            spans.add(new Feature.Span(block, first, out.lineCount()));
        }
        return new Feature(page, page.name() + ".feature", out.text(), spans);
    }

    private static void checkKeywords(GherkinBlock block, List<DocError> errors) {
        checkStart(block, errors);
        boolean inDocString = false;
        for (SourceLine line : block.lines()) {
            String text = line.text().strip();
            if (isDocStringSeparator(text)) {
                inDocString = !inDocString;
                continue;
            }
            if (inDocString) {
                continue;
            }
            if (startsWithKeyword(text, ENGLISH.getFeatureKeywords()) || startsWithKeyword(text, ENGLISH.getRuleKeywords())) {
                errors.add(new DocError(line.origin(), "a gherkin block holds Background, Scenario, Scenario Outline,"
                        + " Examples and tags, never '" + text.substring(0, text.indexOf(':') + 1)
                        + "': the page is the Feature and its section the Rule"));
            }
            if (SourceMap.isMarker(text)) {
                errors.add(new DocError(line.origin(), "'" + SourceMap.MARKER.strip()
                        + "' comments are written by tangle; reword this comment"));
            }
        }
    }

    /**
     * A block must open a Background or a scenario (tags and comments may come first). Anything else
     * would silently join what came before: free text would become the description of the Feature
     * or Rule, and steps would continue the previous block's scenario, out of the reader's sight.
     */
    private static void checkStart(GherkinBlock block, List<DocError> errors) {
        for (SourceLine line : block.lines()) {
            String text = line.text().strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("@")) {
                continue;
            }
            if (!startsWithKeyword(text, ENGLISH.getBackgroundKeywords())
                    && !startsWithKeyword(text, ENGLISH.getScenarioKeywords())
                    && !startsWithKeyword(text, ENGLISH.getScenarioOutlineKeywords())) {
                errors.add(new DocError(line.origin(), "a gherkin block starts with Background, Scenario or Scenario"
                        + " Outline (after tags and comments), not '" + text + "': it would join the text before it"));
            }
            return;
        }
    }

    private static boolean startsWithKeyword(String text, List<String> keywords) {
        return keywords.stream().anyMatch(k -> text.startsWith(k + ":"));
    }

    private static boolean isDocStringSeparator(String text) {
        String t = text.strip();
        return t.startsWith("\"\"\"") || t.startsWith("```");
    }
}

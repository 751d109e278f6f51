package dev.livingdocs.tangle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.ParseError;

import dev.livingdocs.DocError;
import dev.livingdocs.DocLocation;

/**
 * Checks a tangled feature with Cucumber's own Gherkin parser (the one Cucumber runs), so a block
 * that Cucumber would reject fails the build at the page's line, before anything runs.
 */
public final class GherkinValidator {

    private static final Pattern POSITION = Pattern.compile("^\\(\\d+:\\d+\\): ");

    private GherkinValidator() {
    }

    /** The parse errors of the feature, at the page lines the faulty lines came from. */
    public static List<DocError> validate(Feature feature) {
        GherkinParser parser = GherkinParser.builder()
                .includeSource(false)
                .includeGherkinDocument(true)
                .includePickles(true)
                .build();
        SourceMap map = feature.sourceMap();
        List<DocError> errors = new ArrayList<>();
        parser.parse(feature.file(), feature.text().getBytes(StandardCharsets.UTF_8))
                .map(Envelope::getParseError)
                .flatMap(java.util.Optional::stream)
                .forEach(error -> errors.add(toDocError(error, map, feature)));
        return errors;
    }

    private static DocError toDocError(ParseError error, SourceMap map, Feature feature) {
        int line = error.getSource().getLocation().map(l -> l.getLine().intValue()).orElse(1);
        DocLocation where = map.origin(line).orElse(feature.page().titleAt());
        String message = POSITION.matcher(error.getMessage()).replaceFirst("");
        return new DocError(where, "invalid Gherkin: " + message);
    }
}

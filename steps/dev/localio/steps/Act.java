package dev.localio.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeStep;
import io.cucumber.java.Scenario;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepType;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.TableRow;

import dev.localio.linux.Host;

/**
 * Where the scenario's act starts: the first step of its latest When (a run of action steps, "And" and
 * "But" included), or, in a scenario without When, its first Then. A trace table matches only what
 * happened from there on ({@link TraceRows}'s first rule), so the Background's and the Given steps'
 * events cannot answer its rows.
 *
 * <p>Cucumber does not tell a step definition under which keyword it runs (the same "a client mounts"
 * is a Given in a Background and a When elsewhere), so the act reads the scenario's pickle from its
 * feature file, whose steps Gherkin types as context, action or outcome, and counts the steps as they
 * start. When a step opens the act, each host's trace position is marked.
 */
public final class Act {

    private final LocalioWorld world;
    private List<PickleStepType> types = List.of();
    private int step = -1;
    private final Map<Host, Long> marks = new HashMap<>();

    public Act(LocalioWorld world) {
        this.world = world;
    }

    @Before(value = "not @prose", order = 0)
    public void readSteps(Scenario scenario) {
        types = stepTypes(scenario.getUri(), scenario.getLine());
    }

    @BeforeStep("not @prose")
    public void stepStarts() {
        step++;
        if (step >= types.size()) {
            throw new IllegalStateException("step " + (step + 1) + " runs, but the scenario's pickle has " + types.size());
        }
        boolean action = types.get(step) == PickleStepType.ACTION;
        boolean opensWhen = action && (step == 0 || types.get(step - 1) != PickleStepType.ACTION);
        boolean firstThenOfNoWhen = types.get(step) == PickleStepType.OUTCOME && !types.contains(PickleStepType.ACTION)
                && types.indexOf(PickleStepType.OUTCOME) == step;
        if (opensWhen || firstThenOfNoWhen) {
            marks.clear();
            for (Host host : world.hosts()) {
                marks.put(host, host.subsystems().kernel().trace().nextSeq());
            }
        }
    }

    /**
     * The sequence number of the first event of the act on {@code host}; a host made during the act has
     * all its events in it, as has every host when the act has not started.
     */
    public long start(Host host) {
        return marks.getOrDefault(host, Long.MIN_VALUE);
    }

    /** The Gherkin types of the steps of the pickle at {@code line} of the feature at {@code uri}, Background first. */
    static List<PickleStepType> stepTypes(URI uri, int line) {
        String text;
        try {
            text = Files.readString(Path.of(uri));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the feature " + uri + " to find the scenario's act", e);
        }
        List<Envelope> envelopes = GherkinParser.builder().includeSource(false).build()
                .parse(uri.toString(), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList();
        Map<String, Integer> lines = new HashMap<>();
        envelopes.stream().map(Envelope::getGherkinDocument).flatMap(Optional::stream).findFirst()
                .flatMap(GherkinDocument::getFeature).ifPresent(feature -> {
                    for (FeatureChild child : feature.getChildren()) {
                        child.getScenario().ifPresent(s -> lines(s, lines));
                        child.getRule().ifPresent(rule -> rule.getChildren().stream().map(RuleChild::getScenario)
                                .flatMap(Optional::stream).forEach(s -> lines(s, lines)));
                    }
                });
        for (Pickle pickle : envelopes.stream().map(Envelope::getPickle).flatMap(Optional::stream).toList()) {
            List<String> ids = pickle.getAstNodeIds();
            Integer at = lines.get(ids.get(ids.size() - 1));
            if (at != null && at == line) {
                List<PickleStepType> out = new ArrayList<>();
                for (PickleStep s : pickle.getSteps()) {
                    out.add(s.getType().orElse(PickleStepType.UNKNOWN));
                }
                return out;
            }
        }
        throw new IllegalStateException(uri + ":" + line + " is no scenario or example row of that feature");
    }

    private static void lines(io.cucumber.messages.types.Scenario s, Map<String, Integer> lines) {
        lines.put(s.getId(), s.getLocation().getLine().intValue());
        for (Examples examples : s.getExamples()) {
            for (TableRow row : examples.getTableBody()) {
                lines.put(row.getId(), row.getLocation().getLine().intValue());
            }
        }
    }
}

package dev.livingdocs.weave;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cucumber.messages.NdjsonToMessageIterable;
import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.AttachmentContentEncoding;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Location;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestStep;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.messages.types.TestStepResult;
import io.cucumber.messages.types.TestStepResultStatus;
import io.cucumber.query.Query;
import io.cucumber.query.Repository;

import dev.livingdocs.Pages;

/**
 * The results of a Cucumber run, read from its message stream (the stock {@code message} plugin's
 * ndjson), keyed by feature file and line: the line of a scenario, or of an outline's example row.
 */
public final class Results {

    /** A scenario or example row that ran, and what its steps attached (traces, diagrams). */
    public record Run(String feature, int line, String name, Outcome outcome, List<StepRun> problems,
                      List<Attached> attachments) {
    }

    /**
     * Something a step attached to the scenario with {@code scenario.attach(...)}: text is shown
     * as text, SVG and PNG images inline.
     *
     * @param body the content; base64 when {@code base64} is true
     */
    public record Attached(String name, String mediaType, String body, boolean base64) {
    }

    /**
     * A step (or hook) that did not pass.
     *
     * @param line     the step's feature line; for a hook, the scenario's line
     * @param text     keyword and text, e.g. "Then the reply is empty"
     * @param message  the error, as Cucumber reported it; may be empty
     */
    public record StepRun(int line, String text, Outcome outcome, String message) {
    }

    private final Map<String, String> sources;
    private final Map<String, Run> runs;
    private final boolean finished;
    private final String runError;

    private Results(Map<String, String> sources, Map<String, Run> runs, boolean finished, String runError) {
        this.sources = sources;
        this.runs = runs;
        this.finished = finished;
        this.runError = runError;
    }

    /** No run at all: every scenario is "not run". */
    public static Results none() {
        return new Results(Map.of(), Map.of(), false, null);
    }

    /**
     * Results held in memory (the live preview's): the feature texts they ran against, by feature
     * file name, and the runs; a run that finished.
     */
    public static Results of(Map<String, String> sources, List<Run> runs) {
        Map<String, Run> byLine = new LinkedHashMap<>();
        runs.forEach(r -> byLine.put(key(r.feature(), r.line()), r));
        return new Results(Map.copyOf(sources), byLine, true, null);
    }

    /** Reads a message stream; feature URIs are resolved against {@code featuresDir}. */
    public static Results read(Path ndjson, Path featuresDir) {
        Repository repository = Repository.builder()
                .feature(Repository.RepositoryFeature.INCLUDE_GHERKIN_DOCUMENTS, true)
                .feature(Repository.RepositoryFeature.INCLUDE_ATTACHMENTS, true)
                .build();
        Map<String, String> sources = new HashMap<>();
        try (InputStream in = Files.newInputStream(ndjson);
             NdjsonToMessageIterable envelopes = new NdjsonToMessageIterable(in, new Deserializer())) {
            for (Envelope envelope : envelopes) {
                envelope.getSource().ifPresent(s -> sources.put(featureName(s.getUri(), featuresDir), s.getData()));
                repository.update(envelope);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Cucumber results from " + ndjson, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable Cucumber results in " + ndjson + ": " + e.getMessage(), e);
        }
        Query query = new Query(repository);
        Map<String, Run> runs = new LinkedHashMap<>();
        for (TestCaseStarted started : query.findAllTestCaseStarted()) {
            Optional<Pickle> pickle = query.findPickleBy(started);
            Optional<Location> location = pickle.flatMap(query::findLocationOf);
            if (pickle.isEmpty() || location.isEmpty()) {
                continue;
            }
            String feature = featureName(pickle.get().getUri(), featuresDir);
            int line = location.get().getLine().intValue();
            Outcome outcome = query.findMostSevereTestStepResultBy(started)
                    .map(r -> Outcome.of(r.getStatus()))
                    .orElse(Outcome.NOT_RUN);
            if (query.findTestCaseFinishedBy(started).isEmpty()) {
                outcome = Outcome.NOT_RUN;
            }
            List<StepRun> problems = new ArrayList<>();
            List<Attached> attachments = new ArrayList<>();
            for (Map.Entry<TestStepFinished, TestStep> entry : query.findTestStepFinishedAndTestStepBy(started)) {
                for (Attachment a : query.findAttachmentsBy(entry.getKey())) {
                    attachments.add(new Attached(a.getFileName().orElse(a.getMediaType()), a.getMediaType(), a.getBody(),
                            a.getContentEncoding() == AttachmentContentEncoding.BASE64));
                }
                TestStepResult result = entry.getKey().getTestStepResult();
                if (result.getStatus() == TestStepResultStatus.PASSED) {
                    continue;
                }
                Optional<PickleStep> pickleStep = query.findPickleStepBy(entry.getValue());
                Optional<Step> step = pickleStep.flatMap(query::findStepBy);
                int stepLine = step.map(s -> s.getLocation().getLine().intValue()).orElse(line);
                String text = step.map(s -> s.getKeyword() + pickleStep.get().getText()).orElse("(hook)");
                problems.add(new StepRun(stepLine, text, Outcome.of(result.getStatus()), message(result)));
            }
            // The last attempt of a retried scenario is the one that counts.
            runs.put(key(feature, line), new Run(feature, line, pickle.get().getName(), outcome, List.copyOf(problems),
                    List.copyOf(attachments)));
        }
        String runError = query.findTestRunFinished()
                .flatMap(f -> f.getException().map(e -> e.getType() + ": " + e.getMessage().orElse(""))
                        .or(f::getMessage))
                .orElse(null);
        return new Results(sources, runs, query.findTestRunFinished().isPresent(), runError);
    }

    /** The feature text Cucumber ran, by feature file name; absent if it did not run that file. */
    public Optional<String> source(String feature) {
        return Optional.ofNullable(sources.get(feature));
    }

    /** Every run, in the order they started. */
    public List<Run> runs() {
        return List.copyOf(runs.values());
    }

    public Optional<Run> run(String feature, int line) {
        return Optional.ofNullable(runs.get(key(feature, line)));
    }

    /** Whether the run got to its end (a crashed or killed run has no TestRunFinished message). */
    public boolean finished() {
        return finished;
    }

    /** What stopped the run as a whole (glue that does not compile, a hook that threw), if anything. */
    public Optional<String> runError() {
        return Optional.ofNullable(runError);
    }

    private static String message(TestStepResult result) {
        return result.getException()
                .map(e -> e.getType() + (e.getMessage().map(m -> ": " + m).orElse("")))
                .or(result::getMessage)
                .orElse("");
    }

    private static String key(String feature, int line) {
        return feature + ":" + line;
    }

    /** The feature's path relative to the features directory, e.g. "localio.feature". */
    static String featureName(String uri, Path featuresDir) {
        return Pages.featureName(uri, featuresDir);
    }
}

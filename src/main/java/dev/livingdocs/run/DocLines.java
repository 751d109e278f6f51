package dev.livingdocs.run;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestStepFinished;

import dev.livingdocs.DocLocation;
import dev.livingdocs.Messages;
import dev.livingdocs.tangle.SourceMap;

/**
 * A Cucumber plugin that names the page line of every step that does not pass.
 *
 * <p>Cucumber reports a failing step at its feature-file line, and appends a stack frame for it
 * ({@code at ✽.the step text(file:…/features/page.feature:12)}). This plugin reads the feature's
 * source comments and, for each failed, undefined, pending or ambiguous step:
 * <ul>
 *   <li>prints {@code docs/page.adoc:42: failed step 'Then …': <message>} to the console as it
 *       happens, and</li>
 *   <li>rewrites the step's frame in the exception to {@code (docs/page.adoc:42)}, so the Surefire
 *       report, an IDE's test view and any stack trace name the page line too.</li>
 * </ul>
 * Register it with {@code cucumber.plugin=dev.livingdocs.run.DocLines}.
 */
public final class DocLines implements ConcurrentEventListener {

    private final Map<URI, SourceMap> maps = new ConcurrentHashMap<>();
    private final PrintStream out;

    public DocLines() {
        this(System.err);
    }

    /**
     * Writes to {@code out} instead of the console; Cucumber calls this for
     * {@code dev.livingdocs.run.DocLines:path/to/file}.
     */
    public DocLines(java.io.OutputStream out) {
        this(new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    }

    DocLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
    }

    private void stepFinished(TestStepFinished event) {
        Result result = event.getResult();
        if (result.getStatus() == Status.PASSED || result.getStatus() == Status.SKIPPED) {
            return;
        }
        if (!(event.getTestStep() instanceof PickleStepTestStep step)) {
            return;
        }
        int line = step.getStep().getLine();
        Optional<DocLocation> origin = sourceMap(step.getUri()).origin(line);
        String where = origin.map(DocLocation::toString).orElse(step.getUri() + ":" + line);
        Throwable error = result.getError();
        String reason = error == null || error.getMessage() == null ? "" : ": " + Messages.brief(error.getMessage());
        out.println(where + ": " + result.getStatus().name().toLowerCase() + " step '"
                + step.getStep().getKeyword() + step.getStep().getText() + "'" + reason);
        if (error != null && origin.isPresent()) {
            rewriteFrames(error, step.getUri(), line, origin.get());
        }
    }

    /** Points Cucumber's synthetic step frame at the page line instead of the feature line. */
    static void rewriteFrames(Throwable error, URI feature, int line, DocLocation origin) {
        StackTraceElement[] frames = error.getStackTrace();
        boolean changed = false;
        for (int i = 0; i < frames.length; i++) {
            StackTraceElement frame = frames[i];
            if (frame.getLineNumber() == line && isFeature(frame.getFileName(), feature)) {
                frames[i] = new StackTraceElement(frame.getClassName(), frame.getMethodName(),
                        origin.path(), origin.line());
                changed = true;
            }
        }
        if (changed) {
            error.setStackTrace(frames);
        }
    }

    private static boolean isFeature(String fileName, URI feature) {
        if (fileName == null) {
            return false;
        }
        String path = feature.getPath() != null ? feature.getPath() : feature.toString();
        return fileName.equals(feature.toString()) || fileName.endsWith(path) || path.endsWith(fileName);
    }

    private SourceMap sourceMap(URI uri) {
        return maps.computeIfAbsent(uri, u -> {
            if (!"file".equals(u.getScheme())) {
                return SourceMap.parse("");
            }
            try {
                return SourceMap.parse(Files.readString(Path.of(u), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return SourceMap.parse("");
            }
        });
    }
}

package dev.livingdocs.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunStarted;

import dev.livingdocs.tangle.ProseCheck;

/**
 * A Cucumber plugin that records, per scenario run, which code it executed: when the JVM runs with
 * JaCoCo's agent, it clears the agent's probes as a scenario starts and, as it finishes, appends
 * what the agent saw to the file as a session named {@code <feature uri>:<line>} (the line of the
 * scenario, or of an outline's example row). JaCoCo's own exec format, so any JaCoCo tool reads it.
 *
 * <p>The scenarios of a prose feature (tagged {@value ProseCheck#TAG}: one fact or symbol each) are not
 * recorded: they check what the page's text says, not behaviour a claim rests on, and hundreds of them
 * would only lengthen the build.
 *
 * <p>Scenarios must run one at a time: the agent's probes are the JVM's, not a thread's. Two runs
 * that overlap are not recorded, and the file says so in the session id of the dump that follows.
 * Without the agent the plugin does nothing. Register it with
 * {@code cucumber.plugin=dev.livingdocs.run.ScenarioCoverage:path/to/coverage.exec}.
 */
public final class ScenarioCoverage implements ConcurrentEventListener {

    /** What an overlapping run's session is called: its coverage is not that scenario's alone. */
    public static final String OVERLAP = "overlapping runs";

    private final Path file;
    private final Object agent;
    private TestCase running;
    private boolean overlapped;

    public ScenarioCoverage(String file) {
        this.file = Path.of(file);
        this.agent = agent();
    }

    /** JaCoCo's agent in this JVM, through its runtime API ({@code org.jacoco.agent.rt.RT}), or null. */
    private static Object agent() {
        try {
            return Class.forName("org.jacoco.agent.rt.RT").getMethod("getAgent").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        if (agent == null) {
            return;
        }
        publisher.registerHandlerFor(TestRunStarted.class, e -> start());
        publisher.registerHandlerFor(TestCaseStarted.class, this::started);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void start() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write coverage to " + file, e);
        }
    }

    private synchronized void started(TestCaseStarted event) {
        if (prose(event.getTestCase())) {
            return;
        }
        overlapped |= running != null;
        running = event.getTestCase();
        call("reset");
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase test = event.getTestCase();
        if (prose(test)) {
            return;
        }
        String session = overlapped ? OVERLAP : test.getUri() + ":" + test.getLocation().getLine();
        overlapped = false;
        running = null;
        call("setSessionId", session);
        byte[] data = (byte[]) call("getExecutionData", true);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write coverage to " + file, e);
        }
    }

    private static boolean prose(TestCase test) {
        return test.getTags().contains(ProseCheck.TAG);
    }

    private Object call(String name, Object... args) {
        try {
            for (Method m : Class.forName("org.jacoco.agent.rt.IAgent", true, agent.getClass().getClassLoader()).getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                    return m.invoke(agent, args);
                }
            }
            throw new IllegalStateException("JaCoCo's agent has no " + name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JaCoCo's agent failed in " + name + ": " + e.getMessage(), e);
        }
    }
}

package dev.livingdocs.preview;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import io.cucumber.core.eventbus.EventBus;
import io.cucumber.core.feature.FeatureParser;
import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.options.RuntimeOptionsBuilder;
import io.cucumber.core.resource.ClassLoaders;
import io.cucumber.core.runtime.BackendServiceLoader;
import io.cucumber.core.runtime.ObjectFactoryServiceLoader;
import io.cucumber.core.runtime.ObjectFactorySupplier;
import io.cucumber.core.runtime.SynchronizedEventBus;
import io.cucumber.core.runtime.ThreadLocalObjectFactorySupplier;
import io.cucumber.core.runtime.ThreadLocalRunnerSupplier;
import io.cucumber.core.runtime.TimeServiceEventBus;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.WriteEvent;

import dev.livingdocs.run.MemoryResource;
import dev.livingdocs.weave.Outcome;
import dev.livingdocs.weave.Results;

/**
 * Runs single pickles with a project's glue in this JVM, as Cucumber's runtime does (the bite gate's
 * way): one thread of its own, whose runner loads the glue once and builds a fresh world for every
 * pickle. Each run comes back in the form the weave reads from Cucumber's messages.
 */
final class PickleRunner implements AutoCloseable {

    private final ThreadLocalRunnerSupplier runners;
    private final FeatureParser parser = new FeatureParser(UUID::randomUUID);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "preview-runner");
        t.setDaemon(true);
        return t;
    });
    // Only the runner's thread touches these, one pickle at a time.
    private List<Results.StepRun> problems = new ArrayList<>();
    private List<Results.Attached> attachments = new ArrayList<>();
    private Status status;

    PickleRunner(List<String> gluePackages) {
        RuntimeOptionsBuilder builder = new RuntimeOptionsBuilder().setMonochrome().setPublishQuiet(true);
        for (String glue : gluePackages) {
            builder.addGlue(URI.create("classpath:/" + glue.strip().replace('.', '/')));
        }
        RuntimeOptions options = builder.build();
        Supplier<ClassLoader> classLoader = ClassLoaders::getDefaultClassLoader;
        EventBus bus = SynchronizedEventBus.synchronize(new TimeServiceEventBus(Clock.systemUTC(), UUID::randomUUID));
        bus.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        bus.registerHandlerFor(EmbedEvent.class, e -> attachments.add(new Results.Attached(e.getName() == null ? e.getMediaType() : e.getName(),
                e.getMediaType(), Base64.getEncoder().encodeToString(e.getData()), true)));
        bus.registerHandlerFor(WriteEvent.class, e -> attachments.add(new Results.Attached("text/plain", "text/plain", e.getText(), false)));
        bus.registerHandlerFor(TestCaseFinished.class, e -> status = e.getResult().getStatus());
        ObjectFactorySupplier objectFactories = new ThreadLocalObjectFactorySupplier(new ObjectFactoryServiceLoader(classLoader, options));
        this.runners = new ThreadLocalRunnerSupplier(options, bus, new BackendServiceLoader(classLoader, objectFactories), objectFactories);
    }

    /** The CPU time the runner's thread has used so far (threads the glue starts are not counted). */
    long cpuNanos() {
        return call(() -> java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    }

    /** Loads the glue now, so the first edit does not pay for it. */
    void warmUp() {
        call(() -> runners.get());
    }

    /** Parses a feature's text, held in memory, as if it were the file at {@code uri}. */
    Feature parse(URI uri, String text) {
        return parser.parseResource(new MemoryResource(uri, text)).orElseThrow(() -> new IllegalStateException(uri + " holds no feature"));
    }

    /** Runs one pickle of the feature file {@code feature} (its name in the features directory). */
    Results.Run run(Pickle pickle, String feature) {
        return call(() -> {
            problems = new ArrayList<>();
            attachments = new ArrayList<>();
            status = null;
            try {
                runners.get().runPickle(pickle);
            } catch (RuntimeException | Error e) {
                problems.add(new Results.StepRun(pickle.getLocation().getLine(), "(run)", Outcome.FAILED, e.toString()));
                status = Status.FAILED;
            }
            return new Results.Run(feature, pickle.getLocation().getLine(), pickle.getName(),
                    status == null ? Outcome.NOT_RUN : outcome(status), List.copyOf(problems), List.copyOf(attachments));
        });
    }

    private void stepFinished(TestStepFinished event) {
        Status s = event.getResult().getStatus();
        if (s == Status.PASSED) {
            return;
        }
        Throwable error = event.getResult().getError();
        String message = error == null ? "" : error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        if (event.getTestStep() instanceof PickleStepTestStep step) {
            problems.add(new Results.StepRun(step.getStepLine(), step.getStep().getKeyword() + step.getStepText(), outcome(s), message));
        } else {
            problems.add(new Results.StepRun(event.getTestCase().getLocation().getLine(), "(hook)", outcome(s), message));
        }
    }

    static Outcome outcome(Status status) {
        return switch (status) {
            case PASSED -> Outcome.PASSED;
            case SKIPPED -> Outcome.SKIPPED;
            case PENDING -> Outcome.PENDING;
            case UNDEFINED -> Outcome.UNDEFINED;
            case AMBIGUOUS -> Outcome.AMBIGUOUS;
            case FAILED -> Outcome.FAILED;
            case UNUSED -> Outcome.NOT_RUN;
        };
    }

    private <T> T call(java.util.concurrent.Callable<T> job) {
        try {
            return thread.submit(job).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the glue", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the glue failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

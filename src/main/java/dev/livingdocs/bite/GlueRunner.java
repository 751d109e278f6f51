package dev.livingdocs.bite;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
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
import io.cucumber.plugin.event.Argument;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.StepDefinedEvent;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;

import dev.livingdocs.run.MemoryResource;

/**
 * Runs pickles with a project's glue, the way Cucumber's own runtime does in parallel: a runner per
 * thread, each loading the glue once and building a fresh world for every pickle. Unlike the
 * runtime it takes pickles made in memory, reports each one's steps (the step definition each
 * matched, with the arguments it read, and how it ended), and gives up on a pickle that runs past
 * its time: its thread is left behind and a new one takes its place.
 */
final class GlueRunner {

    /** An argument a step definition read from a step's text: columns in the text, value, parameter type. */
    record Arg(int start, int end, String text, String type) {
    }

    /**
     * A step as it ran.
     *
     * @param line    its feature line (for an outline's step, the line of the step in the outline)
     * @param text    its text, an example row's values in place
     * @param pattern the expression of the step definition it matched, or null if none did
     * @param args    what that definition read from it
     * @param status  how it ended
     * @param error   why it did not pass, or null
     */
    record StepRun(int line, String text, String pattern, List<Arg> args, Status status, Throwable error) {
    }

    /** A pickle as it ran: its outcome, its steps in order, how long it took; null status means timed out. */
    record Run(Status status, List<StepRun> steps, Duration time, Throwable error) {

        boolean timedOut() {
            return status == null;
        }
    }

    private final ThreadLocalRunnerSupplier runners;
    private final Set<String> patterns = ConcurrentHashMap.newKeySet();
    private final FeatureParser parser = new FeatureParser(UUID::randomUUID);

    /** A runner of the glue in {@code gluePackages}; {@code dryRun} matches steps without running them. */
    GlueRunner(List<String> gluePackages, boolean dryRun) {
        RuntimeOptionsBuilder builder = new RuntimeOptionsBuilder().setMonochrome().setPublishQuiet(true).setDryRun(dryRun);
        for (String glue : gluePackages) {
            builder.addGlue(URI.create("classpath:/" + glue.replace('.', '/')));
        }
        RuntimeOptions options = builder.build();
        Supplier<ClassLoader> classLoader = ClassLoaders::getDefaultClassLoader;
        EventBus bus = SynchronizedEventBus.synchronize(new TimeServiceEventBus(Clock.systemUTC(), UUID::randomUUID));
        bus.registerHandlerFor(StepDefinedEvent.class, e -> patterns.add(e.getStepDefinition().getPattern()));
        bus.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        bus.registerHandlerFor(TestCaseFinished.class, e -> Worker.current().ifPresent(w -> w.finished(e.getResult())));
        ObjectFactorySupplier objectFactories = new ThreadLocalObjectFactorySupplier(new ObjectFactoryServiceLoader(classLoader, options));
        this.runners = new ThreadLocalRunnerSupplier(options, bus, new BackendServiceLoader(classLoader, objectFactories), objectFactories);
    }

    /** Every step expression the glue defines (known once a pickle has run). */
    Set<String> patterns() {
        return Set.copyOf(patterns);
    }

    /** Parses a feature's text, held in memory, as if it were the file at {@code uri}. */
    Feature parse(URI uri, String text) {
        return parser.parseResource(new MemoryResource(uri, text)).orElseThrow(() -> new IllegalStateException(uri + " holds no feature"));
    }

    /** The pickle of a parsed feature located at {@code line}: a scenario's keyword, or an example row. */
    static Pickle pickleAt(Feature feature, int line) {
        return feature.getPickles().stream().filter(p -> p.getLocation().getLine() == line).findFirst()
                .orElseThrow(() -> new IllegalStateException(feature.getUri() + ":" + line + " is no scenario or example row"));
    }

    /**
     * Runs {@code count} pickles on {@code threads} threads and returns each one's run. A free thread
     * makes the pickle itself, so only the pickles running are held. The first thread takes them from
     * the front of the list, the others from the back: given the slowest first, one thread works
     * through the slow ones while the rest clear the quick ones, so neither kind waits for the other
     * (slow scenarios may also wait for each other, as model checks that run one at a time do). A pickle still running after {@code timeoutMillis} of its
     * index is reported as timed out. {@code done} hears of each index as it finishes.
     */
    List<Run> run(int count, IntFunction<Pickle> pickles, int threads, IntToLongFunction timeoutMillis, IntConsumer done) {
        Run[] runs = new Run[count];
        ConcurrentLinkedDeque<Integer> queue = new ConcurrentLinkedDeque<>();
        for (int i = 0; i < count; i++) {
            queue.add(i);
        }
        AtomicInteger finished = new AtomicInteger();
        Object lock = new Object();
        IntConsumer complete = i -> {
            done.accept(i);
            if (finished.incrementAndGet() == count) {
                synchronized (lock) {
                    lock.notifyAll();
                }
            }
        };
        List<Worker> workers = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < Math.min(threads, count); t++) {
            workers.add(Worker.start(this, pickles, queue, runs, complete, t == 0));
        }
        synchronized (lock) {
            while (finished.get() < count) {
                try {
                    lock.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while running the glue", e);
                }
                for (Worker w : List.copyOf(workers)) {
                    int job = w.job();
                    if (job >= 0 && w.elapsedMillis() > timeoutMillis.applyAsLong(job) && w.abandon(job)) {
                        synchronized (runs) {
                            runs[job] = new Run(null, w.steps(), Duration.ofMillis(w.elapsedMillis()), null);
                        }
                        w.interrupt();
                        workers.remove(w);
                        complete.accept(job);
                        workers.add(Worker.start(this, pickles, queue, runs, complete, w.front));
                    }
                }
            }
        }
        return List.of(runs);
    }

    private void stepFinished(TestStepFinished event) {
        Worker.current().ifPresent(w -> {
            if (event.getTestStep() instanceof PickleStepTestStep step) {
                List<Arg> args = new ArrayList<>();
                List<Argument> definition = step.getDefinitionArgument();
                if (definition != null) {
                    for (Argument a : definition) {
                        if (a.getValue() != null) {
                            args.add(new Arg(a.getStart(), a.getEnd(), a.getValue(), a.getParameterTypeName()));
                        }
                    }
                }
                w.step(new StepRun(step.getStepLine(), step.getStepText(), step.getPattern(), args,
                        event.getResult().getStatus(), event.getResult().getError()));
            } else if (!event.getResult().getStatus().isOk()) {
                w.hookFailed(event.getResult().getError());
            }
        });
    }

    /** A thread that runs pickles from the queue until it is empty, or it is given up on. */
    private static final class Worker extends Thread {

        private static final AtomicInteger NAMES = new AtomicInteger();

        private final GlueRunner owner;
        private final IntFunction<Pickle> pickles;
        private final ConcurrentLinkedDeque<Integer> queue;
        private final Run[] runs;
        private final IntConsumer complete;
        private final boolean front;
        private volatile int job = -1;
        private volatile long startedAt;
        private volatile boolean abandoned;
        private List<StepRun> steps = new ArrayList<>();
        private Throwable hookError;
        private Result result;

        private Worker(GlueRunner owner, IntFunction<Pickle> pickles, ConcurrentLinkedDeque<Integer> queue, Run[] runs, IntConsumer complete,
                       boolean front) {
            // A name of its own: the glue may tell threads apart by name (a world's client runs in this one).
            super("bite-" + NAMES.incrementAndGet());
            this.owner = owner;
            this.pickles = pickles;
            this.queue = queue;
            this.runs = runs;
            this.complete = complete;
            this.front = front;
            setDaemon(true);
        }

        static Worker start(GlueRunner owner, IntFunction<Pickle> pickles, ConcurrentLinkedDeque<Integer> queue, Run[] runs, IntConsumer complete,
                            boolean front) {
            Worker w = new Worker(owner, pickles, queue, runs, complete, front);
            w.start();
            return w;
        }

        static java.util.Optional<Worker> current() {
            return Thread.currentThread() instanceof Worker w && w.job >= 0 ? java.util.Optional.of(w) : java.util.Optional.empty();
        }

        @Override
        public void run() {
            Integer next;
            while (!abandoned && (next = front ? queue.pollFirst() : queue.pollLast()) != null) {
                synchronized (this) {
                    steps = new ArrayList<>();
                    hookError = null;
                    result = null;
                    startedAt = System.nanoTime();
                    job = next;
                }
                Throwable thrown = null;
                Pickle pickle = null;
                try {
                    pickle = pickles.apply(next);
                } catch (RuntimeException e) {
                    // A text that no longer parses states nothing a step could check: undefined.
                    thrown = e;
                }
                if (pickle != null) {
                    try {
                        owner.runners.get().runPickle(pickle);
                    } catch (RuntimeException | Error e) {
                        thrown = e;
                    }
                }
                synchronized (this) {
                    if (abandoned) {
                        return;
                    }
                    Status status = result != null ? result.getStatus() : pickle == null ? Status.UNDEFINED : Status.FAILED;
                    Throwable error = result != null && result.getError() != null ? result.getError() : hookError != null ? hookError : thrown;
                    synchronized (runs) {
                        runs[next] = new Run(status, List.copyOf(steps), Duration.ofNanos(System.nanoTime() - startedAt), error);
                    }
                    job = -1;
                }
                complete.accept(next);
            }
        }

        synchronized void step(StepRun step) {
            steps.add(step);
        }

        synchronized void hookFailed(Throwable error) {
            hookError = hookError == null ? error : hookError;
        }

        synchronized void finished(Result r) {
            result = r;
        }

        int job() {
            return job;
        }

        long elapsedMillis() {
            return (System.nanoTime() - startedAt) / 1_000_000;
        }

        synchronized List<StepRun> steps() {
            return List.copyOf(steps);
        }

        /** Gives up on this thread's pickle {@code expected}; false if it finished meanwhile. */
        synchronized boolean abandon(int expected) {
            if (job != expected || abandoned) {
                return false;
            }
            abandoned = true;
            return true;
        }
    }
}

package dev.localio.check;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;

/**
 * A race for the model checker: a class whose objects Lincheck makes, one per interleaving, whose
 * constructor counts the interleaving ({@link Runs#next()}, which is how a check knows how many it
 * ran) and builds the run's world (before the checker looks: see {@link CheckedWorld}), with one
 * operation per thread of the race and a {@code @Validate} method that checks the race's invariants
 * once every thread is done.
 *
 * @param name        what the race is, in words, for reports
 * @param type        the class Lincheck instantiates
 * @param threads     the operations each thread runs, in order; thread {@code i} is Lincheck's
 *                    "Thread {@code i+1}"
 * @param threadNames a short name for each of Lincheck's threads, Thread 1 first, including the
 *                    threads the model starts itself (they label the lines of a trace)
 * @param threadRoles what each of those threads does, in the page's words
 */
public record Race(String name, Class<?> type, List<List<String>> threads, List<String> threadNames,
        List<String> threadRoles) {

    public Race {
        threads = threads.stream().map(List::copyOf).toList();
        threadNames = List.copyOf(threadNames);
        threadRoles = List.copyOf(threadRoles);
        if (threadNames.size() != threadRoles.size() || threadNames.size() < threads.size()) {
            throw new IllegalArgumentException("a name and a role for every thread of " + name);
        }
    }

    /** One line per thread: its name and what it does. */
    public String legend() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < threadNames.size(); i++) {
            out.append(threadNames.get(i)).append(": ").append(threadRoles.get(i)).append('\n');
        }
        return out.toString();
    }

    /** How many operations the busiest thread runs. */
    public int operationsPerThread() {
        return threads.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The bounds in words, e.g. "2 threads, 1 operation each". */
    public String boundsInWords() {
        int ops = operationsPerThread();
        boolean same = threads.stream().allMatch(t -> t.size() == ops);
        return threads.size() + " threads, " + (same ? ops + " operation" + (ops == 1 ? "" : "s") + " each"
                : "up to " + ops + " operations each");
    }

    /** Lincheck's scenario: the threads in parallel, nothing before or after. */
    ExecutionScenario scenario() {
        List<List<Actor>> parallel = new ArrayList<>();
        for (List<String> thread : threads) {
            parallel.add(thread.stream().map(this::actor).toList());
        }
        return new ExecutionScenario(List.of(), parallel, List.of(), null);
    }

    private Actor actor(String operation) {
        try {
            Method m = type.getMethod(operation);
            return new Actor(m, List.of());
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no operation " + operation, e);
        }
    }
}

package dev.localio.check;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import java.time.Duration;
import java.util.Map;

/**
 * Times the page's model checks, one after another in one JVM, as the doc-tests run them (a program,
 * not a test): for each, the interleavings it ran, what it found, and how long it took on the clock
 * and in this process's CPU (the JIT's threads included), which says more than the clock on a
 * shared machine. The first check of a JVM also pays for Lincheck's start (its agent, the classes it
 * instruments). Arguments: {@code race:DESIGN:bound} ..., races {@code destroy}, {@code teardown},
 * {@code shutdown}, {@code rcu}, {@code percpu}; e.g. {@code destroy:INTERLOCK:80 shutdown:NEWEST:80}. It needs
 * the test classpath (Lincheck is test scope): {@code java -cp target/test-classes:target/classes:<test
 * dependencies> dev.localio.check.ModelCheckBench ...}.
 */
public final class ModelCheckBench {

    private static final Map<String, Race> RACES = Map.of("destroy", DestroyServRace.RACE, "teardown",
            TeardownRace.RACE, "shutdown", ShutdownNetRace.RACE, "rcu", RcuReadersRace.RACE, "percpu",
            PercpuRefKillRace.RACE);

    private ModelCheckBench() {
    }

    /** This process's CPU time so far, all its threads (zero where the platform does not say). */
    private static Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public static void main(String[] args) {
        for (String spec : args) {
            String[] p = spec.split(":");
            Race race = RACES.get(p[0]);
            if (p.length != 3 || race == null) {
                throw new IllegalArgumentException("race:DESIGN:bound expected, race one of " + RACES.keySet()
                        + ": " + spec);
            }
            Duration cpu = cpu();
            ModelCheckResult r = ModelCheck.explore(race, LocalioDesign.valueOf(p[1]), Integer.parseInt(p[2]));
            System.out.printf("%s %s bound %s: %d runs, %.2f s, CPU %.2f s, %s%n", p[0], p[1], p[2], r.runs(),
                    r.took().toMillis() / 1000.0, cpu().minus(cpu).toMillis() / 1000.0,
                    r.found() ? "[" + r.counterexample().promise() + "] " + r.counterexample().broken() : "clean");
        }
    }
}

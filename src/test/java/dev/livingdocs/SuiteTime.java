package dev.livingdocs;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints each suite's own time in the build log, as the last line of its run: {@code suite: unit tests:
 * 564 tests (0 failed, 0 skipped) in 71.2 s} and {@code suite: doc-tests: 75 scenario runs ...}.
 * Registered for every JUnit Platform launch of the test JVMs (META-INF/services); it times only the
 * first launch of its JVM, Surefire's, not the launches some tests make of fixtures inside it. A run
 * against a variant (the system property {@code livingdocs.variant}, which its suite sets) names it:
 * {@code suite: doc-tests (newest): ...}, since both doc-test runs print at about the same time.
 */
public final class SuiteTime implements TestExecutionListener {

    private static final AtomicBoolean CLAIMED = new AtomicBoolean();

    private boolean mine;
    private volatile boolean scenarios;
    private long start;
    private final AtomicInteger tests = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        mine = CLAIMED.compareAndSet(false, true);
        start = System.nanoTime();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (mine && test.isTest()) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (mine && test.isTest()) {
            tests.incrementAndGet();
            // The doc-tests are the launch whose tests Cucumber's engine ran (directly or inside a suite).
            scenarios |= test.getUniqueId().contains("[engine:cucumber]");
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failed.incrementAndGet();
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (mine) {
            String variant = System.getProperty("livingdocs.variant", "");
            String suite = !scenarios ? "unit tests" : variant.isEmpty() ? "doc-tests" : "doc-tests (" + variant + ")";
            System.out.printf("suite: %s: %d %s (%d failed, %d skipped) in %.1f s%n", suite, tests.get(),
                    scenarios ? "scenario runs" : "tests", failed.get(), skipped.get(), (System.nanoTime() - start) / 1e9);
            mine = false;
        }
    }
}

package dev.localio.linux.kernel;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Lincheck explores interleavings of {@link Completion}'s non-blocking operations in model-checking
 * mode: every outcome must match some sequential order.
 */
public class CompletionLincheckTest {

    private final Completion done = new Completion();

    @Operation
    public void complete() {
        done.complete();
    }

    @Operation
    public void completeAll() {
        done.completeAll();
    }

    @Operation
    public boolean tryWaitForCompletion() {
        return done.tryWaitForCompletion();
    }

    @Operation
    public boolean completionDone() {
        return done.completionDone();
    }

    @Test
    void completion_operations_are_linearizable() {
        new ModelCheckingOptions().iterations(10).invocationsPerIteration(100).check(getClass());
    }
}

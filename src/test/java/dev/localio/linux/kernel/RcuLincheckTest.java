package dev.localio.linux.kernel;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Lincheck explores interleavings of readers and updaters in model-checking mode. An updater
 * publishes a value and waits a grace period; a reader reads inside a section. Any lost wakeup
 * in the grace period's wait would show up as a deadlock, any ordering bug as a non-linearizable
 * read.
 */
public class RcuLincheckTest {

    private final Kernel kernel = new Kernel("lincheck-rcu");
    private final Rcu rcu = kernel.rcu();
    private final RcuPointer<Integer> p = new RcuPointer<>(rcu, "p");

    public RcuLincheckTest() {
        p.rcuAssignPointer(0);
    }

    @Operation
    public int read() {
        rcu.rcuReadLock();
        try {
            rcu.rcuReadLock(); // nested sections count once
            try {
                return p.rcuDereference();
            } finally {
                rcu.rcuReadUnlock();
            }
        } finally {
            rcu.rcuReadUnlock();
        }
    }

    @Operation
    public void update(int v) {
        p.rcuAssignPointer(v);
        rcu.synchronizeRcu();
    }

    @Test
    void readers_and_grace_periods_neither_deadlock_nor_reorder() {
        new ModelCheckingOptions().iterations(3).invocationsPerIteration(50).threads(2)
                .actorsPerThread(2).check(getClass());
    }
}

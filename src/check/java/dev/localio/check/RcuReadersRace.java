package dev.localio.check;

import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.RcuPointer;
import java.util.List;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * RCU's contract on its own: two readers dereference an RCU-protected pointer inside read-side
 * sections and use what they find, while an updater publishes a new object, waits a grace period
 * ({@code synchronize_rcu()}) and frees the old one. Models kernel/rcu (the model's SRCU-style grace
 * period in {@code dev.localio.linux.kernel.Rcu}) and include/linux/rcupdate.h.
 *
 * <p>What must hold in every interleaving: no reader touches a freed object (the grace period waits
 * for every reader that began before it), and each reader sees the old object or the new one.
 */
public final class RcuReadersRace {

    /** Each reader saw the old object or the new one. */
    public static final String SEEN = "seen";

    public static final Race RACE = new Race("RCU readers racing an updater that frees what they may still read",
            RcuReadersRace.class, List.of(List.of("reader1"), List.of("reader2"), List.of("updater")),
            List.of("reader1", "reader2", "updater"),
            List.of("rcu_read_lock(), rcu_dereference(), use the object, rcu_read_unlock()",
                    "the same, on another CPU",
                    "rcu_assign_pointer() a new object, synchronize_rcu(), kfree() the old one"));

    /** An object with a lifetime, as {@code struct foo} in RCU's documentation. */
    static final class Foo extends KasanObject {
        private final int value;

        Foo(Kernel kernel, int value) {
            super(kernel, "struct foo " + value);
            this.value = value;
        }

        int value() {
            kasanCheck("foo->value");
            return value;
        }
    }

    private final Kernel kernel;
    private final RcuPointer<Foo> gp;
    private volatile int seen1;
    private volatile int seen2;
    private volatile Throwable crash;

    /** A new kernel with {@code gp} pointing at foo 1, for this interleaving. */
    public RcuReadersRace() {
        Runs.next();
        kernel = new Kernel("h1", true, 64);
        gp = new RcuPointer<>(kernel.rcu(), "gp");
        gp.rcuAssignPointer(new Foo(kernel, 1));
    }

    @Operation
    public void reader1() {
        seen1 = read();
    }

    @Operation
    public void reader2() {
        seen2 = read();
    }

    private int read() {
        try {
            kernel.rcu().rcuReadLock();
            try {
                return gp.rcuDereference().value();
            } finally {
                kernel.rcu().rcuReadUnlock();
            }
        } catch (Throwable t) {
            crash = t;
            return -1;
        }
    }

    @Operation
    public void updater() {
        try {
            Foo old = gp.rcuDereferenceProtected(true);
            gp.rcuAssignPointer(new Foo(kernel, 2));
            kernel.rcu().synchronizeRcu();
            old.kfree();
        } catch (Throwable t) {
            crash = t;
        }
    }

    @Validate
    public void noReaderSawFreedMemory() {
        Invariant.noCrash("a reader or the updater", crash);
        Invariant.noKasanReport(kernel);
        Invariant.require((seen1 == 1 || seen1 == 2) && (seen2 == 1 || seen2 == 2), SEEN,
                "a reader saw neither the old object nor the new one");
    }
}

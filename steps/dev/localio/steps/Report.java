package dev.localio.steps;

import java.util.List;

import dev.localio.linux.Host;

/** A kind of report a kernel prints when something goes wrong, and how to find it in a host. */
enum Report {

    /** KASAN: a freed object was touched. */
    USE_AFTER_FREE("use-after-free") {
        @Override
        List<String> in(Host host) {
            return host.subsystems().kernel().kasan().reports().stream().map(r -> r.kind() + " of " + r.object() + " at " + r.access())
                    .toList();
        }
    },

    /** An oops: a thread followed a NULL pointer. */
    NULL_POINTER_DEREFERENCE("NULL pointer dereference") {
        @Override
        List<String> in(Host host) {
            return host.subsystems().kernel().oopses().stream().filter(NullPointerException.class::isInstance)
                    .map(Throwable::toString).toList();
        }
    },

    /** lockdep: an RCU-protected pointer was used outside a read-side section. */
    SUSPICIOUS_RCU_USAGE("suspicious RCU usage") {
        @Override
        List<String> in(Host host) {
            return host.subsystems().kernel().warnings().stream().map(w -> w.check()).filter(c -> c.startsWith("suspicious"))
                    .toList();
        }
    };

    private final String name;

    Report(String name) {
        this.name = name;
    }

    /** The reports of this kind the host's kernel made. */
    abstract List<String> in(Host host);

    static Report named(String name) {
        for (Report r : values()) {
            if (r.name.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Override
    public String toString() {
        return name;
    }
}

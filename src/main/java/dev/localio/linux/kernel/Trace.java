package dev.localio.linux.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The host's trace: an ordered ring buffer of events plus named counters. Event names are the
 * kernel's tracepoint names where one exists ({@code nfs_local_enable}, {@code nfs_local_open_fh},
 * {@code nfsd_fh_verify}, ...); other events are named after the kernel function that emits them.
 * Thread-safe; recording an event takes one short lock, counting one atomic add.
 *
 * <p>Models kernel/trace (the ftrace ring buffer in overwrite mode) and, for counters, the
 * per-subsystem statistics the kernel keeps in /proc.
 */
public final class Trace {

    /** One recorded event: global order {@code seq}, the thread that emitted it, its fields. */
    public record TraceEvent(long seq, String thread, String name, Map<String, Object> fields) {

        /** The value of field {@code key}, or {@code null}. */
        public Object field(String key) {
            return fields.get(key);
        }

        @Override
        public String toString() {
            return seq + " " + thread + " " + name + " " + fields;
        }
    }

    private final int capacity;
    private final ArrayDeque<TraceEvent> ring;
    private long nextSeq;
    private long dropped;
    private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private volatile boolean lockEvents;

    /** A trace that keeps the newest {@code capacity} events. */
    public Trace(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.ring = new ArrayDeque<>(Math.min(capacity, 4096));
    }

    /**
     * Records event {@code name} with fields given as alternating keys and values.
     *
     * @return the event's sequence number
     */
    public long event(String name, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields must come as key/value pairs");
        }
        Map<String, Object> fields;
        if (keyValues.length == 0) {
            fields = Map.of();
        } else {
            LinkedHashMap<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                m.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
            }
            fields = Collections.unmodifiableMap(m);
        }
        String thread = Thread.currentThread().getName();
        synchronized (ring) {
            long seq = nextSeq++;
            if (ring.size() == capacity) {
                ring.removeFirst();
                dropped++;
            }
            ring.addLast(new TraceEvent(seq, thread, name, fields));
            return seq;
        }
    }

    /**
     * Whether lock events are recorded: {@code lock_acquire} and {@code lock_release} for
     * {@code rcu_read_lock}, and the model's {@code rcu_dereference}. Off by default, as the kernel's
     * {@code events/lock} are: they fire on every read-side section.
     */
    public boolean lockEventsEnabled() {
        return lockEvents;
    }

    /** Turns lock events on or off ({@code echo 1 > events/lock/enable}). */
    public void setLockEventsEnabled(boolean enabled) {
        lockEvents = enabled;
    }

    /** Every event still in the buffer, in order. */
    public List<TraceEvent> events() {
        synchronized (ring) {
            return new ArrayList<>(ring);
        }
    }

    /** The events named {@code name}, in order. */
    public List<TraceEvent> events(String name) {
        List<TraceEvent> out = new ArrayList<>();
        synchronized (ring) {
            for (TraceEvent e : ring) {
                if (e.name().equals(name)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The names of the events in the buffer, in order: handy to assert an ordering. */
    public List<String> eventNames() {
        List<String> out = new ArrayList<>();
        synchronized (ring) {
            for (TraceEvent e : ring) {
                out.add(e.name());
            }
        }
        return out;
    }

    /** How many events were overwritten because the buffer was full. */
    public long dropped() {
        synchronized (ring) {
            return dropped;
        }
    }

    /** The counter {@code name}, created at zero on first use. */
    public AtomicLong counter(String name) {
        return counters.computeIfAbsent(name, k -> new AtomicLong());
    }

    /** The value of counter {@code name}; zero if it was never used. */
    public long counterValue(String name) {
        AtomicLong c = counters.get(name);
        return c == null ? 0 : c.get();
    }

    /** A snapshot of every counter, sorted by name. */
    public Map<String, Long> counters() {
        TreeMap<String, Long> out = new TreeMap<>();
        counters.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}

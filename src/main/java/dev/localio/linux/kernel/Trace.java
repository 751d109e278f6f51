package dev.localio.linux.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A kernel's trace: an ordered ring buffer of {@link Tracepoint} events, plus named counters.
 * Thread-safe; recording an event takes one short lock, counting one atomic add.
 *
 * <p>Models kernel/trace (the ftrace ring buffer in overwrite mode) and, for counters, the
 * per-subsystem statistics the kernel keeps in /proc.
 */
public final class Trace {

    /** One recorded event: global order {@code seq}, the thread that emitted it, the event itself. */
    public record TraceEvent(long seq, String thread, Tracepoint event) {

        /** The event's tracepoint name. */
        public String name() {
            return event.tracepoint();
        }

        @Override
        public String toString() {
            return seq + " " + thread + " " + event.tracepoint() + " " + event;
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
     * Records {@code event} ({@code trace_<name>()}).
     *
     * @return the event's sequence number
     */
    public long event(Tracepoint event) {
        String thread = Thread.currentThread().getName();
        synchronized (ring) {
            long seq = nextSeq++;
            if (ring.size() == capacity) {
                ring.removeFirst();
                dropped++;
            }
            ring.addLast(new TraceEvent(seq, thread, event));
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

    /** The events of tracepoint {@code type}, in order. */
    public <T extends Tracepoint> List<T> events(Class<T> type) {
        List<T> out = new ArrayList<>();
        synchronized (ring) {
            for (TraceEvent e : ring) {
                if (type.isInstance(e.event())) {
                    out.add(type.cast(e.event()));
                }
            }
        }
        return out;
    }

    /**
     * The sequence number of the first event of tracepoint {@code type} still in the buffer, or -1 if
     * there is none: where an ordering check needs one position, without copying the buffer.
     */
    public long firstSeq(Class<? extends Tracepoint> type) {
        synchronized (ring) {
            for (TraceEvent e : ring) {
                if (type.isInstance(e.event())) {
                    return e.seq();
                }
            }
        }
        return -1;
    }

    /** The tracepoint of each event in the buffer, in order: handy to assert an ordering. */
    public List<Class<? extends Tracepoint>> eventTypes() {
        List<Class<? extends Tracepoint>> out = new ArrayList<>();
        synchronized (ring) {
            for (TraceEvent e : ring) {
                out.add(e.event().getClass());
            }
        }
        return out;
    }

    /**
     * The sequence number the next event will get: events from here on are those recorded after
     * this call (a position in the ring buffer's write order, as a reader of trace_pipe keeps one).
     */
    public long nextSeq() {
        synchronized (ring) {
            return nextSeq;
        }
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

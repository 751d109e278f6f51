package dev.localio.check;

import dev.localio.linux.fs.nfs.NfsClient;
import dev.localio.linux.fs.nfs.NfsIo;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the soak's threads saw, counted as they go (thread-safe): each IO's reported path and
 * fallback errno, which restart a {@code -ENXIO} belongs to, retries, mounts, resent writes,
 * crashes and IO errors. The kernel's own counters are read separately; these are the harness's
 * view, for what only the harness knows and to cross-check the kernel's.
 */
final class SoakTally {

    /** Lines kept per kind of fault: every one in a sane run, bounded for a long run gone wrong. */
    private static final int KEEP = 10_000;

    final LongAdder local = new LongAdder();
    final LongAdder rpc = new LongAdder();
    final LongAdder mounts = new LongAdder();
    final LongAdder remounts = new LongAdder();
    final LongAdder resentWrites = new LongAdder();
    /** Probes of worker clients after their first, summed as each client goes away. */
    final LongAdder reprobes = new LongAdder();
    /** Calls worker clients' RPC connections sent again after a reset, summed as each client goes away. */
    final LongAdder rpcResent = new LongAdder();
    private final Map<StableHow, LongAdder> writes = new EnumMap<>(StableHow.class);
    private final Map<Errno, LongAdder> fallbacks = new ConcurrentHashMap<>();
    private final Map<Errno, LongAdder> rpcRetries = new ConcurrentHashMap<>();
    private final Map<Errno, LongAdder> mountFailures = new ConcurrentHashMap<>();
    private final Queue<String> crashes = new ConcurrentLinkedQueue<>();
    private final Queue<String> ioErrors = new ConcurrentLinkedQueue<>();
    /** Set by the restarter as restart {@code i} begins; 0 before the first. */
    private volatile int generation;
    /** Index {@code i}: whether an IO met {@code -ENXIO} after restart {@code i} began, before the next. */
    private final AtomicIntegerArray metByLocalio;
    private volatile boolean abandoned;

    SoakTally(int restarts) {
        for (StableHow s : StableHow.values()) {
            writes.put(s, new LongAdder());
        }
        metByLocalio = new AtomicIntegerArray(restarts + 1);
    }

    /** One attempt of an IO, as the client reported it: which path, and why LOCALIO was not used. */
    void observe(NfsIo io) {
        (io.wentLocal() ? local : rpc).increment();
        Errno why = io.localioError();
        if (why != null) {
            count(fallbacks, why);
            if (why == Errno.ENXIO) {
                metByLocalio.set(generation, 1);
            }
        }
    }

    /**
     * A worker's client is about to go away: keeps how often the kernel probed for it
     * ({@code nfs_local_probe()} runs) after the first time, which was {@code nfs_get_client()}'s, and
     * how many calls its connection sent again after a reset.
     */
    void clientGoes(NfsClient clp) {
        reprobes.add(clp.probes() - 1);
        rpcResent.add(clp.clRpcclient().clXprt().xprtStats().retrans());
    }

    void write(StableHow stable) {
        writes.get(stable).increment();
    }

    void rpcRetry(Errno errno) {
        count(rpcRetries, errno);
    }

    void mountFailure(Errno errno) {
        count(mountFailures, errno);
    }

    void crash(String line) {
        keep(crashes, line);
    }

    void ioError(String line) {
        keep(ioErrors, line);
    }

    void restartBegins(int i) {
        generation = i;
    }

    /** Tells every thread to give up: the run is judged as it stands (a hang was found). */
    void abandon() {
        abandoned = true;
    }

    boolean abandoned() {
        return abandoned;
    }

    /** How many restarts, of 1 to {@code restarts}, an {@code -ENXIO} was seen after. */
    int restartsMetByLocalio() {
        int n = 0;
        for (int i = 1; i < metByLocalio.length(); i++) {
            n += metByLocalio.get(i);
        }
        return n;
    }

    Map<StableHow, Long> writesByStability() {
        Map<StableHow, Long> out = new EnumMap<>(StableHow.class);
        writes.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    Map<Errno, Long> fallbacks() {
        return snapshot(fallbacks);
    }

    Map<Errno, Long> rpcRetries() {
        return snapshot(rpcRetries);
    }

    Map<Errno, Long> mountFailures() {
        return snapshot(mountFailures);
    }

    List<String> crashes() {
        return new ArrayList<>(crashes);
    }

    List<String> ioErrors() {
        return new ArrayList<>(ioErrors);
    }

    private static void count(Map<Errno, LongAdder> map, Errno errno) {
        map.computeIfAbsent(errno, e -> new LongAdder()).increment();
    }

    private static void keep(Queue<String> lines, String line) {
        if (lines.size() < KEEP) {
            lines.add(line);
        }
    }

    private static Map<Errno, Long> snapshot(Map<Errno, LongAdder> map) {
        Map<Errno, Long> out = new EnumMap<>(Errno.class);
        map.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}

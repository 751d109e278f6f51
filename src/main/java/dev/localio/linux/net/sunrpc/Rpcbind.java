package dev.localio.linux.net.sunrpc;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rpcbind (portmapper) service of one network namespace, as a registry object rather than a port-111
 * server: servers register the program versions they make public with their port, clients ask for a
 * program's port. The registry shows what {@code rpcinfo -p} would: NFS is registered, LOCALIO (a hidden
 * version, {@code vs_hidden}) is not. Counting lookups lets a test check that no rpcbind query was made.
 *
 * <p>One instance belongs to one network namespace; the model's {@code struct net} owns it. It is safe
 * from any thread.
 *
 * <p>Models net/sunrpc/rpcb_clnt.c: {@code rpcb_register()} (PMAPPROC_SET / UNSET as the kernel sends them
 * to the local rpcbind of {@code net}) and {@code rpcb_getport_async()} (PMAPPROC_GETPORT), with the
 * user-space rpcbind daemon reduced to its table.
 */
public final class Rpcbind {

    /** The protocol number of TCP in a mapping ({@code IPPROTO_TCP}). */
    public static final int IPPROTO_TCP = 6;

    /** One row of the table: program, version, protocol, port. */
    public record RpcbMapping(int prog, int vers, int prot, int port) {
    }

    private record Key(int prog, int vers, int prot) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return new RpcProcKey(prog, vers, prot).compareTo(new RpcProcKey(other.prog, other.vers, other.prot));
        }
    }

    private final Map<Key, Integer> mappings = new TreeMap<>();
    private final AtomicLong getportQueries = new AtomicLong();
    private final java.util.Map<Integer, Long> queriesByProgram = new java.util.HashMap<>();

    /**
     * Registers version {@code vers} of {@code prog} on {@code port}, or removes the mapping when
     * {@code port} is 0 (PMAPPROC_UNSET). Returns 0, as the kernel's call does when rpcbind answers.
     * Models {@code rpcb_register()}.
     */
    public synchronized int rpcbRegister(int prog, int vers, int prot, int port) {
        Key key = new Key(prog, vers, prot);
        if (port == 0) {
            mappings.remove(key);
        } else {
            mappings.put(key, port);
        }
        return 0;
    }

    /**
     * The port of version {@code vers} of {@code prog}, or 0 if it is not registered, as PMAPPROC_GETPORT
     * answers. Every lookup is counted. Models {@code rpcb_getport_async()}.
     */
    public synchronized int rpcbGetport(int prog, int vers, int prot) {
        getportQueries.incrementAndGet();
        queriesByProgram.merge(prog, 1L, Long::sum);
        return mappings.getOrDefault(new Key(prog, vers, prot), 0);
    }

    /** The whole table, sorted, without counting a lookup (PMAPPROC_DUMP, what {@code rpcinfo -p} prints). */
    public synchronized List<RpcbMapping> rpcbDump() {
        return mappings.entrySet().stream()
                .map(entry -> new RpcbMapping(entry.getKey().prog(), entry.getKey().vers(), entry.getKey().prot(),
                        entry.getValue()))
                .toList();
    }

    /** Whether any version of {@code prog} is registered, without counting a lookup. */
    public synchronized boolean isRegistered(int prog) {
        return mappings.keySet().stream().anyMatch(key -> key.prog() == prog);
    }

    /** How many {@link #rpcbGetport} lookups asked about {@code prog} so far. */
    public synchronized long getportQueries(int prog) {
        return queriesByProgram.getOrDefault(prog, 0L);
    }

    /** How many {@link #rpcbGetport} lookups were made so far. */
    public long getportQueries() {
        return getportQueries.get();
    }
}

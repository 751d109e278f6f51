package dev.localio.linux.net.sunrpc;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of RPC traffic seen from one side of the wire: calls per (program, version, procedure), the real
 * byte counts of call and reply records (record marks included), and replies per outcome. A client keeps
 * one per {@link RpcClnt} and one per {@link RpcXprt} (every client sharing the connection); a server keeps
 * one per {@link SvcServ}. Counting is lock-free and safe from any thread.
 *
 * <p>A call counts when its record is written (client) or read (server); the reply counts when it is
 * decoded (client) or written (server). So {@code calls(prog, vers, proc) == 0} means that no such call went
 * on the wire.
 *
 * <p>Models include/linux/sunrpc/metrics.h: {@code struct rpc_iostats} ({@code om_ops},
 * {@code om_bytes_sent}, {@code om_bytes_recv}) and the counters behind /proc/net/rpc/nfs and
 * /proc/net/rpc/nfsd ({@code struct rpc_stat}, {@code struct svc_stat}: {@code rpccnt}, {@code rpcretrans}, {@code rpcbadfmt},
 * {@code rpcbadauth}, per-procedure {@code vs_count}).
 */
public final class RpcIostats {

    /** Which end of the wire counts: it decides whether call bytes are sent or received. */
    public enum Side { CLIENT, SERVER }

    private final Side side;
    private final ConcurrentMap<RpcProcKey, Op> ops = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> replies = new ConcurrentHashMap<>();
    private final LongAdder retrans = new LongAdder();

    /** Per-procedure counters ({@code struct rpc_iostats}). */
    private static final class Op {
        final LongAdder calls = new LongAdder();
        final LongAdder callBytes = new LongAdder();
        final LongAdder replyBytes = new LongAdder();
    }

    /** Counters for one side of the wire. */
    public RpcIostats(Side side) {
        this.side = side;
    }

    /** The side these counters are kept for. */
    public Side side() {
        return side;
    }

    void countCall(int prog, int vers, int proc, int wireBytes) {
        Op op = ops.computeIfAbsent(new RpcProcKey(prog, vers, proc), key -> new Op());
        op.calls.increment();
        op.callBytes.add(wireBytes);
    }

    void countRetrans() {
        retrans.increment();
    }

    void countReply(int prog, int vers, int proc, int wireBytes, RpcStatus status) {
        ops.computeIfAbsent(new RpcProcKey(prog, vers, proc), key -> new Op()).replyBytes.add(wireBytes);
        replies.computeIfAbsent(status.kind(), kind -> new LongAdder()).increment();
    }

    /** Calls of one procedure of one program version. */
    public long calls(int prog, int vers, int proc) {
        Op op = ops.get(new RpcProcKey(prog, vers, proc));
        return op == null ? 0 : op.calls.sum();
    }

    /** Calls of any procedure of any version of {@code prog}. */
    public long calls(int prog) {
        return ops.entrySet().stream()
                .filter(entry -> entry.getKey().prog() == prog)
                .mapToLong(entry -> entry.getValue().calls.sum())
                .sum();
    }

    /** All calls ({@code rpccnt}). */
    public long calls() {
        return ops.values().stream().mapToLong(op -> op.calls.sum()).sum();
    }

    /**
     * Call records written again for a call already on the wire, after its connection broke
     * ({@code rpcretrans}); {@link #calls()} counts each call once.
     */
    public long retrans() {
        return retrans.sum();
    }

    /** Wire bytes of the call records of one procedure, record marks included. */
    public long callBytes(int prog, int vers, int proc) {
        Op op = ops.get(new RpcProcKey(prog, vers, proc));
        return op == null ? 0 : op.callBytes.sum();
    }

    /** Wire bytes of the reply records of one procedure, record marks included. */
    public long replyBytes(int prog, int vers, int proc) {
        Op op = ops.get(new RpcProcKey(prog, vers, proc));
        return op == null ? 0 : op.replyBytes.sum();
    }

    /** All bytes this side wrote: call records for a client, reply records for a server. */
    public long bytesSent() {
        return side == Side.CLIENT ? sum(true) : sum(false);
    }

    /** All bytes this side read: reply records for a client, call records for a server. */
    public long bytesRecv() {
        return side == Side.CLIENT ? sum(false) : sum(true);
    }

    private long sum(boolean callRecords) {
        return ops.values().stream()
                .mapToLong(op -> callRecords ? op.callBytes.sum() : op.replyBytes.sum())
                .sum();
    }

    /** Replies (or failures) of the given {@link RpcStatus#kind()}, e.g. {@code "RPC_PROG_UNAVAIL"}. */
    public long replies(String kind) {
        LongAdder count = replies.get(kind);
        return count == null ? 0 : count.sum();
    }

    /** Every outcome seen so far with its count, sorted by kind. */
    public Map<String, Long> replies() {
        Map<String, Long> snapshot = new TreeMap<>();
        replies.forEach((kind, count) -> snapshot.put(kind, count.sum()));
        return snapshot;
    }

    /** A /proc-like dump: one line per procedure, then the outcomes. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(side.name().toLowerCase()).append(" rpc ").append(calls())
                .append(" retrans ").append(retrans())
                .append(" sent ").append(bytesSent()).append(" recv ").append(bytesRecv()).append('\n');
        new TreeMap<>(ops).forEach((key, op) -> out.append(key).append(" calls ").append(op.calls.sum())
                .append(" call-bytes ").append(op.callBytes.sum())
                .append(" reply-bytes ").append(op.replyBytes.sum()).append('\n'));
        replies().forEach((kind, count) -> out.append(kind).append(' ').append(count).append('\n'));
        return out.toString();
    }
}

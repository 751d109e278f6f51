package dev.localio.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.localio.linux.fs.nfsd.Vfs;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Trace.TraceEvent;
import dev.localio.linux.net.sunrpc.xdr.Nfs;

/**
 * The rows a page may use in "the trace of ... shows, in this order", each the event of a host's
 * trace it stands for. "The client" is an event on the scenario's own thread, where every client
 * runs; "the server" one on any other (nfsd's threads).
 */
final class TraceRows {

    /** What a row needs to know about the scenario to match an event. */
    interface Scene {
        String clientThread();

        Set<Object> handles(String file);

        long dataIno(String file);
    }

    /** One row form: a pattern over the row's text, and a test of an event given the pattern's groups. */
    private record Row(Pattern pattern, BiPredicate<TraceEvent, Matcher> matches) {
    }

    private final Scene scene;
    private final List<Row> rows = new ArrayList<>();
    /** The first event of each nonce registered, by sequence number: the nonce is new there. */
    private final Map<Object, Long> firstRegistered = new HashMap<>();

    TraceRows(Scene scene) {
        this.scene = scene;
        client("the client registers a new nonce in nfs_common", (e, m) -> is(e, "nfs_uuid_begin", "ok", true)
                && firstRegistered.get(e.field("uuid")) == e.seq());
        client("the client sends UUID_IS_LOCAL", (e, m) -> e.name().equals("rpc_request")
                && eq(e, "prog", Nfs.NFS_LOCALIO_PROGRAM) && eq(e, "proc", Nfs.LOCALIOPROC_UUID_IS_LOCAL));
        server("the server finds the nonce and lists the client as local", (e, m) -> is(e, "nfs_uuid_is_local", "found",
                true));
        server("the server replies to UUID_IS_LOCAL", (e, m) -> e.name().equals("svc_send")
                && eq(e, "prog", Nfs.NFS_LOCALIO_PROGRAM) && eq(e, "proc", Nfs.LOCALIOPROC_UUID_IS_LOCAL));
        client("the client starts using LOCALIO", (e, m) -> e.name().equals("nfs_local_enable"));
        client("the client takes its unconfirmed nonce back", (e, m) -> is(e, "nfs_uuid_end", "local", false));
        client("the client enters an RCU read section", (e, m) -> is(e, "lock_acquire", "lock", "rcu_read_lock")
                && eq(e, "depth", 1));
        client("the client reads the server's network namespace", (e, m) -> is(e, "rcu_dereference", "pointer",
                "nfs_uuid->net") && eq(e, "null", false));
        client("the client takes a serv reference", (e, m) -> is(e, "nfsd_serv_try_get", "ok", true));
        client("the client leaves the RCU read section", (e, m) -> is(e, "lock_release", "lock", "rcu_read_lock")
                && eq(e, "depth", 1));
        client("nfsd opens \"([^\"]+)\" for the client", (e, m) -> e.name().equals("nfsd_file_acquire")
                && (((Integer) e.field("may_flags")) & Vfs.NFSD_MAY_LOCALIO) != 0
                && eq(e, "ino", scene.dataIno(m.group(1))));
        client("the client reads \"([^\"]+)\" locally", (e, m) -> e.name().equals("nfs_local_read")
                && scene.handles(m.group(1)).contains(e.field("fh")));
        client("the client drops its file reference", (e, m) -> e.name().equals("nfsd_file_put_local"));
        client("the client drops its serv reference", (e, m) -> e.name().equals("nfsd_serv_put"));
        client("the client looks up \"([^\"]+)\" over RPC", (e, m) -> is(e, "nfs_lookup_exit", "name", m.group(1))
                && eq(e, "error", 0));
        client("a local open of \"([^\"]+)\" fails with (E[A-Z0-9]+)", (e, m) -> e.name().equals("nfs_local_open_fh")
                && scene.handles(m.group(1)).contains(e.field("fh"))
                && eq(e, "result", Errno.valueOf(m.group(2)).negative()));
        client("the client sends ([A-Z][A-Z0-9_]*) for \"([^\"]+)\"", (e, m) -> {
            String tracepoint = Procedure.named(m.group(1)).tracepoint();
            return tracepoint != null && e.name().equals(tracepoint) && scene.handles(m.group(2)).contains(e.field("fh"));
        });
        any("nfsd in container \"([^\"]+)\" has shut down", (e, m) -> is(e, "nfsd_destroy_serv", "step", "end")
                && eq(e, "net", m.group(1)));
        any("pre_exit clears the client's network namespace", (e, m) -> e.name().equals("nfs_uuid_invalidate_clients")
                && ((Integer) e.field("clients")) > 0);
        any("the namespace cleanup waits for an RCU grace period", (e, m) -> is(e, "synchronize_rcu", "why",
                "cleanup_net"));
        any("exit runs for the network namespace of container \"([^\"]+)\"", (e, m) -> is(e, "pernet_exit", "net",
                m.group(1)));
    }

    private void client(String regex, BiPredicate<TraceEvent, Matcher> test) {
        rows.add(new Row(Pattern.compile(regex), (e, m) -> e.thread().equals(scene.clientThread()) && test.test(e, m)));
    }

    private void server(String regex, BiPredicate<TraceEvent, Matcher> test) {
        rows.add(new Row(Pattern.compile(regex), (e, m) -> !e.thread().equals(scene.clientThread()) && test.test(e, m)));
    }

    private void any(String regex, BiPredicate<TraceEvent, Matcher> test) {
        rows.add(new Row(Pattern.compile(regex), test));
    }

    private static boolean is(TraceEvent e, String name, String field, Object value) {
        return e.name().equals(name) && eq(e, field, value);
    }

    private static boolean eq(TraceEvent e, String field, Object value) {
        Object v = e.field(field);
        if (v instanceof Number n && value instanceof Number w) {
            return n.longValue() == w.longValue();
        }
        return value.equals(v);
    }

    /**
     * Finds the rows in {@code events} in order, each after the one before (other events may lie
     * between), and returns {@code null}, or why not: the first row that has no event after the
     * previous row's.
     */
    String findInOrder(List<String> expected, List<TraceEvent> events) {
        firstRegistered.clear();
        for (TraceEvent e : events) {
            if (is(e, "nfs_uuid_begin", "ok", true)) {
                firstRegistered.putIfAbsent(e.field("uuid"), e.seq());
            }
        }
        int from = 0;
        List<String> found = new ArrayList<>();
        for (String text : expected) {
            Row row = null;
            Matcher m = null;
            for (Row r : rows) {
                Matcher candidate = r.pattern().matcher(text);
                if (candidate.matches()) {
                    row = r;
                    m = candidate;
                    break;
                }
            }
            if (row == null) {
                throw new IllegalArgumentException("no trace row reads \"" + text + "\"; see TraceRows for the rows a"
                        + " page may use");
            }
            int at = -1;
            for (int i = from; i < events.size(); i++) {
                if (row.matches().test(events.get(i), m)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return "after " + (found.isEmpty() ? "the start of the trace" : "\"" + found.get(found.size() - 1) + "\"")
                        + " nothing shows \"" + text + "\"";
            }
            found.add(text);
            from = at + 1;
        }
        return null;
    }
}

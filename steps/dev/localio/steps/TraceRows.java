package dev.localio.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.localio.linux.fs.nfs.NfsTrace.NfsDoLocalRead;
import dev.localio.linux.fs.nfs.NfsTrace.NfsInitiate;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalDisable;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalEnable;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalOpenFh;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLookupEnter;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLookupExit;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidBegin;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidEnd;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidInvalidateClients;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidIsLocal;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdDestroyServ;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdFileAcquire;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdFilePutLocal;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdServPut;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdServTryGet;
import dev.localio.linux.fs.nfsd.Vfs;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.KernelTrace.KrefGet;
import dev.localio.linux.kernel.KernelTrace.LockAcquire;
import dev.localio.linux.kernel.KernelTrace.LockRelease;
import dev.localio.linux.kernel.KernelTrace.ModuleGet;
import dev.localio.linux.kernel.KernelTrace.RcuAssignPointer;
import dev.localio.linux.kernel.KernelTrace.RcuDereference;
import dev.localio.linux.kernel.KernelTrace.SynchronizeRcu;
import dev.localio.linux.kernel.Trace.TraceEvent;
import dev.localio.linux.kernel.Tracepoint;
import dev.localio.linux.net.NetTrace.OpsExitList;
import dev.localio.linux.net.sunrpc.SunrpcTrace.RpcRequest;
import dev.localio.linux.net.sunrpc.SunrpcTrace.SvcSend;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;

/**
 * The rows a page may use in "the trace of ... shows, in this order", each mapped to the tracepoint
 * it stands for, in one table. "The client" is an event on the scenario's own thread, where every
 * client runs; "the server" one on any other (nfsd's threads).
 *
 * <p>Three rules say which events a table may match ({@link #findInOrder}):
 * <ol>
 *   <li><b>The act only.</b> Rows match events the scenario's act recorded: those from the start of
 *       its latest When (or, in a scenario without When, of its first Then) on, never the Background's
 *       or the Given steps' ({@link Act} marks where the act starts).</li>
 *   <li><b>In order.</b> Each row matches an event after the previous row's; other events may lie
 *       between.</li>
 *   <li><b>A chain of thens.</b> A row written {@code then ...} follows the row above it directly as far
 *       as either row can tell: between the two events, nothing happens that either row stands for. So
 *       "A, then B" is an A whose next A-or-B is a B, as a sentence's "then" means.</li>
 * </ol>
 */
final class TraceRows {

    /** What a row needs to know about the scenario to match an event. */
    interface Scene {
        String clientThread();

        Set<NfsFh> handles(String file);

        long dataIno(String file);
    }

    /** Whose thread a row's event runs on. */
    private enum Side { CLIENT, SERVER, ANY }

    /**
     * One row form: its words (a pattern whose groups are the row's arguments, which {@code check}
     * rejects if the page's vocabulary has no such thing), whose thread, the tracepoint it stands for,
     * and the test of that tracepoint's fields.
     */
    private record Row<T extends Tracepoint>(Pattern words, Consumer<Matcher> check, Side side, Class<T> tracepoint,
            BiPredicate<T, Matcher> fields) {

        boolean matches(TraceEvent e, Matcher m, String clientThread) {
            boolean thread = switch (side) {
                case CLIENT -> e.thread().equals(clientThread);
                case SERVER -> !e.thread().equals(clientThread);
                case ANY -> true;
            };
            return thread && tracepoint.isInstance(e.event()) && fields.test(tracepoint.cast(e.event()), m);
        }
    }

    /** A row of a page's table, read: its form, its arguments, and whether it is written {@code then ...}. */
    private record Parsed(String text, Row<?> row, Matcher words, boolean then) {

        boolean matches(TraceEvent e, String clientThread) {
            return row.matches(e, words, clientThread);
        }
    }

    /** The word that chains a row to the one above it (rule 3). */
    static final String THEN = "then ";

    private final Scene scene;
    /** The first event of each nonce registered: the nonce is new there. */
    private final Map<UUID, NfsUuidBegin> firstRegistered = new HashMap<>();
    /** Each LOOKUP call the client sent, and the name its lookup was for. */
    private final Map<RpcRequest, String> lookupCalls = new IdentityHashMap<>();
    private final List<Row<?>> rows = List.of(
            row("the client registers a new nonce in nfs_common", Side.CLIENT, NfsUuidBegin.class,
                    (e, m) -> e.ok() && firstRegistered.get(e.uuid()) == e),
            row("the client sends UUID_IS_LOCAL", Side.CLIENT, RpcRequest.class,
                    (e, m) -> e.prog() == Nfs.NFS_LOCALIO_PROGRAM && e.proc() == Nfs.LOCALIOPROC_UUID_IS_LOCAL),
            row("the server finds the nonce and lists the client as local", Side.SERVER, NfsUuidIsLocal.class,
                    (e, m) -> e.found()),
            row("the server replies to UUID_IS_LOCAL", Side.SERVER, SvcSend.class,
                    (e, m) -> e.prog() == Nfs.NFS_LOCALIO_PROGRAM && e.proc() == Nfs.LOCALIOPROC_UUID_IS_LOCAL),
            row("the server takes a reference on the client's auth domain", Side.SERVER, KrefGet.class,
                    (e, m) -> e.object().startsWith("auth_domain ")),
            row("the server publishes the client's network namespace", Side.SERVER, RcuAssignPointer.class,
                    (e, m) -> e.pointer().equals("nfs_uuid->net") && !e.isNull()),
            row("the server takes a reference on the nfsd module", Side.SERVER, ModuleGet.class,
                    (e, m) -> e.name().equals("nfsd")),
            row("the client starts using LOCALIO", Side.CLIENT, NfsLocalEnable.class, (e, m) -> true),
            row("the client stops using LOCALIO", Side.CLIENT, NfsLocalDisable.class, (e, m) -> true),
            row("the client takes its unconfirmed nonce back", Side.CLIENT, NfsUuidEnd.class, (e, m) -> !e.local()),
            row("the client enters an RCU read section", Side.CLIENT, LockAcquire.class,
                    (e, m) -> e.lock().equals("rcu_read_lock") && e.depth() == 1),
            row("the client reads the server's network namespace", Side.CLIENT, RcuDereference.class,
                    (e, m) -> e.pointer().equals("nfs_uuid->net") && !e.isNull()),
            row("the client takes a serv reference", Side.CLIENT, NfsdServTryGet.class, (e, m) -> e.ok()),
            row("the client leaves the RCU read section", Side.CLIENT, LockRelease.class,
                    (e, m) -> e.lock().equals("rcu_read_lock") && e.depth() == 1),
            row("nfsd opens \"([^\"]+)\" for the client", Side.CLIENT, NfsdFileAcquire.class,
                    (e, m) -> (e.mayFlags() & Vfs.NFSD_MAY_LOCALIO) != 0 && e.ino() == scene().dataIno(m.group(1))),
            row("the client reads \"([^\"]+)\" locally", Side.CLIENT, NfsDoLocalRead.class,
                    (e, m) -> scene().handles(m.group(1)).contains(e.fh())),
            row("the client drops its file reference", Side.CLIENT, NfsdFilePutLocal.class, (e, m) -> true),
            row("the client drops its serv reference", Side.CLIENT, NfsdServPut.class, (e, m) -> true),
            row("the client looks up \"([^\"]+)\" over RPC", Side.CLIENT, RpcRequest.class,
                    (e, m) -> e.prog() == Nfs.NFS_PROGRAM && e.proc() == Nfs3.NFS3PROC_LOOKUP
                            && m.group(1).equals(lookupCalls.get(e))),
            row("a local open of \"([^\"]+)\" fails with (E[A-Z0-9]+)", m -> errno(m.group(2)), Side.CLIENT,
                    NfsLocalOpenFh.class, (e, m) -> scene().handles(m.group(1)).contains(e.fh())
                            && e.result() == errno(m.group(2)).negative()),
            row("the client sends ([A-Z][A-Z0-9_]*) for \"([^\"]+)\"", m -> sent(m.group(1)), Side.CLIENT,
                    NfsInitiate.class, (e, m) -> sent(m.group(1)).isInstance(e)
                            && scene().handles(m.group(2)).contains(e.fh())),
            row("nfsd in container \"([^\"]+)\" has shut down", Side.ANY, NfsdDestroyServ.class,
                    (e, m) -> e.step() == NfsdDestroyServ.Step.END && e.net().equals(m.group(1))),
            row("pre_exit clears the client's network namespace", Side.ANY, NfsUuidInvalidateClients.class,
                    (e, m) -> e.clients() > 0),
            row("the namespace cleanup waits for an RCU grace period", Side.ANY, SynchronizeRcu.class,
                    (e, m) -> e.why().equals("cleanup_net")),
            row("exit runs for the network namespace of container \"([^\"]+)\"", Side.ANY, OpsExitList.class,
                    (e, m) -> e.net().equals(m.group(1))));

    TraceRows(Scene scene) {
        this.scene = scene;
    }

    private Scene scene() {
        return scene;
    }

    private static <T extends Tracepoint> Row<T> row(String words, Side side, Class<T> tracepoint,
            BiPredicate<T, Matcher> fields) {
        return row(words, m -> { }, side, tracepoint, fields);
    }

    private static <T extends Tracepoint> Row<T> row(String words, Consumer<Matcher> check, Side side,
            Class<T> tracepoint, BiPredicate<T, Matcher> fields) {
        return new Row<>(Pattern.compile(words), check, side, tracepoint, fields);
    }

    private static Errno errno(String word) {
        try {
            return Errno.valueOf(word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no errno " + word, e);
        }
    }

    /** The tracepoint that marks the client sending {@code procedure} for a file. */
    private static Class<? extends NfsInitiate> sent(String procedure) {
        Class<? extends NfsInitiate> tracepoint = Procedure.named(procedure).tracepoint();
        if (tracepoint == null) {
            throw new IllegalArgumentException(procedure + " is not an IO procedure: no tracepoint marks it being sent"
                    + " for a file");
        }
        return tracepoint;
    }

    /**
     * Finds the rows among the act's events ({@code events} from sequence number {@code actStart} on)
     * by the class's three rules, and returns {@code null}, or why not: the first row that no event after
     * the previous row's answers, or the {@code then} row whose chain to the row above it is broken.
     *
     * @throws IllegalArgumentException if a row reads as none of the table's, naming it and its place
     */
    String findInOrder(List<String> expected, List<TraceEvent> events, long actStart) {
        List<Parsed> parsed = parse(expected);
        List<TraceEvent> act = events.stream().filter(e -> e.seq() >= actStart).toList();
        firstRegistered.clear();
        lookupCalls.clear();
        List<RpcRequest> inLookup = new ArrayList<>();
        NfsLookupEnter lookup = null;
        for (TraceEvent e : events) {
            if (e.event() instanceof NfsUuidBegin b && b.ok()) {
                firstRegistered.putIfAbsent(b.uuid(), b);
            }
            if (!e.thread().equals(scene.clientThread())) {
                continue;
            }
            if (e.event() instanceof NfsLookupEnter enter) {
                lookup = enter;
                inLookup.clear();
            } else if (e.event() instanceof RpcRequest call && lookup != null) {
                inLookup.add(call);
            } else if (e.event() instanceof NfsLookupExit exit && lookup != null) {
                if (exit.error() == 0 && exit.name().equals(lookup.name())) {
                    for (RpcRequest call : inLookup) {
                        lookupCalls.put(call, exit.name());
                    }
                }
                lookup = null;
            }
        }
        String[] why = new String[1];
        int[] deepest = {-1};
        if (find(parsed, act, 0, -1, why, deepest)) {
            return null;
        }
        return why[0];
    }

    /** {@link #findInOrder} for the whole trace: a scenario whose act is everything it did. */
    String findInOrder(List<String> expected, List<TraceEvent> events) {
        return findInOrder(expected, events, Long.MIN_VALUE);
    }

    /**
     * Whether rows {@code k..} match in {@code act} after index {@code previous} (the event of row
     * {@code k-1}), trying each candidate for a row before giving up on it; {@code why} keeps the reason
     * of the failure that got furthest.
     */
    private boolean find(List<Parsed> rows, List<TraceEvent> act, int k, int previous, String[] why, int[] deepest) {
        if (k == rows.size()) {
            return true;
        }
        Parsed p = rows.get(k);
        Parsed above = k == 0 ? null : rows.get(k - 1);
        String client = scene.clientThread();
        boolean any = false;
        for (int i = previous + 1; i < act.size(); i++) {
            if (!p.matches(act.get(i), client)) {
                continue;
            }
            any = true;
            if (p.then() && above != null) {
                int between = -1;
                for (int j = previous + 1; j < i && between < 0; j++) {
                    if (above.matches(act.get(j), client)) {
                        between = j;
                    }
                }
                if (between >= 0) {
                    fail(why, deepest, k, "\"" + p.text() + "\" does not follow \"" + above.text()
                            + "\" directly: another \"" + above.text() + "\" comes between them ("
                            + act.get(between) + ")");
                    return false;
                }
            }
            if (find(rows, act, k + 1, i, why, deepest)) {
                return true;
            }
            if (p.then()) {
                // A then row has one candidate: the first of its kind after the row above it.
                return false;
            }
        }
        if (!any) {
            fail(why, deepest, k, "after " + (above == null ? "the start of the act" : "\"" + above.text() + "\"")
                    + " nothing shows \"" + p.text() + "\"");
        }
        return false;
    }

    private static void fail(String[] why, int[] deepest, int k, String reason) {
        if (k > deepest[0]) {
            deepest[0] = k;
            why[0] = reason;
        }
    }

    private List<Parsed> parse(List<String> expected) {
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            String text = expected.get(i);
            boolean then = text.startsWith(THEN);
            if (then && i == 0) {
                throw new IllegalArgumentException(where(i, text) + ": the first row follows nothing; drop its \""
                        + THEN.strip() + "\"");
            }
            String words = then ? text.substring(THEN.length()) : text;
            Parsed p = null;
            for (Row<?> r : rows) {
                Matcher m = r.words().matcher(words);
                if (m.matches()) {
                    p = new Parsed(text, r, m, then);
                    break;
                }
            }
            if (p == null) {
                throw new IllegalArgumentException(where(i, text) + ", is no trace row; the rows a page may use are"
                        + " those of steps/dev/localio/steps/TraceRows.java");
            }
            try {
                p.row().check().accept(p.words());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where(i, text) + ": " + e.getMessage(), e);
            }
            parsed.add(p);
        }
        return parsed;
    }

    /** Row {@code i} (from 0) of the step's table: the failing step names its page line, and the rows follow it. */
    private static String where(int i, String text) {
        return "row " + (i + 1) + " of the table under this step (" + (i + 1) + (i == 0 ? " line" : " lines")
                + " below it), \"" + text + "\"";
    }
}

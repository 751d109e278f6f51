package dev.localio.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.localio.linux.Host;
import dev.localio.linux.HostTrace.ContainerStart;
import dev.localio.linux.HostTrace.ContainerStop;
import dev.localio.linux.fs.nfs.NfsTrace.NfsDoLocalRead;
import dev.localio.linux.fs.nfs.NfsTrace.NfsDoLocalWrite;
import dev.localio.linux.fs.nfs.NfsTrace.NfsGetTree;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalCommit;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalDisable;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalEnable;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalFallback;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalOpenFh;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalProbe;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidBegin;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidEnd;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidIsLocal;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdDestroyServ;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdFileAcquire;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdServPut;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdServTryGet;
import dev.localio.linux.kernel.KernelTrace.Die;
import dev.localio.linux.kernel.KernelTrace.KasanReport;
import dev.localio.linux.kernel.KernelTrace.Warn;
import dev.localio.linux.kernel.Trace.TraceEvent;
import dev.localio.linux.kernel.Tracepoint;
import dev.localio.linux.net.NetTrace.CleanupNet;
import dev.localio.linux.net.NetTrace.NetFree;
import dev.localio.linux.net.NetTrace.SetupNet;
import dev.localio.linux.net.sunrpc.SunrpcTrace.RpcRequest;
import dev.localio.linux.net.sunrpc.SunrpcTrace.RpcTaskEnd;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;

/**
 * Draws what a scenario did as a sequence diagram: after the scenario, the events its host's kernel
 * traced (the NFS client, {@code nfs_common}, nfsd, the RPC calls between them, the namespace and the
 * container), attached as {@code application/vnd.livingdocs.sequence+json} for the site to draw. Only
 * the scenarios that ask for it: a tag {@code @diagram}, or a claim whose story is a sequence (the
 * handshake, a local read, the fallback on {@code -ENXIO} and the probe after it, the restarts).
 *
 * <p>Runs before {@link Hooks} tears the world down, failed scenarios included: a failure is drawn as
 * far as it got.
 */
public class SequenceDiagrams {

    /** The tags that ask for a diagram. */
    static final Set<String> DRAWN = Set.of("@diagram", "@claim-testing-same-host", "@claim-interlock-rcu-read",
            "@claim-io-back-after-restart", "@claim-interlock-restart-survives", "@claim-interlock-prefix-crash",
            "@claim-io-failed-probe-stays-rpc");

    /** More than this many messages make a diagram nobody reads: the rest are counted, not drawn. */
    static final int MOST = 70;

    static final String MEDIA_TYPE = "application/vnd.livingdocs.sequence+json";

    private static final Map<String, String> PARTICIPANTS = new LinkedHashMap<>();

    static {
        PARTICIPANTS.put("client", "NFS client (fs/nfs)");
        PARTICIPANTS.put("common", "nfs_common");
        PARTICIPANTS.put("nfsd", "nfsd");
        PARTICIPANTS.put("net", "network namespace");
        PARTICIPANTS.put("kernel", "kernel");
    }

    private final LocalioWorld world;

    public SequenceDiagrams(LocalioWorld world) {
        this.world = world;
    }

    @After(value = "not @prose", order = 20000)
    public void draw(Scenario scenario) {
        if (scenario.getSourceTagNames().stream().noneMatch(DRAWN::contains) || world.hosts().isEmpty()) {
            return;
        }
        // One kernel's trace is in order; two kernels' traces have no common clock, so one host is drawn.
        Host host = world.hosts().get(0);
        scenario.attach(json(host.name(), host.subsystems().kernel().trace().events()), MEDIA_TYPE,
                "What the kernel of " + host.name() + " did");
    }

    /** A message of the diagram. */
    record Message(String from, String to, String text, boolean reply, boolean error) {
    }

    static String json(String host, List<TraceEvent> events) {
        List<Message> messages = new ArrayList<>();
        for (TraceEvent e : events) {
            Message m = message(e.event());
            if (m != null) {
                messages.add(m);
            }
        }
        int omitted = Math.max(0, messages.size() - MOST);
        List<Message> drawn = messages.subList(0, messages.size() - omitted);
        StringBuilder out = new StringBuilder("{\"title\": ").append(quote("Traced on " + host)).append(", \"participants\": [");
        List<String> used = drawn.stream().flatMap(m -> java.util.stream.Stream.of(m.from(), m.to())).distinct().toList();
        List<String> parts = new ArrayList<>();
        PARTICIPANTS.forEach((id, label) -> {
            if (used.contains(id)) {
                parts.add("{\"id\": " + quote(id) + ", \"label\": " + quote(label) + "}");
            }
        });
        out.append(String.join(", ", parts)).append("], \"messages\": [");
        List<String> items = new ArrayList<>();
        for (Message m : drawn) {
            items.add("{\"from\": " + quote(m.from()) + ", \"to\": " + quote(m.to()) + ", \"text\": " + quote(m.text())
                    + ", \"reply\": " + m.reply() + ", \"error\": " + m.error() + "}");
        }
        return out.append(String.join(",\n", items)).append("], \"omitted\": ").append(omitted).append("}").toString();
    }

    /** The event as a message between the parts of the kernel, or null for one the diagram leaves out. */
    static Message message(Tracepoint t) {
        if (t instanceof RpcRequest r) {
            return new Message("client", "nfsd", "RPC " + procedure(r.prog(), r.vers(), r.proc()) + " (xid " + Integer.toHexString(r.xid()) + ")",
                    false, false);
        }
        if (t instanceof RpcTaskEnd r) {
            boolean ok = "OK".equals(String.valueOf(r.status())) || String.valueOf(r.status()).endsWith("SUCCESS");
            return new Message("nfsd", "client", "reply " + procedure(r.prog(), r.vers(), r.proc()) + ": " + r.status(), true, !ok);
        }
        if (t instanceof NfsGetTree m) {
            return new Message("client", "client", "mount " + m.server() + ":" + m.export() + " (" + m.vers() + ", sec=" + m.sec() + ")"
                    + (m.error() == null ? "" : ": -" + m.error()), false, m.error() != null);
        }
        if (t instanceof NfsLocalProbe p) {
            return p.step() == NfsLocalProbe.Step.START ? new Message("client", "client", "nfs_local_probe()", false, false)
                    : new Message("client", "client", "probe: " + (p.local() ? "local" : "not local")
                            + (p.reason() == null || p.reason().isEmpty() ? "" : " (" + p.reason() + ")"), false, false);
        }
        if (t instanceof NfsUuidBegin b) {
            return new Message("client", "common", "nfs_uuid_begin(): " + (b.ok() ? "nonce listed" : "no nonce"), false, !b.ok());
        }
        if (t instanceof NfsUuidIsLocal l) {
            return new Message("nfsd", "common", "nfs_uuid_is_local(): " + (l.found() ? "found, client is local" : "not found"), false, false);
        }
        if (t instanceof NfsUuidEnd e) {
            return new Message("client", "common", "nfs_uuid_end(): " + (e.local() ? "local" : "not local"), false, false);
        }
        if (t instanceof NfsLocalEnable) {
            return new Message("client", "client", "nfs_local_enable(): LOCALIO on", false, false);
        }
        if (t instanceof NfsLocalDisable) {
            return new Message("client", "client", "nfs_local_disable(): LOCALIO off", false, false);
        }
        if (t instanceof NfsdServTryGet g) {
            return new Message("client", "nfsd", "nfsd_serv_try_get(): " + (g.ok() ? "reference taken" : "refused"), false, !g.ok());
        }
        if (t instanceof NfsdServPut) {
            return new Message("client", "nfsd", "nfsd_serv_put()", false, false);
        }
        if (t instanceof NfsLocalOpenFh o) {
            return new Message("client", "nfsd", "nfs_local_open_fh()" + (o.result() < 0 ? ": " + o.result() : ": nfsd_file"), false,
                    o.result() < 0);
        }
        if (t instanceof NfsdFileAcquire a) {
            return new Message("nfsd", "nfsd", "nfsd_file_acquire_local(): " + a.status(), false, !"NFS_OK".equals(String.valueOf(a.status())));
        }
        if (t instanceof NfsDoLocalRead r) {
            return new Message("client", "client", "nfs_do_local_read(" + r.count() + " bytes)" + (r.error() == 0 ? "" : ": " + r.error()),
                    false, r.error() != 0);
        }
        if (t instanceof NfsDoLocalWrite w) {
            return new Message("client", "client", "nfs_do_local_write(" + w.count() + " bytes)" + (w.error() == 0 ? "" : ": " + w.error()),
                    false, w.error() != 0);
        }
        if (t instanceof NfsLocalCommit c) {
            return new Message("client", "client", "nfs_local_commit()" + (c.error() == 0 ? "" : ": " + c.error()), false, c.error() != 0);
        }
        if (t instanceof NfsLocalFallback f) {
            return new Message("client", "client", "-" + f.errno() + ": " + f.op() + " falls back to RPC", false, true);
        }
        if (t instanceof NfsdDestroyServ d) {
            return new Message("nfsd", "nfsd", "nfsd_destroy_serv(): " + d.step().name().toLowerCase().replace('_', ' '), false, false);
        }
        if (t instanceof ContainerStop c) {
            return new Message("kernel", "net", "container " + c.container() + " stops", false, false);
        }
        if (t instanceof ContainerStart c) {
            return new Message("kernel", "net", "container " + c.container() + " starts", false, false);
        }
        if (t instanceof SetupNet n) {
            return new Message("kernel", "net", "setup_net(" + n.net() + ")", false, false);
        }
        if (t instanceof CleanupNet n) {
            return new Message("kernel", "net", "cleanup_net(" + n.net() + ")", false, false);
        }
        if (t instanceof NetFree n) {
            return new Message("kernel", "net", "net_free(" + n.net() + ")", false, false);
        }
        if (t instanceof KasanReport k) {
            return new Message("kernel", "kernel", "KASAN: " + k.kind() + " on " + k.object(), false, true);
        }
        if (t instanceof Warn w) {
            return new Message("kernel", "kernel", "WARN: " + w.check(), false, true);
        }
        if (t instanceof Die d) {
            return new Message("kernel", "kernel", "Oops: " + d.error(), false, true);
        }
        return null;
    }

    private static String procedure(int prog, int vers, int proc) {
        if (prog == Nfs.NFS_LOCALIO_PROGRAM) {
            return "LOCALIO " + (proc == Nfs.LOCALIOPROC_UUID_IS_LOCAL ? "UUID_IS_LOCAL" : proc == Nfs.LOCALIOPROC_NULL ? "NULL" : "proc " + proc);
        }
        if (prog == Nfs.NFS_PROGRAM) {
            return "NFSv" + vers + " " + switch (proc) {
                case Nfs3.NFS3PROC_NULL -> "NULL";
                case Nfs3.NFS3PROC_GETATTR -> "GETATTR";
                case Nfs3.NFS3PROC_LOOKUP -> "LOOKUP";
                case Nfs3.NFS3PROC_ACCESS -> "ACCESS";
                case Nfs3.NFS3PROC_READ -> "READ";
                case Nfs3.NFS3PROC_WRITE -> "WRITE";
                case Nfs3.NFS3PROC_CREATE -> "CREATE";
                case Nfs3.NFS3PROC_FSINFO -> "FSINFO";
                case Nfs3.NFS3PROC_COMMIT -> "COMMIT";
                default -> "proc " + proc;
            };
        }
        return "program " + prog + " v" + vers + " proc " + proc;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

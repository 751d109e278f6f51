package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;

import io.cucumber.java.en.Then;

import dev.localio.linux.Host;
import dev.localio.linux.fs.nfsd.NfsdNet;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdFileAcquire;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdFileFree;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdFilePutLocal;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdServPut;
import dev.localio.linux.kernel.KernelTrace.LockAcquire;
import dev.localio.linux.kernel.KernelTrace.LockRelease;
import dev.localio.linux.fs.nfsd.Vfs;
import dev.localio.linux.kernel.Trace;
import dev.localio.linux.kernel.Trace.TraceEvent;

/** What the client holds of the server, and what the kernels reported. */
public class InterlockSteps {

    private final LocalioWorld world;
    private final Servers servers;
    private final Mounts mounts;

    public InterlockSteps(LocalioWorld world, Servers servers, Mounts mounts) {
        this.world = world;
        this.servers = servers;
        this.mounts = mounts;
    }

    /**
     * The server's serv reference is back to its base count (the initial reference while nfsd runs,
     * none once it stopped), and every nfsd_file opened for a local IO was put.
     */
    @Then("the client holds no reference on the server")
    public void theClientHoldsNoReference() {
        Server server = servers.server();
        NfsdNet nn = server.nfsd().nfsdNet();
        Host host = world.hostOf(server.endpoint());
        boolean running = nn.nfsdServ() != null;
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(nn.nfsdServRef().count()).as("nn->nfsd_serv_ref (nfsd %s)", running ? "running" : "stopped")
                .isEqualTo(running ? 1 : 0);
        softly.assertThat(mounts.mount().nfsClient().localioFilesHeld()).as("files the client opened locally and holds")
                .isZero();
        Trace trace = host.subsystems().kernel().trace();
        long freed = trace.events(NfsdFileFree.class).stream().filter(e -> forLocalio(e.mayFlags())).count();
        long opened = trace.events(NfsdFileAcquire.class).stream().filter(e -> forLocalio(e.mayFlags())).count();
        softly.assertThat(freed).as("nfsd_files opened for local IO and freed").isEqualTo(opened);
        softly.assertAll();
    }

    /**
     * The put path's shape in v6.12: every file the client's thread dropped ({@code nfsd_file_put_local}) was
     * dropped inside an RCU read section, and the serv reference after it ({@code nfsd_serv_put}) before that
     * section ended. Later kernels drop the file first, outside any section, and only the serv reference
     * inside one: that shape fails here. Reads the client host's whole trace, and needs at least one put.
     */
    @Then("the client dropped each file, and then its serv reference, inside one RCU read section")
    public void theClientDroppedFileThenServInsideOneRcuSection() {
        String client = world.clientThread();
        List<TraceEvent> mine = mounts.mount().endpoint().subsystems().kernel().trace().events().stream()
                .filter(e -> e.thread().equals(client)).toList();
        List<String> wrong = new ArrayList<>();
        int puts = 0;
        int depth = 0;
        for (int i = 0; i < mine.size(); i++) {
            TraceEvent e = mine.get(i);
            if (e.event() instanceof LockAcquire a && a.lock().equals("rcu_read_lock")) {
                depth = a.depth();
            } else if (e.event() instanceof LockRelease r && r.lock().equals("rcu_read_lock")) {
                depth = r.depth() - 1;
            } else if (e.event() instanceof NfsdFilePutLocal) {
                puts++;
                String why = servPutInSameSection(mine, i, depth);
                if (why != null) {
                    wrong.add("event " + e.seq() + " (" + e.name() + "): " + why);
                }
            }
        }
        assertThat(puts).as("files the client dropped (nfsd_file_put_local)").isPositive();
        assertThat(wrong).as("file puts not followed by the serv put inside the same RCU read section").isEmpty();
    }

    /** Why the put at {@code at}, made at RCU depth {@code depth}, is not of v6.12's shape; {@code null} if it is. */
    private static String servPutInSameSection(List<TraceEvent> mine, int at, int depth) {
        if (depth < 1) {
            return "the file was dropped outside any RCU read section";
        }
        for (int j = at + 1; j < mine.size(); j++) {
            Object ev = mine.get(j).event();
            if (ev instanceof NfsdServPut) {
                return null;
            }
            if (ev instanceof LockRelease r && r.lock().equals("rcu_read_lock") && r.depth() == depth) {
                return "the RCU read section it was dropped in ended (event " + mine.get(j).seq()
                        + ") before the serv reference was dropped";
            }
            if (ev instanceof NfsdFilePutLocal) {
                break;
            }
        }
        return "no serv reference was dropped after it";
    }

    /** The nfsd module's reference count, which in the model only confirmed LOCALIO clients take. */
    @Then("LOCALIO clients hold {int} reference(s) on the nfsd module of {string}")
    public void localioClientsHoldModuleReferences(int n, String host) {
        assertThat(world.host(host).subsystems().nfsd().thisModule().moduleRefcount())
                .as("module_refcount() of nfsd on %s", host).isEqualTo(n);
    }

    /** Whether an nfsd_file with these {@code NFSD_MAY_*} flags was opened for LOCALIO. */
    private static boolean forLocalio(int mayFlags) {
        return (mayFlags & Vfs.NFSD_MAY_LOCALIO) != 0;
    }

    /** Some host's kernel made at least one report of this kind (a crash the scenario expects). */
    @Then("the kernel reported a {report}")
    public void theKernelReported(Report report) {
        List<String> reports = world.hosts().stream().flatMap(h -> report.in(h).stream()).toList();
        assertThat(reports).as("%s reports of %s", report, world.hosts().stream().map(Host::name).toList())
                .isNotEmpty();
    }

    @Then("the kernel reported no {report}")
    public void theKernelReportedNo(Report report) {
        SoftAssertions softly = new SoftAssertions();
        for (Host host : world.hosts()) {
            softly.assertThat(report.in(host)).as("%s reports of %s", report, host.name()).isEmpty();
        }
        softly.assertAll();
    }
}

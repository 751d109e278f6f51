package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import dev.localio.check.PageDefaults;
import dev.localio.linux.fs.AddressSpace;
import dev.localio.linux.fs.nfs.Localio;
import dev.localio.linux.fs.nfs.NfsIo;
import dev.localio.linux.fs.nfs.NfsOpenContext;
import dev.localio.linux.fs.nfs.NfsPgioHeader;
import dev.localio.linux.fs.nfs.NfsTrace.NfsLocalOpenFh;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.Trace;
import dev.localio.linux.net.sunrpc.xdr.Fattr3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;

/** Reads, writes and commits on a mount, which path served them, and what the server's files hold. */
public class IoSteps {

    private static final int WHOLE_FILE = 1 << 20;
    private static final Procedure READ = Procedure.named("READ");
    private static final Procedure WRITE = Procedure.named("WRITE");
    private static final Procedure LOOKUP = Procedure.named("LOOKUP");

    private final Servers servers;
    private final Mounts mounts;
    private final FileHandles handles;
    private final IoInFlight inFlight;

    public IoSteps(Servers servers, Mounts mounts, FileHandles handles, IoInFlight inFlight) {
        this.servers = servers;
        this.mounts = mounts;
        this.handles = handles;
        this.inFlight = inFlight;
    }

    @When("the client writes {string} to {string}")
    public void theClientWrites(String data, String file) {
        write(mounts.mount(), PageDefaults.ALICE, file, data);
    }

    @When("the client on {string} writes {string} to {string}")
    public void theClientOnWrites(String host, String data, String file) {
        Mount mount = mounts.mountOn(host);
        long before = mounts.calls(mount, WRITE);
        NfsIo io = write(mount, PageDefaults.ALICE, file, data);
        written.put(List.of(host, file), new Written(io, mounts.calls(mount, WRITE) - before));
    }

    /** How a client's write went: by which path, and how many WRITE calls it sent. */
    private record Written(NfsIo io, long writeCalls) {
    }

    private final Map<List<String>, Written> written = new HashMap<>();

    /** The write an earlier step made: the path that served it, and the WRITE calls sent for it. */
    @Then("the client on {string} wrote {string} {path}")
    public void theClientOnWrote(String host, String file, ParameterTypes.IoPath path) {
        Written w = written.get(List.of(host, file));
        assertThat(w).as("a write of %s by the client on %s", file, host).isNotNull();
        boolean locally = path == ParameterTypes.IoPath.LOCALLY;
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(w.io().path()).as("the path that served the write of %s", file)
                .isEqualTo(locally ? NfsIo.Path.LOCALIO : NfsIo.Path.RPC);
        softly.assertThat(w.writeCalls()).as("WRITE calls sent for it").isEqualTo(locally ? 0 : 1);
        softly.assertAll();
    }

    /** Reads the whole file through the client on {@code host}: by the path named, returning {@code data}. */
    @Then("the client on {string} reads {string} back from {string} {path}")
    public void theClientOnReadsBack(String host, String data, String file, ParameterTypes.IoPath path) {
        read(mounts.mountOn(host), file, path == ParameterTypes.IoPath.LOCALLY);
        assertThat(new String(servers.backingBytes(file), StandardCharsets.UTF_8)).as("what the read of %s returned", file)
                .isEqualTo(data);
    }

    /** Creates the file if needed (CREATE, an RPC), then one UNSTABLE write at offset 0. */
    private NfsIo write(Mount mount, Cred cred, String file, String data) {
        ErrPtr<NfsFh> fh = mount.nfs().create(cred, file, 0644);
        assertThat(fh.isErr()).as("creating %s (%s)", file, fh).isFalse();
        handles.remember(file, fh.value());
        NfsIo io = mount.nfs().write(cred, file, 0, data.getBytes(StandardCharsets.UTF_8), StableHow.NFS_UNSTABLE);
        assertThat(io.ok()).as("writing %s succeeded (%s)", file, io).isTrue();
        return io;
    }

    @When("the client commits {string}")
    public void theClientCommits(String file) {
        NfsIo io = mounts.mount().nfs().commit(PageDefaults.ALICE, file, 0, 0);
        assertThat(io.ok()).as("committing %s succeeded (%s)", file, io).isTrue();
    }

    @When("the client looks up {string}")
    public void theClientLooksUp(String file) {
        ErrPtr<NfsFh> fh = mounts.mount().nfs().lookup(PageDefaults.ALICE, file);
        assertThat(fh.isErr()).as("looking up %s (%s)", file, fh).isFalse();
        handles.remember(file, fh.value());
    }

    /** GETATTR of the file (after its LOOKUP), as alice. */
    @When("the client reads the attributes of {string}")
    public void theClientReadsTheAttributes(String file) {
        ErrPtr<Fattr3> attr = mounts.mount().nfs().getattr(PageDefaults.ALICE, file);
        assertThat(attr.isErr()).as("GETATTR of %s (%s)", file, attr).isFalse();
    }

    /** One LOOKUP on the wire, which the server answers with the file's handle. */
    @Then("looking up {string} over RPC succeeds")
    public void lookingUpOverRpcSucceeds(String file) {
        ErrPtr<NfsFh> fh = lookUpOnTheWire(file);
        assertThat(fh.isErr()).as("the LOOKUP of %s (%s)", file, fh).isFalse();
    }

    /** One LOOKUP on the wire, which the server refuses: the client's lookup ends with {@code errno}. */
    @Then("looking up {string} over RPC fails with {errno}")
    public void lookingUpOverRpcFails(String file, Errno errno) {
        ErrPtr<NfsFh> fh = lookUpOnTheWire(file);
        assertThat(fh.isErr() ? fh.errno() : null).as("the error of the LOOKUP of %s (%s)", file, fh).isEqualTo(errno);
    }

    /** The client's lookup of {@code file} as alice, which must send exactly one LOOKUP. */
    private ErrPtr<NfsFh> lookUpOnTheWire(String file) {
        Mount mount = mounts.mount();
        long before = mounts.calls(mount, LOOKUP);
        ErrPtr<NfsFh> fh = mount.nfs().lookup(PageDefaults.ALICE, file);
        assertThat(mounts.calls(mount, LOOKUP) - before).as("LOOKUP calls sent for %s", file).isEqualTo(1);
        return fh;
    }

    /** {@code nfs_local_open_fh()} of the handle the client holds opens the file; it is put again at once. */
    @Then("opening {string} locally succeeds")
    public void openingLocallySucceeds(String file) {
        Localio.nfsLocalFilePut(mounts.mount().nfsClient(), openLocally(file));
    }

    /** {@code nfs_local_open_fh()} of the handle the client holds for {@code file}, as alice: it must open. */
    private OpaqueNfsdFile openLocally(String file) {
        Mount mount = mounts.mount();
        OpaqueNfsdFile opened = Localio.nfsLocalOpenFh(mount.nfsClient(), PageDefaults.ALICE, handles.of(mount, file),
                Fmode.FMODE_READ);
        assertThat(opened).as("the local open of %s", file).isNotNull();
        return opened;
    }

    @Then("reading {string} is served locally")
    public void readingIsServedLocally(String file) {
        read(mounts.mount(), file, true);
    }

    @Then("reading {string} on {string} is served locally")
    public void readingOnIsServedLocally(String file, String host) {
        read(mounts.mountOn(host), file, true);
    }

    @Then("reading {string} goes over RPC")
    public void readingGoesOverRpc(String file) {
        read(mounts.mount(), file, false);
    }

    @Then("reading {string} on {string} goes over RPC")
    public void readingOnGoesOverRpc(String file, String host) {
        read(mounts.mountOn(host), file, false);
    }

    /** Reads the whole file as alice: it must succeed, by the path named, with the server's bytes. */
    private void read(Mount mount, String file, boolean locally) {
        ErrPtr<NfsOpenContext> ctx = mount.nfs().open(PageDefaults.ALICE, file, Fmode.FMODE_READ);
        assertThat(ctx.isErr()).as("opening %s (%s)", file, ctx).isFalse();
        handles.remember(file, ctx.value().fh());
        long before = mounts.calls(mount, READ);
        NfsIo io = ctx.value().read(0, WHOLE_FILE);
        long sent = mounts.calls(mount, READ) - before;
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(io.ok()).as("reading %s succeeded (%s)", file, io).isTrue();
        softly.assertThat(io.path()).as("the path that served the read of %s", file)
                .isEqualTo(locally ? NfsIo.Path.LOCALIO : NfsIo.Path.RPC);
        if (locally) {
            softly.assertThat(sent).as("READ calls sent for it").isZero();
        } else {
            softly.assertThat(sent).as("READ calls sent for it").isPositive();
        }
        softly.assertThat(io.data()).as("what the read of %s returned, against the server's file", file)
                .isEqualTo(servers.backingBytes(file));
        softly.assertAll();
    }

    @Then("{string} on the server holds {string}")
    public void theServerHolds(String file, String data) {
        assertThat(new String(servers.backingBytes(file), StandardCharsets.UTF_8)).as("the server's %s", file)
                .isEqualTo(data);
    }

    @Then("the server's copy of {string} is {sync}")
    public void theServersCopyIs(String file, Boolean synced) {
        assertThat(servers.dataInode(file).iMapping().mappingTagged(AddressSpace.PAGECACHE_TAG_DIRTY))
                .as("written data of the server's %s that no fsync covered yet", file).isEqualTo(!synced);
    }

    @Then("opening {string} locally fails with {errno}")
    public void openingLocallyFails(String file, Errno errno) {
        Mount mount = mounts.mount();
        NfsFh fh = handles.of(mount, file);
        Trace trace = mount.endpoint().subsystems().kernel().trace();
        int before = trace.events(NfsLocalOpenFh.class).size();

        OpaqueNfsdFile opened = Localio.nfsLocalOpenFh(mount.nfsClient(), PageDefaults.ALICE, fh, Fmode.FMODE_READ);

        assertThat(opened).as("the file nfs_local_open_fh() opened").isNull();
        List<Integer> results = trace.events(NfsLocalOpenFh.class).stream().skip(before)
                .filter(e -> fh.equals(e.fh())).map(NfsLocalOpenFh::result).toList();
        assertThat(results).as("what the nfs_local_open_fh tracepoint reported").containsExactly(errno.negative());
    }

    /**
     * The first half of a local read: nfs_local_open_fh() opened the file, so the client holds it and a serv
     * reference, as a read in flight does until its IO completes.
     */
    @When("the client starts a local read of {string} and holds it in flight")
    public void theClientStartsALocalRead(String file) {
        Mount mount = mounts.mount();
        inFlight.hold(mount.nfsClient(), handles.of(mount, file), openLocally(file));
    }

    /** The second half: nfs_local_doio() reads the file and puts it and the serv reference. */
    @When("the held read completes")
    public void theHeldReadCompletes() {
        IoInFlight.Held held = inFlight.release();
        NfsPgioHeader hdr = NfsPgioHeader.read(held.fh(), PageDefaults.ALICE, Fmode.FMODE_READ, 0, WHOLE_FILE);
        Localio.nfsLocalDoio(held.clp(), held.file(), hdr);
        NfsIo io = hdr.result();
        assertThat(io.ok()).as("the held read (%s)", io).isTrue();
        assertThat(io.wentLocal()).as("the held read was served locally").isTrue();
    }

    @Then("user {string} on {string} writes {string} {path}, as uid {int}")
    public void userWritesAsUid(String user, String host, String file, ParameterTypes.IoPath path, int uid) {
        Mount mount = mounts.mountOn(host);
        long before = mounts.calls(mount, WRITE);
        NfsIo io = write(mount, PageDefaults.user(user), file, user + " was here");
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(io.path()).as("the path that served the write").isEqualTo(
                path == ParameterTypes.IoPath.LOCALLY ? NfsIo.Path.LOCALIO : NfsIo.Path.RPC);
        softly.assertThat(mounts.calls(mount, WRITE) - before).as("WRITE calls sent for it")
                .isEqualTo(path == ParameterTypes.IoPath.LOCALLY ? 0 : 1);
        softly.assertThat(servers.dataInode(file).uid()).as("the owner of the server's %s", file).isEqualTo(uid);
        softly.assertAll();
    }

    @Then("user {string} on {string} {permission} read {string} {path}")
    public void userMayRead(String user, String host, Boolean may, String file, ParameterTypes.IoPath path) {
        Mount mount = mounts.mountOn(host);
        Trace trace = mount.endpoint().subsystems().kernel().trace();
        int opensBefore = trace.events(NfsLocalOpenFh.class).size();
        NfsIo io = mount.nfs().read(PageDefaults.user(user), file, 0, WHOLE_FILE);
        List<Integer> localResults = trace.events(NfsLocalOpenFh.class).stream().skip(opensBefore)
                .map(NfsLocalOpenFh::result).toList();
        boolean locally = path == ParameterTypes.IoPath.LOCALLY;
        SoftAssertions softly = new SoftAssertions();
        if (may) {
            softly.assertThat(io.ok()).as("%s reads %s (%s)", user, file, io).isTrue();
            softly.assertThat(io.path()).as("the path that served it").isEqualTo(locally ? NfsIo.Path.LOCALIO
                    : NfsIo.Path.RPC);
            softly.assertThat(io.data()).as("what %s read", user).isEqualTo(servers.backingBytes(file));
        } else {
            softly.assertThat(io.error()).as("the error %s's read of %s ends with (%s)", user, file, io)
                    .isEqualTo(Errno.EACCES);
            softly.assertThat(localResults).as("local opens tried for it")
                    .isEqualTo(locally ? List.of(Errno.EACCES.negative()) : List.of());
        }
        softly.assertAll();
    }
}

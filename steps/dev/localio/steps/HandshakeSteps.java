package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import dev.localio.linux.Host;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.kernel.Trace.TraceEvent;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;

/** The handshake's traces in nfs_common and on both sides, and what the client's nfs_uuid_t records. */
public class HandshakeSteps {

    private final LocalioWorld world;
    private final Servers servers;
    private final Mounts mounts;
    private final FileHandles handles;
    private final Act act;

    public HandshakeSteps(LocalioWorld world, Servers servers, Mounts mounts, FileHandles handles, Act act) {
        this.world = world;
        this.servers = servers;
        this.mounts = mounts;
        this.handles = handles;
        this.act = act;
    }

    @Then("the client records the server's network namespace and auth domain")
    public void theClientRecordsNetAndDom() {
        NfsUuid uuid = mounts.mount().nfsClient().clUuid();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(uuid.netAccess()).as("nfs_uuid->net").isNotNull()
                .isSameAs(servers.server().endpoint().net());
        softly.assertThat(uuid.dom()).as("nfs_uuid->dom").isNotNull();
        if (uuid.dom() != null) {
            softly.assertThat(uuid.dom().isFreed()).as("the auth domain is freed").isFalse();
            softly.assertThat(uuid.dom().refcount()).as("references on the auth domain").isPositive();
        }
        softly.assertAll();
    }

    @Then("the client records no network namespace")
    public void theClientRecordsNoNet() {
        assertThat(mounts.mount().nfsClient().clUuid().netAccess()).as("nfs_uuid->net").isNull();
    }

    @Then("no nonce is waiting in nfs_common on {string}")
    public void noNonceIsWaiting(String host) {
        assertThat(world.host(host).subsystems().nfsLocalio().inFlightProbes()).as("nonces on nfs_uuids of %s", host).isZero();
    }

    @Then("the trace of {string} shows, in this order:")
    public void theTraceShowsInOrder(String host, DataTable rows) {
        List<String> expected = rows.asList();
        Host h = world.host(host);
        List<TraceEvent> events = h.subsystems().kernel().trace().events();
        String missing = new TraceRows(new TraceRows.Scene() {
            @Override
            public String clientThread() {
                return world.clientThread();
            }

            @Override
            public Set<NfsFh> handles(String file) {
                return handles.of(file);
            }

            @Override
            public long dataIno(String file) {
                return servers.dataInode(file).ino();
            }
        }).findInOrder(expected, events, act.start(h));
        assertThat(missing).as("the trace of %s, %d events, the act's from sequence number %d on", host, events.size(),
                act.start(h)).isNull();
    }
}

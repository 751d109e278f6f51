package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.cucumber.java.en.Given;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.kernel.Kconfig;

/** Hosts (kernels), their settings, and the NFS servers on them with their exports and files. */
public class HostSteps {

    /** The name the page gives every server's exported directory. */
    private static final String EXPORT = "/export";

    private final LocalioWorld world;
    private final Servers servers;

    public HostSteps(LocalioWorld world, Servers servers) {
        this.world = world;
        this.servers = servers;
    }

    @Given("a host {string} whose kernel has LOCALIO")
    public void aHostWithLocalio(String name) {
        world.host(name, Kconfig.LOCALIO);
    }

    /** The design before the interlock (see {@link LocalioDesign#PRE_INTERLOCK}). */
    @Given("a host {string} whose kernel has LOCALIO without the interlock")
    public void aHostWithoutTheInterlock(String name) {
        world.host(name, Kconfig.LOCALIO, LocalioDesign.PRE_INTERLOCK);
    }

    @Given("a host {string} whose kernel has no LOCALIO support")
    public void aHostWithoutLocalio(String name) {
        world.host(name, Kconfig.NO_LOCALIO);
    }

    @Given("a host {string} whose kernel has LOCALIO, with nfs.localio_enabled={yn}")
    public void aHostWithLocalioEnabledOrNot(String name, Boolean enabled) {
        world.host(name, Kconfig.LOCALIO).subsystems().nfs().setLocalioEnabled(enabled);
    }

    @Given("nfs.localio_enabled is {yn} on {string}")
    public void localioEnabled(Boolean enabled, String host) {
        world.host(host).subsystems().nfs().setLocalioEnabled(enabled);
    }

    @Given("{string} has a Kerberos machine credential")
    public void hasAMachineCredential(String host) {
        world.host(host).subsystems().nfs().setGssMachineCredential(true);
    }

    @Given("{string} has no Kerberos machine credential")
    public void hasNoMachineCredential(String host) {
        world.host(host).subsystems().nfs().setGssMachineCredential(false);
    }

    @Given("an NFS server {place}")
    public void anNfsServer(Place place) {
        servers.serverAt(place);
    }

    @Given("another NFS server {place}")
    public void anotherNfsServer(Place place) {
        servers.anotherServerAt(place);
    }

    @Given("an NFS server {place} with a flexfiles data server {place}")
    public void aFlexfilesServer(Place mds, Place ds) {
        servers.flexfilesServerAt(mds, ds);
    }

    @Given("the server exports {string} with {string}")
    public void theServerExports(String dir, String options) {
        export("*", dir, options);
    }

    /**
     * A client is {@code *} or a host's name, which stands for the address the server sees that host's
     * connections come from.
     */
    @Given("the server exports {string} to {string} with {string}")
    public void theServerExportsTo(String dir, String client, String options) {
        export(client.equals("*") ? "*" : world.host(client).address(), dir, options);
    }

    private void export(String clientSpec, String dir, String options) {
        assertThat(dir).as("the page's servers export %s", EXPORT).isEqualTo(EXPORT);
        Server server = servers.server();
        server.nfsd().export(clientSpec, server.export(), options);
    }

    @Given("the export holds {string} owned by uid {int} with mode {word}")
    public void theExportHolds(String file, int uid, String mode) {
        servers.holds(file, uid, Integer.parseInt(mode, 8), ("contents of " + file).getBytes(StandardCharsets.UTF_8));
    }

    @Given("the export holds {string} owned by uid {int} and gid {int} with mode {word}")
    public void theExportHoldsWithGroup(String file, int uid, int gid, String mode) {
        servers.holds(file, uid, gid, Integer.parseInt(mode, 8), ("contents of " + file).getBytes(StandardCharsets.UTF_8));
    }

    @Given("{string} forwards its own address {string} to the server")
    public void forwardsItsOwnAddress(String host, String address) {
        servers.forward(host, address);
    }
}

package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;

import dev.localio.linux.Host;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;

/** Flavors, and what an address would have said about locality. */
public class SecuritySteps {

    private final LocalioWorld world;
    private final Mounts mounts;

    public SecuritySteps(LocalioWorld world, Mounts mounts) {
        this.world = world;
        this.mounts = mounts;
    }

    /** The flavor of the nfs_client's own RPC client ({@code cl_rpcclient}): AUTH_UNIX, or a sec= name. */
    @Then("the client's own RPC client uses {word}")
    public void theClientsOwnRpcClientUses(String flavor) {
        RpcAuthFlavor own = mounts.mount().nfsClient().clRpcclient().clAuth().auFlavor();
        assertThat(own == RpcAuthFlavor.RPC_AUTH_UNIX ? "AUTH_UNIX" : own.secName()).as("cl_rpcclient's flavor")
                .isEqualTo(flavor);
    }

    /**
     * What the pre-LOCALIO address match would decide: local when the address the client connected to is
     * one of the addresses of the client host's own namespace.
     */
    @Then("an address match on {string} would call the server {verdict}")
    public void anAddressMatchWouldCallTheServer(String hostName, Boolean local) {
        Host host = world.host(hostName);
        String connectedTo = mounts.mountOn(hostName).nfsClient().clInit().hostname();
        assertThat(world.network().addresses(host).contains(connectedTo))
                .as("%s, which the client connected to, is one of %s's addresses %s", connectedTo, hostName,
                        world.network().addresses(host))
                .isEqualTo(local);
    }
}

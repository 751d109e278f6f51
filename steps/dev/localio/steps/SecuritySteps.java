package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;

import dev.localio.linux.fs.nfs.AddressMatch;
import dev.localio.linux.fs.nfs.NfsClient;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;

/** Flavors, and what an address would have said about locality. */
public class SecuritySteps {

    private final Mounts mounts;

    public SecuritySteps(Mounts mounts) {
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
     * What the out-of-tree address match that preceded LOCALIO decides for the client on {@code hostName}:
     * the model's {@link AddressMatch}, asked about the client's own connection.
     */
    @Then("an address match on {string} would call the server {verdict}")
    public void anAddressMatchWouldCallTheServer(String hostName, Boolean local) {
        NfsClient clp = mounts.mountOn(hostName).nfsClient();
        assertThat(AddressMatch.serverAddressIsLocal(clp))
                .as("the address match's verdict on %s, which the client on %s connected to", clp.clInit().hostname(),
                        hostName)
                .isEqualTo(local);
    }
}

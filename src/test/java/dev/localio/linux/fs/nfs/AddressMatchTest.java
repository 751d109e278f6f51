package dev.localio.linux.fs.nfs;

import static dev.localio.linux.fs.nfs.NfsWorld.C1;
import static dev.localio.linux.fs.nfs.NfsWorld.mount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.Container;
import dev.localio.linux.Host;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The out-of-tree address match that LOCALIO's handshake replaced: it answers from the client
 * namespace's own addresses, and so is wrong wherever containers or NAT come in.
 */
class AddressMatchTest {

    @TempDir
    Path dir;
    private final NfsWorld world = new NfsWorld();

    @AfterEach
    void shutDown() {
        world.close();
    }

    @Test
    void a_server_in_a_container_of_the_clients_host_is_called_remote_though_the_handshake_finds_it_local() {
        Host h1 = world.host("h1", "10.0.0.1");
        NfsWorld.serve(h1, dir, "rw");
        NfsClient clp = mount(h1, C1, dir, "vers=3").nfsClient();

        assertThat(AddressMatch.serverAddressIsLocal(clp)).isFalse();
        assertThat(Localio.nfsServerIsLocal(clp)).isTrue();
    }

    @Test
    void an_address_of_the_clients_host_forwarded_to_another_host_is_called_local_though_the_handshake_finds_it_remote() {
        Host h1 = world.host("h1", "10.0.0.1");
        Host h2 = world.host("h2", "10.0.0.2");
        Container c1 = NfsWorld.serve(h2, dir, "rw");
        world.lan.attach(c1, "10.0.1.1");
        world.lan.forward("10.0.0.1", c1);
        NfsClient clp = mount(h1, "10.0.0.1", dir, "vers=3").nfsClient();

        assertThat(AddressMatch.serverAddressIsLocal(clp)).isTrue();
        assertThat(Localio.nfsServerIsLocal(clp)).isFalse();
    }

    @Test
    void loopback_is_always_the_clients_own() {
        Host h1 = world.host("h1", "10.0.0.1");
        h1.hostNfsd().export("*", dir, "rw");
        h1.startNfsd();
        NfsWorld.files(h1.hostNfsd().tree(dir));
        NfsClient clp = mount(h1, "127.0.0.1", dir, "vers=3").nfsClient();

        assertThat(AddressMatch.serverAddressIsLocal(clp)).isTrue();
        assertThat(Localio.nfsServerIsLocal(clp)).isTrue();
    }
}

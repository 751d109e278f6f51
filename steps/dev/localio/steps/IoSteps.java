package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;

import dev.localio.linux.fs.nfs.NfsIo;

/** Reads, writes and commits on the mount, and which path served them. */
public class IoSteps {

    private final LocalioWorld world;

    public IoSteps(LocalioWorld world) {
        this.world = world;
    }

    @Then("reading {string} goes over RPC")
    public void readingGoesOverRpc(String file) {
        NfsIo io = read(file);
        assertThat(io.path()).as("the path that served the read of %s", file).isEqualTo(NfsIo.Path.RPC);
    }

    @Then("reading {string} is served locally")
    public void readingIsServedLocally(String file) {
        NfsIo io = read(file);
        assertThat(io.path()).as("the path that served the read of %s", file).isEqualTo(NfsIo.Path.LOCALIO);
    }

    /** Reads the whole file as alice; the read itself must succeed whichever path serves it. */
    private NfsIo read(String file) {
        NfsIo io = world.mount().nfs().read(LocalioWorld.ALICE, file, 0, 1 << 20);
        assertThat(io.ok()).as("reading %s succeeded (%s)", file, io).isTrue();
        if (file.equals(LocalioWorld.HELLO)) {
            assertThat(io.data()).as("content of %s", file).isEqualTo(LocalioWorld.HELLO_CONTENT);
        }
        return io;
    }
}

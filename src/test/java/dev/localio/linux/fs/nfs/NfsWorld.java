package dev.localio.linux.fs.nfs;

import dev.localio.linux.Container;
import dev.localio.linux.Endpoint;
import dev.localio.linux.Host;
import dev.localio.linux.Network;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.Kconfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: a network with hosts, each closed (with everything it started) by {@link #close()},
 * and helpers for the usual server: a container c1 on host h1, address 172.17.0.2 on h1's bridge,
 * exporting a directory with a file {@code data} (1000:1000, 0644) and {@code secret} (0:0, 0600).
 */
final class NfsWorld implements AutoCloseable {

    static final Cred USER = Cred.of(1000, 1000);
    static final Cred ROOT = Cred.of(0, 0);
    static final byte[] HELLO = "hello localio".getBytes(StandardCharsets.UTF_8);
    static final String C1 = "172.17.0.2";

    final Network lan = new Network();
    private final List<Host> hosts = new ArrayList<>();

    Host host(String name, String address) {
        return host(Host.builder(name).network(lan).address(address));
    }

    Host host(Host.Builder builder) {
        Host h = builder.network(lan).build();
        hosts.add(h);
        return h;
    }

    Host host(String name, String address, LocalioDesign design, Kconfig kconfig) {
        return host(Host.builder(name).address(address).design(design).kconfig(kconfig));
    }

    /** Container c1 on {@code h}, at {@link #C1} on its bridge, exporting {@code dir} with {@code options}. */
    static Container serve(Host h, Path dir, String options) {
        Container c1 = h.container("c1").address(C1).export("*", dir, options).start();
        files(c1.nfsd().tree(dir));
        return c1;
    }

    /** Creates the fixture's files under an export of {@code dir}. */
    static void files(dev.localio.linux.fs.nfsd.InodeTable tree) {
        tree.createFile("data", 1000, 1000, 0644, HELLO);
        tree.createFile("secret", 0, 0, 0600, HELLO);
    }

    static NfsServer mount(Endpoint from, String server, Path dir, String options) {
        ErrPtr<NfsServer> m = from.mount(server, dir.toString(), options);
        if (m.isErr()) {
            throw new AssertionError("mount " + server + ":" + dir + " -o " + options + " failed: " + m.errno());
        }
        return m.value();
    }

    static NfsOpenContext open(NfsServer m, Cred cred, String path, int fmode) {
        return m.open(cred, path, fmode).value();
    }

    static NfsIo read(NfsServer m, Cred cred, String path) {
        return open(m, cred, path, Fmode.FMODE_READ).read(0, 4096);
    }

    static String contents(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (int i = hosts.size() - 1; i >= 0; i--) {
            hosts.get(i).close();
        }
    }
}

package dev.localio.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.localio.linux.Container;
import dev.localio.linux.Endpoint;
import dev.localio.linux.Host;
import dev.localio.linux.Network;
import dev.localio.linux.NfsdInstance;
import dev.localio.linux.fs.nfs.NfsServer;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Kconfig;

/**
 * Everything one scenario sets up, fresh for each scenario (picocontainer makes one per scenario
 * and hands it to every step class) and torn down after it: a network, the hosts the scenario
 * names (each one kernel of the model), the NFS server it speaks of, the client's mount.
 *
 * <p>The page's defaults live here, and nowhere else: every server exports a directory to everyone
 * with {@code rw,root_squash,sec=sys}, holding {@code hello.txt}; client steps that name no user act
 * as alice (uid 1000, gid 1000).
 */
public final class LocalioWorld implements AutoCloseable {

    /** The export options a server gets unless a step says otherwise. */
    public static final String DEFAULT_EXPORT_OPTIONS = "rw,root_squash,sec=sys";
    public static final String HELLO = "hello.txt";
    public static final byte[] HELLO_CONTENT = "Hello from the server's disk.\n".getBytes(StandardCharsets.UTF_8);
    public static final Cred ALICE = Cred.of(1000, 1000);

    /** The NFS server a scenario speaks of: where it runs, and the directory it exports. */
    public record Server(Endpoint endpoint, NfsdInstance nfsd, Path export) {

        public String address() {
            return endpoint.address();
        }
    }

    /** The client's mount: where it was made, and the mount itself. */
    public record Mount(Endpoint endpoint, NfsServer nfs) {
    }

    private final Network network = new Network();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final List<Path> directories = new ArrayList<>();
    private Server server;
    private Mount mount;

    public Network network() {
        return network;
    }

    /** A new kernel on the network, with an address of its own, running design [A] (the interlock). */
    public Host host(String name, Kconfig kconfig) {
        return host(name, kconfig, LocalioDesign.INTERLOCK);
    }

    /** A new kernel on the network, running the given LOCALIO design. */
    public Host host(String name, Kconfig kconfig, LocalioDesign design) {
        if (hosts.containsKey(name)) {
            throw new IllegalStateException("host \"" + name + "\" was already set up in this scenario");
        }
        Host host = Host.builder(name).network(network).address("10.0.0." + (hosts.size() + 1)).kconfig(kconfig)
                .design(design).build();
        hosts.put(name, host);
        return host;
    }

    public Host host(String name) {
        Host host = hosts.get(name);
        if (host == null) {
            throw new IllegalStateException("no host \"" + name + "\" in this scenario; set it up with a Given step first");
        }
        return host;
    }

    /** Starts the host's own nfsd (in its init_net), exporting a fresh directory with hello.txt. */
    public Server serverOn(String hostName) {
        Host host = host(hostName);
        Path export = directory("export-" + hostName);
        host.hostNfsd().export("*", export, DEFAULT_EXPORT_OPTIONS);
        host.startNfsd();
        host.hostNfsd().tree(export).createFile(HELLO, Cred.ROOT, Cred.ROOT, 0644, HELLO_CONTENT);
        server = new Server(host, host.hostNfsd(), export);
        return server;
    }

    /**
     * Starts an nfsd in a new container on the host (a network namespace of its own, with a bridge
     * address the host reaches), exporting a fresh directory with hello.txt.
     */
    public Server serverIn(String containerName, String hostName) {
        Host host = host(hostName);
        Path export = directory("export-" + containerName);
        Container container = host.container(containerName).address("172.17.0." + (host.containers().size() + 1));
        container.export("*", export, DEFAULT_EXPORT_OPTIONS).start();
        container.nfsd().tree(export).createFile(HELLO, Cred.ROOT, Cred.ROOT, 0644, HELLO_CONTENT);
        server = new Server(container, container.nfsd(), export);
        return server;
    }

    public Container container(String name, String hostName) {
        return host(hostName).containers().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no container \"" + name + "\" on " + hostName));
    }

    public Server server() {
        if (server == null) {
            throw new IllegalStateException("no NFS server in this scenario; set one up with a Given step first");
        }
        return server;
    }

    /** {@code mount -o vers=...,sec=... server:/export} from the host's own namespace. */
    public Mount mount(String hostName, String version, String flavor) {
        Host host = host(hostName);
        ErrPtr<NfsServer> m = host.mount(server().address(), server().export().toString(),
                "vers=" + version + ",sec=" + flavor);
        if (m.isErr()) {
            throw new AssertionError("mounting " + server().address() + ":" + server().export() + " on " + hostName
                    + " failed: " + m.errno());
        }
        mount = new Mount(host, m.value());
        return mount;
    }

    public Mount mount() {
        if (mount == null) {
            throw new IllegalStateException("nothing is mounted in this scenario; mount with a When step first");
        }
        return mount;
    }

    private Path directory(String name) {
        try {
            Path dir = Files.createTempDirectory("localio-" + name + "-");
            directories.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops every kernel (servers, clients, threads, ports) and removes the exported files. */
    @Override
    public void close() {
        List<Host> reversed = new ArrayList<>(hosts.values());
        java.util.Collections.reverse(reversed);
        RuntimeException failure = null;
        for (Host host : reversed) {
            try {
                host.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        for (Path dir : directories) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is not worth failing the scenario for
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}

package dev.localio.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.localio.check.AddressPlan;
import dev.localio.check.PageDefaults;
import dev.localio.linux.Container;
import dev.localio.linux.Endpoint;
import dev.localio.linux.Host;
import dev.localio.linux.Network;
import dev.localio.linux.NfsdInstance;
import dev.localio.linux.fs.nfs.NfsClient;
import dev.localio.linux.fs.nfs.NfsServer;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.fs.nfsd.Inode;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;

/**
 * Everything one scenario sets up, fresh for each scenario (picocontainer makes one per scenario
 * and hands it to every step class) and torn down after it: a network, the hosts the scenario
 * names (each one kernel of the model), their containers, the NFS server it speaks of, the client
 * mounts.
 *
 * <p>Servers, files, users and addresses follow the page's defaults ({@link PageDefaults}) and address
 * plan ({@link AddressPlan}), which the model checks and the soak share.
 *
 * <p>Everything a client does runs in the scenario's thread, which is how a trace tells the
 * client's events from nfsd's.
 */
public final class LocalioWorld implements AutoCloseable {

    /**
     * An NFS server of the scenario: where it runs, its nfsd, the directory it exports and, for a
     * pNFS flexfiles metadata server, the data server that holds the data.
     */
    public record Server(Endpoint endpoint, NfsdInstance nfsd, Path export, DataServer dataServer) {

        /** The export of the server that holds the data: the data server's, with flexfiles. */
        Path dataExport() {
            return dataServer == null ? export : dataServer.export();
        }

        /** The nfsd that holds the data. */
        NfsdInstance dataNfsd() {
            return dataServer == null ? nfsd : dataServer.nfsd();
        }
    }

    /** A flexfiles data server: where it runs, its nfsd, its export, the address layouts give. */
    public record DataServer(Endpoint endpoint, NfsdInstance nfsd, Path export, String address) {
    }

    /** A client's mount: where it was made, and the mount itself. */
    public record Mount(Endpoint endpoint, NfsServer nfs) {

        NfsClient nfsClient() {
            return nfs.nfsClient();
        }
    }

    private final String clientThread = Thread.currentThread().getName();
    private final Network network = new Network();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final List<Path> directories = new ArrayList<>();
    private final List<Mount> mounts = new ArrayList<>();
    private final Map<Host, String> forwarded = new HashMap<>();
    private final Map<String, Set<NfsFh>> handles = new HashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private Server server;
    private HeldIo held;

    /** A local IO the scenario opened and has not completed: the client holds the file and its serv reference. */
    record HeldIo(NfsClient clp, NfsFh fh, OpaqueNfsdFile file) {
    }

    public Network network() {
        return network;
    }

    /** The name of the thread the scenario, and so every client, runs in. */
    public String clientThread() {
        return clientThread;
    }

    /** A new kernel on the network, with an address of its own, running design [A] (the interlock). */
    public Host host(String name, Kconfig kconfig) {
        return host(name, kconfig, LocalioDesign.INTERLOCK);
    }

    /** A new kernel on the network, with an address of its own, running {@code design}. */
    public Host host(String name, Kconfig kconfig, LocalioDesign design) {
        if (hosts.containsKey(name)) {
            throw new IllegalStateException("host \"" + name + "\" was already set up in this scenario");
        }
        Host host = Host.builder(name).network(network).address(AddressPlan.host(hosts.size() + 1)).kconfig(kconfig)
                .design(design).build();
        host.trace().setLockEventsEnabled(true);
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

    public List<Host> hosts() {
        return List.copyOf(hosts.values());
    }

    /** The container of a place, made (with a bridge address, stopped) on first use. */
    public Container container(Place place) {
        Host host = host(place.host());
        boolean known = host.containers().stream().anyMatch(c -> c.name().equals(place.container()));
        Container c = host.container(place.container());
        if (!known) {
            c.address(AddressPlan.bridge(host.containers().size()));
        }
        return c;
    }

    /** The container called {@code name}, on whichever host the scenario put it. */
    public Container containerNamed(String name) {
        return hosts.values().stream().flatMap(h -> h.containers().stream()).filter(c -> c.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("no container \"" + name + "\" in this scenario"));
    }

    /** The namespace a place names, as the network sees it; a container is started if it is not running. */
    public Endpoint endpoint(Place place) {
        if (!place.inContainer()) {
            return host(place.host());
        }
        Container c = container(place);
        return c.isRunning() ? c : c.startNetns();
    }

    /** The NFS server that runs, or ran, at a place. */
    public NfsdInstance nfsd(Place place) {
        return place.inContainer() ? container(place).nfsd() : host(place.host()).hostNfsd();
    }

    /**
     * Starts an nfsd at the place, exporting a fresh directory with the page's defaults and holding
     * its hello.txt, and makes it the server the scenario speaks of.
     */
    public Server serverAt(Place place) {
        server = anotherServerAt(place);
        return server;
    }

    /** As {@link #serverAt}, but the server does not become the scenario's server. */
    public Server anotherServerAt(Place place) {
        Server s = start(place, PageDefaults.EXPORT_OPTIONS);
        s.nfsd().tree(s.export()).createFile(PageDefaults.HELLO, Cred.ROOT, Cred.ROOT, PageDefaults.HELLO_MODE,
                PageDefaults.helloContent());
        return s;
    }

    /**
     * A pNFS flexfiles metadata server at {@code mds} whose files' data lives on a data server (an nfsd
     * with the defaults) at {@code ds}; hello.txt is on both, with its data on the data server. It
     * becomes the scenario's server.
     */
    public Server flexfilesServerAt(Place mds, Place ds) {
        Server data = start(ds, PageDefaults.EXPORT_OPTIONS);
        String dsAddress = data.endpoint() instanceof Container c ? routable(c) : data.endpoint().address();
        Server meta = start(mds, PageDefaults.EXPORT_OPTIONS + ",pnfs");
        server = new Server(meta.endpoint(), meta.nfsd(), meta.export(),
                new DataServer(data.endpoint(), data.nfsd(), data.export(), dsAddress));
        holds(PageDefaults.HELLO, Cred.ROOT, PageDefaults.HELLO_MODE, PageDefaults.helloContent());
        return server;
    }

    private Server start(Place place, String options) {
        Path export = directory("export-" + (place.inContainer() ? place.container() : place.host()));
        NfsdInstance nfsd;
        Endpoint endpoint;
        if (place.inContainer()) {
            Container c = container(place);
            routable(c);
            c.export("*", export, options).start();
            nfsd = c.nfsd();
            endpoint = c;
        } else {
            Host host = host(place.host());
            host.hostNfsd().export("*", export, options);
            host.startNfsd();
            nfsd = host.hostNfsd();
            endpoint = host;
        }
        nfsd.tree(export).rootInode().setPermissions(PageDefaults.EXPORT_MODE);
        return new Server(endpoint, nfsd, export, null);
    }

    /** The container's routable address, given on first use. */
    private String routable(Container c) {
        String address = AddressPlan.routable(new ArrayList<>(hosts.values()).indexOf(c.host()) + 1,
                c.host().containers().indexOf(c) + 1);
        if (!network.addresses(c).contains(address)) {
            network.attach(c, address);
        }
        return address;
    }

    /**
     * Puts a file in the server's export, owned by {@code owner} with permission bits {@code mode}; with
     * flexfiles the data goes to the data server and the metadata server hands out a layout for it.
     */
    public void holds(String file, int owner, int mode, byte[] content) {
        Server s = server();
        s.dataNfsd().tree(s.dataExport()).createFile(file, owner, owner, mode, content);
        if (s.dataServer() != null) {
            s.nfsd().tree(s.export()).createFile(file, owner, owner, mode, new byte[0]);
            DataServer ds = s.dataServer();
            s.nfsd().layout(s.export(), file, ds.address(), ds.nfsd().fh("*", ds.export(), file));
        }
    }

    public Server server() {
        if (server == null) {
            throw new IllegalStateException("no NFS server in this scenario; set one up with a Given step first");
        }
        return server;
    }

    /** From now on mounts from {@code host} reach the server at {@code address}, one of the host's own. */
    public void forward(String hostName, String address) {
        Host host = host(hostName);
        network.attach(host, address);
        network.forward(address, server().endpoint());
        forwarded.put(host, address);
    }

    /**
     * The address a client at {@code from} mounts the server at: a forwarded address of its host if
     * there is one; else the server host's address, or a container's bridge address from its own host
     * and its routable one from elsewhere.
     */
    public String serverAddressFrom(Endpoint from) {
        String forward = forwarded.get(from.host());
        if (forward != null) {
            return forward;
        }
        Endpoint to = server().endpoint();
        if (to instanceof Container c && c.host() != from.host()) {
            return routable(c);
        }
        return to.address();
    }

    /** {@code mount -o vers=...,sec=... server:/export} at the place; the mount becomes a client of the scenario. */
    public Mount mount(Place place, String vers, String flavor) {
        Endpoint from = endpoint(place);
        String address = serverAddressFrom(from);
        ErrPtr<NfsServer> m = from.mount(address, server().export().toString(), "vers=" + vers + ",sec=" + flavor);
        if (m.isErr()) {
            throw new AssertionError("mounting " + address + ":" + server().export() + " " + place + " failed: "
                    + m.errno());
        }
        Mount mount = new Mount(from, m.value());
        mounts.add(mount);
        return mount;
    }

    /** The client: the scenario's only mount. */
    public Mount mount() {
        if (mounts.size() != 1) {
            throw new IllegalStateException(mounts.isEmpty() ? "nothing is mounted in this scenario; mount with a When step first"
                    : "this scenario has clients on several hosts: name the client's host");
        }
        return mounts.get(0);
    }

    /** The client on host {@code hostName}. */
    public Mount mountOn(String hostName) {
        return mounts.stream().filter(m -> m.endpoint().host().name().equals(hostName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no client on \"" + hostName + "\" in this scenario"));
    }

    /** Unmounts the client. */
    public void unmount(Mount mount) {
        mount.endpoint().host().nfs().nfsKillSuper(mount.nfs());
    }

    /** The real file that holds {@code file}'s data (the data server's, with flexfiles). */
    public Path backingFile(String file) {
        return server().dataExport().resolve(file);
    }

    public byte[] backingBytes(String file) {
        try {
            return Files.readAllBytes(backingFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inode that holds {@code file}'s data. */
    public Inode dataInode(String file) {
        Inode inode = server().dataNfsd().tree(server().dataExport()).lookupPath(file);
        if (inode == null) {
            throw new IllegalStateException(file + " is not on the server");
        }
        return inode;
    }

    /** Remembers a handle a client got for {@code file}, as the client's dentry cache would. */
    public void rememberHandle(String file, NfsFh fh) {
        handles.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(fh);
    }

    /** Every handle {@code file} goes by: the ones clients got, and its handle on the data server. */
    public Set<NfsFh> handles(String file) {
        Set<NfsFh> all = new LinkedHashSet<>(handles.getOrDefault(file, Set.of()));
        if (server().dataServer() != null) {
            DataServer ds = server().dataServer();
            all.add(ds.nfsd().fh("*", ds.export(), file));
        }
        return all;
    }

    /** The handle the client looked up for {@code file} (looked up now if it never did). */
    public NfsFh handle(Mount mount, String file) {
        Set<NfsFh> known = handles.get(file);
        if (known != null && !known.isEmpty()) {
            return known.iterator().next();
        }
        NfsFh fh = mount.nfs().lookup(PageDefaults.ALICE, file).value();
        rememberHandle(file, fh);
        return fh;
    }

    /**
     * How many calls of a procedure the clients in the mount's namespace sent, over every {@code nfs_client}
     * there (a flexfiles data server's included), as {@code nfsstat -c} counts them in that namespace.
     */
    public long calls(Mount mount, Procedure p) {
        return clientsOf(mount).stream().mapToLong(c -> c.clRpcclient().clXprt().xprtStats().calls(p.prog(), p.vers(),
                p.proc())).sum();
    }

    /** How many calls of any procedure of program {@code prog} those clients sent. */
    public long calls(Mount mount, int prog) {
        return clientsOf(mount).stream().mapToLong(c -> c.clRpcclient().clXprt().xprtStats().calls(prog)).sum();
    }

    private List<NfsClient> clientsOf(Mount mount) {
        return mount.endpoint().host().nfs().clients().stream().filter(c -> c.clInit().net() == mount.nfs().net())
                .toList();
    }

    /** Holds a file the client opened locally, as an IO in flight would, until {@link #releaseHeld()}. */
    public void hold(NfsClient clp, NfsFh fh, OpaqueNfsdFile file) {
        held = new HeldIo(clp, fh, file);
    }

    /** The IO in flight, which the caller now completes (and so puts). */
    public HeldIo releaseHeld() {
        HeldIo h = held;
        held = null;
        if (h == null) {
            throw new IllegalStateException("no IO is held in flight in this scenario");
        }
        return h;
    }

    /** Runs {@code task} on a thread of its own, which {@link #close()} waits for. */
    public Thread spawn(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
        return t;
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
        if (held != null) {
            // A scenario that failed with an IO in flight: put it, or nfsd's shutdown waits for ever.
            held.clp().nfsLocalFilePut(held.file());
            held = null;
        }
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Host> reversed = new ArrayList<>(hosts.values());
        Collections.reverse(reversed);
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

package dev.localio.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.localio.check.PageDefaults;
import dev.localio.linux.Container;
import dev.localio.linux.Endpoint;
import dev.localio.linux.Host;
import dev.localio.linux.NfsdInstance;
import dev.localio.linux.fs.nfsd.Inode;
import dev.localio.linux.kernel.Cred;

/**
 * The NFS servers of a scenario, the one it speaks of ({@link #server()}), what that server holds,
 * and the address a client reaches it at. Every server exports a fresh directory with the page's
 * defaults ({@link PageDefaults}) and holds its hello.txt.
 */
public final class Servers {

    private final LocalioWorld world;
    private final ExportDirectories directories;
    private final Map<Host, String> forwarded = new HashMap<>();
    private Server server;

    public Servers(LocalioWorld world, ExportDirectories directories) {
        this.world = world;
        this.directories = directories;
    }

    /** Starts an nfsd at the place, as {@link #anotherServerAt}, and makes it the server the scenario speaks of. */
    public Server serverAt(Place place) {
        server = anotherServerAt(place);
        return server;
    }

    /** Starts an nfsd at the place exporting a fresh directory that holds hello.txt; not the scenario's server. */
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
        String dsAddress = data.endpoint() instanceof Container c ? world.routable(c) : data.endpoint().address();
        Server meta = start(mds, PageDefaults.EXPORT_OPTIONS + ",pnfs");
        server = new Server(meta.endpoint(), meta.nfsd(), meta.export(),
                new Server.DataServer(data.endpoint(), data.nfsd(), data.export(), dsAddress));
        holds(PageDefaults.HELLO, Cred.ROOT, PageDefaults.HELLO_MODE, PageDefaults.helloContent());
        return server;
    }

    private Server start(Place place, String options) {
        Path export = directories.directory("export-" + (place.inContainer() ? place.container() : place.host()));
        NfsdInstance nfsd;
        Endpoint endpoint;
        if (place.inContainer()) {
            Container c = world.container(place);
            world.routable(c);
            c.export("*", export, options).start();
            nfsd = c.nfsd();
            endpoint = c;
        } else {
            Host host = world.host(place.host());
            host.hostNfsd().export("*", export, options);
            host.startNfsd();
            nfsd = host.hostNfsd();
            endpoint = host;
        }
        nfsd.tree(export).rootInode().setPermissions(PageDefaults.EXPORT_MODE);
        return new Server(endpoint, nfsd, export, null);
    }

    /**
     * Puts a file in the server's export, owned by {@code owner} (user and group) with permission bits
     * {@code mode}; with flexfiles the data goes to the data server and the metadata server hands out a
     * layout for it.
     */
    public void holds(String file, int owner, int mode, byte[] content) {
        holds(file, owner, owner, mode, content);
    }

    /** {@link #holds(String, int, int, byte[])} with a group of its own. */
    public void holds(String file, int owner, int group, int mode, byte[] content) {
        Server s = server();
        s.dataNfsd().tree(s.dataExport()).createFile(file, owner, group, mode, content);
        if (s.dataServer() != null) {
            s.nfsd().tree(s.export()).createFile(file, owner, group, mode, new byte[0]);
            Server.DataServer ds = s.dataServer();
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
        Host host = world.host(hostName);
        world.network().attach(host, address);
        world.network().forward(address, server().endpoint());
        forwarded.put(host, address);
    }

    /**
     * The address a client at {@code from} mounts the server at: a forwarded address of its host if
     * there is one; else the server host's address, or a container's bridge address from its own host
     * and its routable one from elsewhere.
     */
    public String serverAddressFrom(Endpoint from) {
        String forward = forwarded.get(world.hostOf(from));
        if (forward != null) {
            return forward;
        }
        Endpoint to = server().endpoint();
        if (to instanceof Container c && c.subsystems() != from.subsystems()) {
            return world.routable(c);
        }
        return to.address();
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
}

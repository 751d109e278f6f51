package dev.localio.steps;

import java.util.ArrayList;
import java.util.List;

import dev.localio.linux.Endpoint;
import dev.localio.linux.fs.nfs.NfsClient;
import dev.localio.linux.fs.nfs.NfsServer;
import dev.localio.linux.kernel.ErrPtr;

/** The client mounts of a scenario, each of the scenario's server, and what their clients sent. */
public final class Mounts {

    private final LocalioWorld world;
    private final Servers servers;
    private final List<Mount> mounts = new ArrayList<>();

    public Mounts(LocalioWorld world, Servers servers) {
        this.world = world;
        this.servers = servers;
    }

    /** {@code mount -o vers=...,sec=... server:/export} at the place; the mount becomes a client of the scenario. */
    public Mount mount(Place place, String vers, String flavor) {
        return mount(place, vers, flavor, "");
    }

    /** The same, with more mount options ({@code ,noresvport}), each with its comma in front. */
    public Mount mount(Place place, String vers, String flavor, String moreOptions) {
        Endpoint from = world.endpoint(place);
        String address = servers.serverAddressFrom(from);
        String export = servers.server().export().toString();
        ErrPtr<NfsServer> m = from.mount(address, export, "vers=" + vers + ",sec=" + flavor + moreOptions);
        if (m.isErr()) {
            throw new AssertionError("mounting " + address + ":" + export + " " + place + " failed: " + m.errno());
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
        return mounts.stream().filter(m -> m.endpoint().subsystems().kernel().name().equals(hostName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no client on \"" + hostName + "\" in this scenario"));
    }

    /** Unmounts the client. */
    public void unmount(Mount mount) {
        mount.endpoint().subsystems().nfs().nfsKillSuper(mount.nfs());
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

    private static List<NfsClient> clientsOf(Mount mount) {
        return mount.endpoint().subsystems().nfs().clients().stream().filter(c -> c.clInit().net() == mount.nfs().net())
                .toList();
    }
}

package dev.localio.linux;

import dev.localio.linux.fs.nfs.NfsFsContext;
import dev.localio.linux.fs.nfs.NfsServer;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.Rpcbind;

/**
 * One network namespace as the model's {@link Network} sees it: a host's {@code init_net}
 * ({@link Host}) or a container's namespace ({@link Container}). It has the addresses the network
 * gave it and, while it runs, an rpcbind through which its servers are found.
 *
 * <p>Not a kernel structure: the view a network (switches, other hosts) has of a namespace.
 */
public interface Endpoint {

    /** The namespace's name: the host's or the container's. */
    String name();

    /**
     * The kernel the namespace lives in, with its subsystems: two namespaces are on the same machine
     * exactly when they share it.
     */
    Subsystems subsystems();

    /**
     * The address of the machine the namespace lives in (its host's), which a connection shows once it
     * leaves that machine (containers are masqueraded), or {@code null} if the machine is on no network.
     */
    String hostAddress();

    /** The namespace now, or {@code null} while it is down (a stopped container). */
    Net net();

    /**
     * The address this namespace's connections come from when they leave it, or {@code null} if
     * it has none.
     */
    String address();

    /** The rpcbind answering in the namespace now, or {@code null} while it is down. */
    Rpcbind rpcbind();

    /**
     * {@code mount -t nfs -o options server:exportPath} in this namespace, e.g.
     * {@code mount("10.0.0.1", "/srv/export", "vers=4.2,sec=sys")}; see {@link NfsFsContext#parse}.
     *
     * @return the mount, or the errno the mount failed with
     * @throws IllegalStateException if the namespace is down
     */
    default ErrPtr<NfsServer> mount(String server, String exportPath, String options) {
        Net net = net();
        if (net == null) {
            throw new IllegalStateException(name() + " is not running");
        }
        return subsystems().nfs().nfsMount(net, NfsFsContext.parse(server, exportPath, options));
    }
}

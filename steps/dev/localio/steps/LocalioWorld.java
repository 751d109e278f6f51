package dev.localio.steps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.localio.check.AddressPlan;
import dev.localio.linux.Container;
import dev.localio.linux.Endpoint;
import dev.localio.linux.Host;
import dev.localio.linux.Network;
import dev.localio.linux.NfsdInstance;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.kernel.Kconfig;

/**
 * The machines of one scenario, fresh for each (picocontainer makes one per scenario and hands it to
 * every step class and part of the scenario that asks): a network, the hosts the scenario names (each
 * one kernel of the model) and their containers, addressed as the page's {@link AddressPlan} says.
 * What runs on them is kept beside it: the NFS server ({@link Servers}), the client mounts
 * ({@link Mounts}), the handles clients got ({@link FileHandles}), an IO held in flight
 * ({@link IoInFlight}), the scenario's threads ({@link ScenarioThreads}) and exported directories
 * ({@link ExportDirectories}); {@link Hooks} tears them down in order.
 *
 * <p>Everything a client does runs in the scenario's thread, which is how a trace tells the
 * client's events from nfsd's.
 */
public final class LocalioWorld implements AutoCloseable {

    private final String clientThread = Thread.currentThread().getName();
    private final Network network = new Network();
    private final Map<String, Host> hosts = new LinkedHashMap<>();

    public Network network() {
        return network;
    }

    /** The name of the thread the scenario, and so every client, runs in. */
    public String clientThread() {
        return clientThread;
    }

    /**
     * The system property naming the variant a run is against ({@code newest}); unset, the run is
     * against the design the page declares, v6.12.
     */
    public static final String VARIANT_PROPERTY = "livingdocs.variant";

    /**
     * The design this run's kernels run unless a step names one: design [A] (v6.12, the page's), or
     * the one the variant the build runs the page against names ({@code newest}: design [D]).
     */
    public static LocalioDesign runDesign() {
        String variant = System.getProperty(VARIANT_PROPERTY, "");
        return switch (variant) {
            case "", "v6.12" -> LocalioDesign.INTERLOCK;
            case "newest" -> LocalioDesign.NEWEST;
            default -> throw new IllegalStateException("-D" + VARIANT_PROPERTY + "=" + variant
                    + ": no such design; the glue knows v6.12 and newest");
        };
    }

    /** A new kernel on the network, with an address of its own, running the run's design ({@link #runDesign()}). */
    public Host host(String name, Kconfig kconfig) {
        return host(name, kconfig, runDesign());
    }

    /** A new kernel on the network, with an address of its own, running {@code design}. */
    public Host host(String name, Kconfig kconfig, LocalioDesign design) {
        if (hosts.containsKey(name)) {
            throw new IllegalStateException("host \"" + name + "\" was already set up in this scenario");
        }
        Host host = Host.builder(name).network(network).address(AddressPlan.host(hosts.size() + 1)).kconfig(kconfig)
                .design(design).build();
        host.subsystems().kernel().trace().setLockEventsEnabled(true);
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

    /** The host whose kernel {@code endpoint} lives in: itself, or a container's host. */
    public Host hostOf(Endpoint endpoint) {
        return hosts.values().stream().filter(h -> h.subsystems() == endpoint.subsystems()).findFirst()
                .orElseThrow(() -> new IllegalStateException(endpoint.name() + " is on no host of this scenario"));
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

    /** The container's routable address, given on first use. */
    String routable(Container c) {
        Host host = hostOf(c);
        String address = AddressPlan.routable(new ArrayList<>(hosts.values()).indexOf(host) + 1,
                host.containers().indexOf(c) + 1);
        if (!network.addresses(c).contains(address)) {
            network.attach(c, address);
        }
        return address;
    }

    /** Stops every kernel (servers, clients, ports), the last set up first; the first failure is thrown. */
    @Override
    public void close() {
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
        if (failure != null) {
            throw failure;
        }
    }
}

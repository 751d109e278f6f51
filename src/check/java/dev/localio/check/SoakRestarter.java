package dev.localio.check;

import dev.localio.linux.Container;
import dev.localio.linux.fs.nfsd.NfsdNet;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.SvcServ;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Restarts the server's container K times ({@link Container#restart()}: nfsd stops, the namespace
 * is torn down and freed, a new one starts with a new nfsd), with a pause before each restart and
 * after the last, so that the workers' IO runs between restarts and meets each of them. The pause
 * varies (half to one and a half times the configured one, from the run's seed) so that restarts
 * fall at every point of the workers' IO. It keeps what each restart left behind (the old
 * namespace, its {@code nfsd_net}) and each nfsd service it saw, for the end checks.
 */
final class SoakRestarter implements Runnable {

    private final Container container;
    private final RestartSoak.Config config;
    private final Random random;
    private final SoakTally tally;
    private final Heartbeat heartbeat = new Heartbeat();
    private final List<Net> oldNets = new CopyOnWriteArrayList<>();
    private final List<NfsdNet> oldNfsdNets = new CopyOnWriteArrayList<>();
    private final List<SvcServ> servs = new CopyOnWriteArrayList<>();
    private final List<Duration> durations = new CopyOnWriteArrayList<>();

    SoakRestarter(Container container, RestartSoak.Config config, long seed, SoakTally tally) {
        this.container = container;
        this.config = config;
        this.random = new Random(seed);
        this.tally = tally;
        servs.add(container.nfsd().serv());
    }

    @Override
    public void run() {
        try {
            for (int i = 1; i <= config.restarts() && !tally.abandoned(); i++) {
                pause();
                heartbeat.beat();
                oldNets.add(container.net());
                oldNfsdNets.add(container.nfsd().nfsdNet());
                tally.restartBegins(i);
                long t0 = System.nanoTime();
                container.restart();
                durations.add(Duration.ofNanos(System.nanoTime() - t0));
                servs.add(container.nfsd().serv());
                heartbeat.beat();
            }
            pause();
        } catch (Throwable t) {
            tally.crash("the restarter threw " + t + " at " + SoakWorker.frames(t.getStackTrace()));
        }
    }

    private void pause() {
        long base = config.pause().toNanos();
        Pacing.pause(Duration.ofNanos(base / 2 + (long) (random.nextDouble() * base)));
    }

    Heartbeat heartbeat() {
        return heartbeat;
    }

    /** The namespaces the restarts replaced, oldest first. */
    List<Net> oldNets() {
        return List.copyOf(oldNets);
    }

    /** Their {@code nfsd_net}s. */
    List<NfsdNet> oldNfsdNets() {
        return List.copyOf(oldNfsdNets);
    }

    /** Every nfsd service the container ran: the first, and one per restart. */
    List<SvcServ> servs() {
        return List.copyOf(servs);
    }

    /** How long each restart took. */
    List<Duration> durations() {
        return List.copyOf(durations);
    }
}

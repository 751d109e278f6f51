package dev.localio.check;

import dev.localio.linux.Container;
import dev.localio.linux.Host;
import dev.localio.linux.Network;
import dev.localio.linux.fs.nfs.Localio;
import dev.localio.linux.fs.nfs.NfsClient;
import dev.localio.linux.fs.nfs.NfsIo;
import dev.localio.linux.fs.nfs.NfsOpenContext;
import dev.localio.linux.fs.nfs.NfsServer;
import dev.localio.linux.fs.nfsd.InodeTable;
import dev.localio.linux.fs.nfsd.NfsdNet;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.SvcServ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The restart soak: an NFS server in a container restarts K times while T threads do LOCALIO
 * reads, writes and commits on real files through mounts on the container's host; then every end
 * check of issue 7 is made (see {@link SoakReport#problems()}). A harness, not a unit test:
 * {@code RestartSoakTest} runs a short soak in the build, and {@code ./mvnw -B verify -Psoak} a long
 * one (README, "The restart soak").
 *
 * <p>The setup is the page's ({@link PageDefaults}, {@link AddressPlan}): host {@code h1} (design [A],
 * the interlock) with container {@code c1} whose nfsd exports a real temporary directory with the
 * default options; each worker mounts it as alice from the host's own namespace with NFSv3 and
 * {@code sec=sys}, through an extra address of the container's ({@code 10.244.1.10}, {@code .11},
 * ...) so that each worker's mount has an {@code nfs_client} of its own (fs/nfs/client.c:
 * {@code nfs_match_client()} shares a client among the mounts of one server address) and a worker's
 * remount disturbs no other's IO. Host {@code h2} is there to read the files back over RPC at the end.
 *
 * <p>What a restart does to LOCALIO (fs/nfsd/nfssvc.c, fs/nfs_common/nfslocalio.c,
 * fs/nfs/localio.c, v6.12): {@code nfsd_destroy_serv()} kills the serv reference, so every local
 * open from then on fails its {@code nfsd_serv_try_get()} with {@code -ENXIO}, waits until the local
 * IOs in flight put their files, then the namespace's {@code pre_exit} clears every client's
 * {@code net} (a later open fails with {@code -ENXIO} too), and the namespace is freed. A client that
 * meets {@code -ENXIO} sends that IO over RPC and probes again at once.
 *
 * <p>Run it as a program ({@link #main}) or call {@link #run(Config)}; it prints (or returns) a
 * {@link SoakReport} that ends with {@code ok} or {@code FAILED: reasons}.
 */
public final class RestartSoak {

    /** The address through which the read-back mounts (on both hosts) reach the server: c1's own. */
    private static final String READ_BACK_ADDRESS = AddressPlan.routable(1, 1);

    /**
     * What to run.
     *
     * @param restarts       K, how many times the container restarts
     * @param threads        T, how many workers do IO
     * @param filesPerThread how many files each worker owns
     * @param fileSize       each file's size in bytes (it keeps it: writes land inside)
     * @param ioSize         the largest read or write, in bytes
     * @param seed           the seed of every random choice (what is written where, the pauses)
     * @param pause          the restarter's pause before each restart (varied from half to one and a
     *                       half times this) and after the last
     * @param remount        whether a worker whose client is no longer local mounts again to regain
     *                       LOCALIO (v6.12 never probes such a client again)
     * @param hangAfter      how long a soak thread may go without getting anything done before the run
     *                       calls it a hang
     */
    public record Config(int restarts, int threads, int filesPerThread, int fileSize, int ioSize, long seed,
            Duration pause, boolean remount, Duration hangAfter) {

        public Config {
            if (restarts < 0 || threads < 1 || threads > 200 || filesPerThread < 1 || fileSize < 1 || ioSize < 1) {
                throw new IllegalArgumentException("restarts >= 0, 1 <= threads <= 200, files, file size and IO size"
                        + " >= 1");
            }
        }

        /** The long run's: 200 restarts under 8 threads, 2 files of 64 KiB each, IO up to 16 KiB. */
        public static Config defaults() {
            return new Config(200, 8, 2, 64 << 10, 16 << 10, 1, Duration.ofMillis(150), true, Duration.ofSeconds(30));
        }

        /**
         * {@link #defaults()} changed by {@code --restarts=K --threads=T --files=N --file-size=BYTES
         * --io-size=BYTES --seed=S --pause-ms=MS --hang-after-s=S --remount=true|false}.
         *
         * @throws IllegalArgumentException for anything else
         */
        public static Config parse(String... args) {
            Config d = defaults();
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("expected --name=value, got " + arg + "; " + USAGE);
                }
                given.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
            Set<String> known = Set.of("restarts", "threads", "files", "file-size", "io-size", "seed", "pause-ms",
                    "hang-after-s", "remount");
            given.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
                throw new IllegalArgumentException("unknown option --" + k + "; " + USAGE);
            });
            return new Config(
                    Integer.parseInt(given.getOrDefault("restarts", "" + d.restarts())),
                    Integer.parseInt(given.getOrDefault("threads", "" + d.threads())),
                    Integer.parseInt(given.getOrDefault("files", "" + d.filesPerThread())),
                    Integer.parseInt(given.getOrDefault("file-size", "" + d.fileSize())),
                    Integer.parseInt(given.getOrDefault("io-size", "" + d.ioSize())),
                    Long.parseLong(given.getOrDefault("seed", "" + d.seed())),
                    Duration.ofMillis(Long.parseLong(given.getOrDefault("pause-ms", "" + d.pause().toMillis()))),
                    Boolean.parseBoolean(given.getOrDefault("remount", "" + d.remount())),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("hang-after-s",
                            "" + d.hangAfter().toSeconds()))));
        }

        private static final String USAGE = "options: --restarts=K --threads=T --files=N --file-size=BYTES"
                + " --io-size=BYTES --seed=S --pause-ms=MS --hang-after-s=S --remount=true|false";
    }

    private RestartSoak() {
    }

    /**
     * Runs the soak {@code args} describe ({@link Config#parse}), prints its report and, with
     * {@code --report=FILE}, writes it there too ({@code -Psoak} asks for {@code target/soak/report.txt});
     * exits 1 if a check failed, 2 if the report could not be written.
     */
    public static void main(String[] args) {
        Path reportFile = null;
        List<String> options = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith(REPORT_OPTION)) {
                reportFile = Path.of(arg.substring(REPORT_OPTION.length()));
            } else {
                options.add(arg);
            }
        }
        SoakReport report = run(Config.parse(options.toArray(String[]::new)));
        System.out.print(report);
        if (reportFile != null && !write(report, reportFile)) {
            System.exit(2);
        }
        System.exit(report.ok() ? 0 : 1);
    }

    private static final String REPORT_OPTION = "--report=";

    /** Writes {@code report} to {@code file}, making its directory; false, and why on stderr, if it cannot. */
    static boolean write(SoakReport report, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, report.toString());
            System.out.println("report written to " + file);
            return true;
        } catch (IOException e) {
            System.err.println("cannot write the soak's report to " + file + ": " + e);
            return false;
        }
    }

    /** Runs one soak and judges it. Everything it starts is stopped, and its directory removed, before it returns. */
    public static SoakReport run(Config config) {
        long t0 = System.nanoTime();
        Path export = temporaryDirectory();
        try {
            return new Run(config, export).run(t0);
        } finally {
            remove(export);
        }
    }

    /** One run: the hosts, the threads, and what they leave to be judged. */
    private static final class Run {

        private final Config config;
        private final Path export;
        private final Network lan = new Network();
        private final Host h1;
        private final Host h2;
        private final Container c1;
        private final SoakTally tally;
        private final List<SoakWorker> workers = new ArrayList<>();
        private SoakRestarter restarter;
        private final List<String> hangs = new ArrayList<>();
        private final List<String> closeFaults = new ArrayList<>();
        private volatile boolean stopping;

        Run(Config config, Path export) {
            this.config = config;
            this.export = export;
            this.h1 = Host.builder("h1").network(lan).address(AddressPlan.host(1)).build();
            this.h2 = Host.builder("h2").network(lan).address(AddressPlan.host(2)).build();
            this.c1 = h1.container("c1").address(AddressPlan.bridge(1));
            this.tally = new SoakTally(config.restarts());
        }

        /** The server up with every worker's files in its export, the workers and the restarter ready. */
        private void setUp() {
            lan.attach(c1, READ_BACK_ADDRESS);
            for (int w = 0; w < config.threads(); w++) {
                lan.attach(c1, workerAddress(w));
            }
            c1.export("*", export, PageDefaults.EXPORT_OPTIONS).start();
            InodeTable tree = c1.nfsd().tree(export);
            tree.rootInode().setPermissions(PageDefaults.EXPORT_MODE);
            Random seeds = new Random(config.seed());
            for (int w = 0; w < config.threads(); w++) {
                List<SoakFile> files = new ArrayList<>();
                for (int f = 0; f < config.filesPerThread(); f++) {
                    byte[] initial = new byte[config.fileSize()];
                    seeds.nextBytes(initial);
                    String name = "t" + w + "-f" + f;
                    tree.createFile(name, PageDefaults.ALICE.fsuid(), PageDefaults.ALICE.fsgid(), 0644, initial);
                    files.add(new SoakFile(name, initial));
                }
                workers.add(new SoakWorker("worker-" + w, h1, workerAddress(w), export.toString(), files, config,
                        seeds.nextLong(), tally, () -> stopping));
            }
            restarter = new SoakRestarter(c1, config, seeds.nextLong(), tally);
        }

        private static String workerAddress(int w) {
            return AddressPlan.extraRoutable(1, w);
        }

        SoakReport run(long t0) {
            try {
                setUp();
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
            Map<String, Long> base = references(0);
            Map<String, Long> before = h1.subsystems().kernel().trace().counters();
            workers.forEach(SoakWorker::ensureMounted);
            List<Thread> threads = new ArrayList<>();
            Map<Thread, Heartbeat> beats = new LinkedHashMap<>();
            Thread restarting = start("soak-restarter", restarter, restarter.heartbeat(), beats);
            for (SoakWorker w : workers) {
                threads.add(start("soak-" + w.name(), w, w.heartbeat(), beats));
            }
            awaitOrHang(List.of(restarting), beats);
            stopping = true;
            awaitOrHang(threads, beats);
            Map<String, Long> after = h1.subsystems().kernel().trace().counters();
            SoakReport.ReadBack readBack = new SoakReport.ReadBack(0, 0, List.of());
            List<SoakReport.Reference> references = new ArrayList<>();
            if (hangs.isEmpty()) {
                workers.stream().map(SoakWorker::mount).filter(Objects::nonNull)
                        .forEach(m -> tally.clientGoes(m.nfsClient()));
                readBack = readBack();
                long held = clients().stream().mapToLong(NfsClient::localioFilesHeld).sum();
                h1.subsystems().nfs().close();
                h2.subsystems().nfs().close();
                Map<String, Long> end = references(held);
                base.forEach((name, value) -> references.add(new SoakReport.Reference(name, value, end.get(name))));
            }
            close();
            return new SoakReport(config, Duration.ofNanos(System.nanoTime() - t0), operations(before, after),
                    localio(before, after), restarts(), recovery(), faults(), references, readBack);
        }

        private Thread start(String name, Runnable task, Heartbeat beat, Map<Thread, Heartbeat> beats) {
            Thread t = new Thread(task, name);
            t.setDaemon(true); // a thread that hangs must not keep the JVM (or the build) alive
            beats.put(t, beat);
            beat.beat();
            t.start();
            return t;
        }

        /**
         * Waits for {@code awaited} to end. A soak thread that got nothing done for longer than
         * {@code hangAfter} is a hang: it is reported where it stands and every thread is told to
         * give up (a thread stuck in the model stays stuck; it is a daemon).
         */
        private void awaitOrHang(List<Thread> awaited, Map<Thread, Heartbeat> beats) {
            for (Thread t : awaited) {
                while (t.isAlive() && hangs.isEmpty()) {
                    join(t, Duration.ofMillis(100));
                    beats.forEach((thread, beat) -> {
                        if (thread.isAlive() && beat.idle().compareTo(config.hangAfter()) > 0) {
                            hangs.add(thread.getName() + " got nothing done for " + beat.idle().toSeconds() + " s, at "
                                    + SoakWorker.frames(thread.getStackTrace()));
                        }
                    });
                }
            }
            if (!hangs.isEmpty()) {
                tally.abandon();
            }
        }

        /** Every file read back whole through LOCALIO on h1, over RPC from h2, and from the server's disk. */
        private SoakReport.ReadBack readBack() {
            List<String> mismatches = new ArrayList<>();
            NfsServer local = readBackMount(h1, mismatches);
            NfsServer remote = readBackMount(h2, mismatches);
            if (local != null && !Localio.nfsServerIsLocal(local.nfsClient())) {
                mismatches.add("the read-back mount on h1 did not get LOCALIO");
            }
            int files = 0;
            long bytes = 0;
            for (SoakWorker w : workers) {
                for (SoakFile f : w.files()) {
                    files++;
                    bytes += f.size();
                    readWhole(local, f, NfsIo.Path.LOCALIO, mismatches);
                    readWhole(remote, f, NfsIo.Path.RPC, mismatches);
                    byte[] disk = readDisk(export.resolve(f.name));
                    if (!Arrays.equals(disk, f.expected())) {
                        mismatches.add(f.name + " on the server's disk: " + SoakWorker.difference(f.expected(), disk));
                    }
                }
            }
            return new SoakReport.ReadBack(files, bytes, mismatches);
        }

        private NfsServer readBackMount(Host host, List<String> mismatches) {
            ErrPtr<NfsServer> m = host.mount(READ_BACK_ADDRESS, export.toString(), SoakWorker.MOUNT_OPTIONS);
            if (m.isErr()) {
                mismatches.add("mounting on " + host.name() + " to read back failed: " + m.errno());
                return null;
            }
            return m.value();
        }

        private static void readWhole(NfsServer mount, SoakFile f, NfsIo.Path path, List<String> mismatches) {
            if (mount == null) {
                return;
            }
            ErrPtr<NfsOpenContext> ctx = mount.open(PageDefaults.ALICE, f.name, Fmode.FMODE_READ);
            if (ctx.isErr()) {
                mismatches.add(f.name + " via " + path + ": lookup failed: " + ctx.errno());
                return;
            }
            NfsIo io = ctx.value().read(0, f.size());
            if (!io.ok() || io.path() != path) {
                mismatches.add(f.name + " via " + path + ": " + io);
            } else if (!Arrays.equals(io.data(), f.expected())) {
                mismatches.add(f.name + " via " + path + ": " + SoakWorker.difference(f.expected(), io.data()));
            }
        }

        /**
         * Each count that must come back to where it started, by the name the report gives it. At
         * the base (the server up, nothing mounted) and at the end (the workers stopped, everything
         * unmounted), with {@code localioFilesHeld} the files the clients held before they were
         * unmounted.
         */
        private Map<String, Long> references(long localioFilesHeld) {
            NfsdNet nn = c1.nfsd().nfsdNet();
            Net net = c1.net();
            Map<String, Long> counters = h1.subsystems().kernel().trace().counters();
            Map<String, Long> r = new LinkedHashMap<>();
            r.put("nn->nfsd_serv_ref of the running nfsd", nn.nfsdServRef().count());
            r.put("nn->local_clients of the running nfsd", (long) nn.localClients().size());
            r.put("ns.count of the container's namespace", (long) net.refcount());
            r.put("ns.count of init_net", (long) h1.net().refcount());
            r.put("live network namespaces on h1", (long) h1.subsystems().netns().nets().size());
            r.put("replaced namespaces not freed", restarter.oldNets().stream().filter(n -> !n.isFreed()).count());
            r.put("their nfsd_net not freed", restarter.oldNfsdNets().stream().filter(n -> !n.isFreed()).count());
            r.put("threads of stopped nfsd services", stoppedServiceThreads());
            r.put("auth_domain \"*\" references", authDomainRefs("*"));
            r.put("nonces in flight (nfs_uuids)", (long) h1.subsystems().nfsLocalio().inFlightProbes());
            r.put("nfs_clients on h1 and h2", (long) clients().size());
            r.put("client connections open", (long) lan.trackedConnections());
            r.put("LOCALIO files the clients hold", localioFilesHeld);
            r.put("serv references taken, not put", outstanding(counters, "nfsd_serv_try_get_ok", "nfsd_serv_put"));
            r.put("nfsd_files opened for LOCALIO, not put",
                    outstanding(counters, "nfsd_open_local_fh_ok", "nfsd_file_put_local"));
            r.put("nfsd_files opened for LOCALIO, not freed",
                    outstanding(counters, "nfsd_open_local_fh_ok", "nfsd_file_free_localio"));
            r.put("nfsd_files opened, not freed", outstanding(counters, "nfsd_file_open", "nfsd_file_free"));
            return r;
        }

        private static long outstanding(Map<String, Long> counters, String taken, String dropped) {
            return counters.getOrDefault(taken, 0L) - counters.getOrDefault(dropped, 0L);
        }

        /** {@code kref_read(&dom->ref)} of the domain, without the reference the look-up takes. */
        private long authDomainRefs(String name) {
            AuthDomain dom = h1.subsystems().sunrpc().authDomainTable().authDomainFind(name);
            if (dom == null) {
                return 0;
            }
            long refs = dom.refcount() - 1;
            dom.authDomainPut();
            return refs;
        }

        private long stoppedServiceThreads() {
            List<SvcServ> servs = restarter.servs();
            List<String> stopped = servs.subList(0, servs.size() - 1).stream().map(SvcServ::threadPrefix).toList();
            return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .filter(n -> stopped.stream().anyMatch(p -> n.startsWith(p + "/") || n.startsWith(p + "-")))
                    .count();
        }

        private List<NfsClient> clients() {
            return Stream.concat(h1.subsystems().nfs().clients().stream(), h2.subsystems().nfs().clients().stream()).toList();
        }

        /** Closes both hosts (h1's close stops the container); a close that throws or hangs is a crash. */
        private void close() {
            Thread closing = new Thread(() -> {
                for (Host h : List.of(h2, h1)) {
                    try {
                        h.close();
                    } catch (Throwable t) {
                        synchronized (closeFaults) {
                            closeFaults.add("closing " + h.name() + " threw " + t);
                        }
                    }
                }
            }, "soak-close");
            closing.setDaemon(true);
            closing.start();
            join(closing, config.hangAfter());
            if (closing.isAlive()) {
                synchronized (closeFaults) {
                    closeFaults.add("closing the hosts hung, at " + SoakWorker.frames(closing.getStackTrace()));
                }
            }
        }

        private SoakReport.Operations operations(Map<String, Long> before, Map<String, Long> after) {
            return new SoakReport.Operations(delta(before, after, "nfs_local_read"),
                    delta(before, after, "nfs_local_write"), delta(before, after, "nfs_local_commit"),
                    delta(before, after, "nfs_initiate_read"), delta(before, after, "nfs_initiate_write"),
                    delta(before, after, "nfs_initiate_commit"), tally.writesByStability(), tally.local.sum(),
                    tally.rpc.sum());
        }

        private SoakReport.Localio localio(Map<String, Long> before, Map<String, Long> after) {
            return new SoakReport.Localio(tally.fallbacks(), delta(before, after, "nfs_local_fallback"),
                    delta(before, after, "nfsd_serv_try_get_fail"), delta(before, after, "nfs_local_probe"),
                    tally.reprobes.sum(), delta(before, after, "nfs_local_probe_local"),
                    delta(before, after, "localio_proc_uuid_is_local"));
        }

        private SoakReport.Restarts restarts() {
            List<Duration> d = restarter.durations();
            Duration mean = d.isEmpty() ? Duration.ZERO
                    : d.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(d.size());
            Duration max = d.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO);
            return new SoakReport.Restarts(config.restarts(), d.size(), tally.restartsMetByLocalio(), mean, max);
        }

        private SoakReport.Recovery recovery() {
            long mounts = tally.mounts.sum();
            return new SoakReport.Recovery(tally.rpcResent.sum(), tally.rpcRetries(), mounts, tally.remounts.sum(), tally.mountFailures(),
                    tally.resentWrites.sum());
        }

        /** Crashes, KASAN reports and warnings of both kernels, of every nfsd service, and of the harness. */
        private SoakReport.Faults faults() {
            List<String> crashes = new ArrayList<>(hangs);
            crashes.addAll(tally.crashes());
            synchronized (closeFaults) {
                crashes.addAll(closeFaults);
            }
            List<String> kasan = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (Host h : List.of(h1, h2)) {
                h.subsystems().kernel().oopses().forEach(t -> crashes.add("oops on " + h.name() + ": " + t));
                h.subsystems().kernel().kasan().reports().forEach(r -> kasan.add(h.name() + ": " + r.kind() + " of " + r.object() + " at "
                        + r.access() + " in " + r.thread()));
                h.subsystems().kernel().warnings().forEach(w -> warnings.add(h.name() + ": " + w.check() + " in " + w.thread()));
            }
            for (SvcServ serv : restarter.servs()) {
                serv.svcOopses().forEach(t -> crashes.add("an nfsd procedure threw " + t));
            }
            return new SoakReport.Faults(crashes, kasan, warnings, tally.ioErrors());
        }
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String counter) {
        return after.getOrDefault(counter, 0L) - before.getOrDefault(counter, 0L);
    }

    private static void join(Thread t, Duration d) {
        try {
            t.join(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + t.getName(), e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("localio-soak-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readDisk(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void remove(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the soak for
        }
    }
}

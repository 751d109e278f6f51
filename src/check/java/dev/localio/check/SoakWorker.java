package dev.localio.check;

import dev.localio.linux.Host;
import dev.localio.linux.fs.nfs.Localio;
import dev.localio.linux.fs.nfs.NfsIo;
import dev.localio.linux.fs.nfs.NfsOpenContext;
import dev.localio.linux.fs.nfs.NfsServer;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One worker of the soak: the page's alice on the client host with a mount of its own, doing
 * reads, writes (UNSTABLE, DATA_SYNC or FILE_SYNC) and COMMITs of whole files on files only it
 * writes, so that it knows what each must hold. Every IO goes through the model's NFS client, which
 * takes LOCALIO when the client is local and RPC otherwise; the worker only reports the path.
 *
 * <p>What the worker does about a restart is what a hard NFSv3 mount and its user do, and no more:
 * <ul>
 * <li>an IO whose local open met {@code -ENXIO} has already gone over RPC (fs/nfs/localio.c:
 *     {@code nfs_local_open_fh()}); nothing to do;</li>
 * <li>an RPC whose connection the restart reset has already been sent again by the model's RPC
 *     client, once, on a new connection (net/sunrpc/clnt.c: {@code call_status()}); what reaches the
 *     worker is a connect refused while the server is down, a second reset or a timeout, and the
 *     worker sends that RPC again after a short backoff, as a hard mount's RPC client would keep
 *     doing itself (the model's client stops there; {@code dev.localio.linux.net.sunrpc}'s package
 *     comment says so); any other error is an IO error of the soak;</li>
 * <li>unstable writes whose COMMIT came back with another verifier are sent again
 *     ({@link SoakFile});</li>
 * <li>with {@code remount} on, a client that is not local any more is unmounted and mounted again.
 *     v6.12 probes again only when a local open fails, so a probe that found nfsd down leaves the
 *     {@code nfs_client} on RPC for good (the page's claim-io-failed-probe-stays-rpc); a new mount of
 *     an address no other mount uses gets a new {@code nfs_client}, which probes. Later kernels
 *     re-probe by themselves.</li>
 * </ul>
 */
final class SoakWorker implements Runnable {

    static final String MOUNT_OPTIONS = "vers=3,sec=sys";
    /** Errors that mean "the server is not there right now": the RPC is retried. */
    static final Set<Errno> SERVER_DOWN = EnumSet.of(Errno.ECONNREFUSED, Errno.ECONNRESET, Errno.ETIMEDOUT);
    private static final int READ_PERCENT = 40;
    private static final int WRITE_PERCENT = 45;

    private final String name;
    private final Host host;
    private final String serverAddress;
    private final String exportPath;
    private final List<SoakFile> files;
    private final RestartSoak.Config config;
    private final Random random;
    private final SoakTally tally;
    private final BooleanSupplier stopping;
    private final Heartbeat heartbeat = new Heartbeat();
    private NfsServer mount;

    /**
     * A worker called {@code name} on {@code host} that mounts {@code serverAddress:exportPath} and
     * works on {@code files} until {@code stopping} says so.
     */
    SoakWorker(String name, Host host, String serverAddress, String exportPath, List<SoakFile> files,
            RestartSoak.Config config, long seed, SoakTally tally, BooleanSupplier stopping) {
        this.name = name;
        this.host = host;
        this.serverAddress = serverAddress;
        this.exportPath = exportPath;
        this.files = List.copyOf(files);
        this.config = config;
        this.random = new Random(seed);
        this.tally = tally;
        this.stopping = stopping;
    }

    String name() {
        return name;
    }

    Heartbeat heartbeat() {
        return heartbeat;
    }

    List<SoakFile> files() {
        return files;
    }

    /** Mounts, works until told to stop, then commits every file (sending again what the server may have lost). */
    @Override
    public void run() {
        try {
            while (!stopping.getAsBoolean()) {
                ensureMounted();
                step();
                heartbeat.beat();
            }
            ensureMounted();
            for (SoakFile f : files) {
                commit(f);
            }
        } catch (Abandoned e) {
            // The run is being judged without this worker: it hung somewhere, or another thread did.
        } catch (Throwable t) {
            tally.crash(name + " threw " + t + " at " + frames(t.getStackTrace()));
        }
    }

    /** One IO on a file picked at random: a read, a write or a commit. */
    private void step() {
        SoakFile f = files.get(random.nextInt(files.size()));
        int p = random.nextInt(100);
        if (p < READ_PERCENT) {
            read(f);
        } else if (p < READ_PERCENT + WRITE_PERCENT) {
            write(f);
        } else {
            commit(f);
        }
    }

    private void read(SoakFile f) {
        int length = 1 + random.nextInt(Math.min(config.ioSize(), f.size()));
        long offset = random.nextInt(f.size() - length + 1);
        NfsIo io = retried(() -> f.ctx.read(offset, length));
        if (!io.ok()) {
            tally.ioError(name + ": " + f.name + ": " + io);
            return;
        }
        byte[] got = io.data();
        byte[] want = f.expected(offset, length);
        if (io.count() != length || !Arrays.equals(got, want)) {
            tally.ioError(name + ": " + f.name + ": READ of " + length + " bytes at " + offset + " via " + io.path()
                    + " returned " + io.count() + " bytes, " + difference(want, got));
        }
    }

    private void write(SoakFile f) {
        int length = 1 + random.nextInt(Math.min(config.ioSize(), f.size()));
        long offset = random.nextInt(f.size() - length + 1);
        byte[] data = new byte[length];
        random.nextBytes(data);
        StableHow stable = StableHow.values()[random.nextInt(StableHow.values().length)];
        tally.write(stable);
        write(f, offset, data, stable);
    }

    private void write(SoakFile f, long offset, byte[] data, StableHow stable) {
        NfsIo io = retried(() -> f.ctx.write(offset, data, stable));
        if (!io.ok() || io.count() != data.length) {
            tally.ioError(name + ": " + f.name + ": WRITE of " + data.length + " bytes at " + offset + ": " + io);
            return;
        }
        f.written(offset, data);
        if (io.committed() == StableHow.NFS_UNSTABLE) {
            f.unstable(offset, data.length, io.verf());
        }
    }

    /** COMMIT of the whole file; what an unknown verifier may have lost is sent again, FILE_SYNC. */
    private void commit(SoakFile f) {
        NfsIo io = retried(() -> f.ctx.commit(0, 0));
        if (!io.ok()) {
            tally.ioError(name + ": " + f.name + ": " + io);
            return;
        }
        for (SoakFile.Unstable lost : f.committed(io.verf())) {
            tally.resentWrites.increment();
            write(f, lost.offset(), f.expected(lost.offset(), lost.length()), StableHow.NFS_FILE_SYNC);
        }
    }

    /** The IO, sent again while it fails because the server is down; its last outcome. */
    private NfsIo retried(Supplier<NfsIo> io) {
        for (int attempt = 0; ; attempt++) {
            NfsIo done = io.get();
            tally.observe(done);
            if (done.ok() || !SERVER_DOWN.contains(done.error())) {
                return done;
            }
            tally.rpcRetry(done.error());
            giveUpIfAbandoned();
            Pacing.backoff(attempt);
        }
    }

    /**
     * Makes sure the worker has a mount, with every file open on it; with {@code remount}, replaces a
     * mount whose client is not local any more. The run calls it once before any thread starts, so
     * that the first restart finds every worker mounted.
     */
    void ensureMounted() {
        if (mount != null && !(config.remount() && !Localio.nfsServerIsLocal(mount.nfsClient()))) {
            return;
        }
        if (mount != null) {
            tally.clientGoes(mount.nfsClient());
            host.subsystems().nfs().nfsKillSuper(mount);
            mount = null;
            tally.remounts.increment();
        }
        for (int attempt = 0; mount == null; attempt++) {
            ErrPtr<NfsServer> m = host.mount(serverAddress, exportPath, MOUNT_OPTIONS);
            if (!m.isErr()) {
                mount = m.value();
            } else if (SERVER_DOWN.contains(m.errno())) {
                tally.mountFailure(m.errno());
                giveUpIfAbandoned();
                Pacing.backoff(attempt);
            } else {
                throw new IllegalStateException("mount " + serverAddress + ":" + exportPath + " failed: " + m.errno());
            }
        }
        tally.mounts.increment();
        for (SoakFile f : files) {
            f.ctx = open(f.name);
        }
    }

    private NfsOpenContext open(String file) {
        for (int attempt = 0; ; attempt++) {
            ErrPtr<NfsOpenContext> ctx = mount.open(PageDefaults.ALICE, file, Fmode.FMODE_READ | Fmode.FMODE_WRITE);
            if (!ctx.isErr()) {
                return ctx.value();
            }
            if (!SERVER_DOWN.contains(ctx.errno())) {
                throw new IllegalStateException("looking up " + file + " failed: " + ctx.errno());
            }
            tally.rpcRetry(ctx.errno());
            giveUpIfAbandoned();
            Pacing.backoff(attempt);
        }
    }

    /** The worker's mount, or {@code null}; the end of the run unmounts it. */
    NfsServer mount() {
        return mount;
    }

    private void giveUpIfAbandoned() {
        if (tally.abandoned()) {
            throw new Abandoned();
        }
    }

    static String difference(byte[] want, byte[] got) {
        int n = Math.min(want.length, got.length);
        for (int i = 0; i < n; i++) {
            if (want[i] != got[i]) {
                return "first difference at +" + i + " (" + (want[i] & 0xff) + " expected, " + (got[i] & 0xff) + " read)";
            }
        }
        return want.length == got.length ? "identical" : want.length + " bytes expected, " + got.length + " read";
    }

    static String frames(StackTraceElement[] stack) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(stack.length, 12); i++) {
            b.append(i == 0 ? "" : " < ").append(stack[i].getClassName().replaceFirst(".*\\.", "")).append('.')
                    .append(stack[i].getMethodName()).append(':').append(stack[i].getLineNumber());
        }
        return b.toString();
    }

    /** Thrown to end a worker that is told to give up. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}

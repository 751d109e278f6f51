package dev.localio.check;

import dev.localio.linux.kernel.Errno;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one {@link RestartSoak} run did and found: its figures, and the end checks judged on them
 * ({@link #problems()}). The figures come from the model's own counters where the model keeps
 * them (its trace counters, KASAN, oopses, reference counts), and from the harness only for what
 * the model cannot know: which restart an IO met, what a file should hold, how often the harness
 * retried.
 *
 * <p>{@link #toString()} is the readable block {@code RestartSoak} prints.
 *
 * @param config     what was asked for
 * @param wallTime   how long the run took, setup and end checks included
 * @param operations reads, writes and commits by path
 * @param localio    how LOCALIO met the restarts: fallbacks, refused serv references, probes
 * @param restarts   the restarts done and how many of them a local IO met
 * @param recovery   what the workers did to carry on: RPC retries, remounts, resent writes
 * @param faults     crashes, KASAN reports, warnings and IO that went wrong
 * @param references each counted reference and outstanding object: its base value and its value at the end
 * @param readBack   the final content of every file, read through LOCALIO and over RPC
 */
public record SoakReport(RestartSoak.Config config, Duration wallTime, Operations operations, Localio localio,
        Restarts restarts, Recovery recovery, Faults faults, List<Reference> references, ReadBack readBack) {

    /**
     * The IO the workers did, from the client kernel's counters over the soak: LOCALIO
     * ({@code nfs_local_read}, {@code nfs_local_write}, {@code nfs_local_commit}) and RPC attempts
     * ({@code nfs_initiate_read}, ...; an attempt the server never answered counts too), and the
     * same two totals as the harness saw them in each IO's reported path, which must agree.
     */
    public record Operations(long localReads, long localWrites, long localCommits, long rpcReads, long rpcWrites,
            long rpcCommits, Map<StableHow, Long> writesByStability, long harnessLocal, long harnessRpc) {

        public long local() {
            return localReads + localWrites + localCommits;
        }

        public long rpc() {
            return rpcReads + rpcWrites + rpcCommits;
        }
    }

    /**
     * LOCALIO under the restarts: the local opens that failed and sent their IO over RPC, by errno
     * (as each IO reported it) and in total (the kernel's {@code nfs_local_fallback} counter); the
     * serv references nfsd refused ({@code nfsd_serv_try_get} failures: nfsd was stopping); the
     * probes ({@code nfs_local_probe}), the re-probes among them (each worker client's probes but its
     * first, which {@code nfs_get_client()} made), those that found the server local; the
     * UUID_IS_LOCAL calls nfsd answered ({@code localio_proc_uuid_is_local()} runs).
     */
    public record Localio(Map<Errno, Long> fallbacks, long modelFallbacks, long tryGetRefused, long probes,
            long reprobes, long probesLocal, long uuidIsLocalAnswered) {

        public long enxio() {
            return fallbacks.getOrDefault(Errno.ENXIO, 0L);
        }

        /** Fallbacks after which {@code nfs_local_open_fh()} must probe again (v6.12's switch). */
        public long reprobingFallbacks() {
            return enxio() + fallbacks.getOrDefault(Errno.ENOMEM, 0L) + fallbacks.getOrDefault(Errno.ENOENT, 0L);
        }

        public long harnessFallbacks() {
            return fallbacks.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The restarts: asked for, done, and how many of them a local IO met (at least one IO that tried
     * LOCALIO got {@code -ENXIO} between this restart's start and the next one's); how long a
     * restart took.
     */
    public record Restarts(int requested, int done, int metByLocalio, Duration mean, Duration max) {
    }

    /**
     * What got the workers through the restarts, as a hard NFSv3 mount and its user would: calls the
     * RPC client sent again itself after their connection was reset (the restarted server answers
     * them); RPC attempts the workers retried after the transport failed, by errno (refused, reset a
     * second time, timed out); mounts made (the first ones and
     * the remounts that get a new {@code nfs_client}, which v6.12 needs to use LOCALIO again after
     * a probe found nfsd down), mount attempts that failed while the server was down, by errno; and
     * unstable writes sent again because a COMMIT came back with another verifier.
     */
    public record Recovery(long rpcResent, Map<Errno, Long> rpcRetries, long mounts, long remounts,
            Map<Errno, Long> mountFailures, long resentWrites) {
    }

    /**
     * What went wrong, each a line: kernel oopses, nfsd procedures that threw, harness threads that
     * threw or hung; KASAN reports; WARN_ONs; IO that failed for another reason than the server being
     * down, or read back other bytes than were written, while the soak ran.
     */
    public record Faults(List<String> crashes, List<String> kasanReports, List<String> warnings, List<String> ioErrors) {

        static Faults none() {
            return new Faults(List.of(), List.of(), List.of(), List.of());
        }
    }

    /** A count that must be back where it started: its value at the base, and at the end. */
    public record Reference(String name, long base, long end) {

        public boolean ok() {
            return base == end;
        }
    }

    /**
     * Every file's final content read back whole through a fresh LOCALIO mount and through a mount
     * on another host (RPC), and from the server's disk, against what the harness wrote; each line
     * of {@code mismatches} names a file, a path and what differed.
     */
    public record ReadBack(int files, long bytes, List<String> mismatches) {
    }

    /** Lines of a fault shown in the printed report; {@link #faults()} keeps them all. */
    private static final int SHOWN = 10;

    public SoakReport {
        Objects.requireNonNull(config, "config");
        references = List.copyOf(references);
    }

    /** Whether every end check passed. */
    public boolean ok() {
        return problems().isEmpty();
    }

    /**
     * The end checks: every restart done, no crash, no KASAN report, no warning, no IO error, every
     * reference back to its base value, every byte read back identical through both paths, the
     * harness's view agreeing with the model's counters, a probe after every fallback that calls for
     * one, and a soak that did test something (local IO, and restarts that met it).
     *
     * @return one line per failed check, empty if all passed
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (restarts.done() != restarts.requested()) {
            out.add(restarts.done() + " of " + restarts.requested() + " restarts done");
        }
        listed(out, "crash", faults.crashes());
        listed(out, "KASAN report", faults.kasanReports());
        listed(out, "WARN_ON", faults.warnings());
        listed(out, "IO error", faults.ioErrors());
        for (Reference r : references) {
            if (!r.ok()) {
                out.add(r.name() + ": " + r.base() + " at the base, " + r.end() + " at the end");
            }
        }
        if (readBack.files() == 0) {
            out.add("no file was read back");
        }
        listed(out, "read-back mismatch", readBack.mismatches());
        if (!faults.crashes().isEmpty()) {
            return out; // a thread that crashed or hung left the counts half-way: comparing them says nothing more
        }
        if (operations.harnessLocal() != operations.local()) {
            out.add("the workers saw " + operations.harnessLocal() + " LOCALIO IOs, the kernel counted "
                    + operations.local());
        }
        if (operations.harnessRpc() != operations.rpc()) {
            out.add("the workers saw " + operations.harnessRpc() + " RPC IOs, the kernel counted " + operations.rpc());
        }
        if (localio.harnessFallbacks() != localio.modelFallbacks()) {
            out.add("the workers saw " + localio.harnessFallbacks() + " fallbacks to RPC, the kernel counted "
                    + localio.modelFallbacks());
        }
        if (localio.reprobes() != localio.reprobingFallbacks()) {
            out.add(localio.reprobingFallbacks() + " fallbacks on -ENXIO, -ENOMEM or -ENOENT, but "
                    + localio.reprobes() + " probes after them");
        }
        if (operations.local() == 0) {
            out.add("no IO went through LOCALIO: the soak tested nothing of it");
        }
        if (restarts.requested() > 0 && restarts.metByLocalio() == 0) {
            out.add("no restart met a local IO (no -ENXIO): the interlock was never exercised");
        }
        return out;
    }

    private static void listed(List<String> out, String what, List<String> lines) {
        if (!lines.isEmpty()) {
            out.add(lines.size() + " " + what + (lines.size() == 1 ? "" : what.endsWith("h") ? "es" : "s")
                    + ", first: " + lines.get(0));
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        RestartSoak.Config c = config;
        b.append(String.format(Locale.ROOT, "LOCALIO restart soak: %d restarts of the server's container under %d"
                + " threads%n", c.restarts(), c.threads()));
        row(b, "setup", String.format(Locale.ROOT, "%d files of %s per thread, IO up to %s, pause %d ms, seed %d%s",
                c.filesPerThread(), bytes(c.fileSize()), bytes(c.ioSize()), c.pause().toMillis(), c.seed(),
                c.remount() ? ", remount to regain LOCALIO" : ", no remount"));
        row(b, "wall time", String.format(Locale.ROOT, "%.1f s on %d CPUs, Java %d, %s", wallTime.toMillis() / 1000.0,
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature(), System.getProperty("os.arch")));
        b.append(String.format(Locale.ROOT, "operations%32s%12s%n", "LOCALIO", "RPC"));
        b.append(String.format(Locale.ROOT, "  %-30s%12d%12d%n", "read", operations.localReads(), operations.rpcReads()));
        b.append(String.format(Locale.ROOT, "  %-30s%12d%12d%n", "write", operations.localWrites(),
                operations.rpcWrites()));
        b.append(String.format(Locale.ROOT, "  %-30s%12d%12d%n", "commit", operations.localCommits(),
                operations.rpcCommits()));
        row(b, "writes by stability", operations.writesByStability().entrySet().stream()
                .map(e -> e.getKey().name().substring(4) + " " + e.getValue()).collect(Collectors.joining(", ")));
        b.append(String.format(Locale.ROOT, "restarts and LOCALIO%n"));
        row(b, "restarts", String.format(Locale.ROOT, "%d of %d, %d met by a local IO; %d ms on average, %d ms at most",
                restarts.done(), restarts.requested(), restarts.metByLocalio(), restarts.mean().toMillis(),
                restarts.max().toMillis()));
        row(b, "-ENXIO fallbacks", Long.toString(localio.enxio()));
        row(b, "nfsd_serv_try_get refused", Long.toString(localio.tryGetRefused()));
        row(b, "all fallbacks to RPC", localio.modelFallbacks() + " (" + errnos(localio.fallbacks()) + ")");
        row(b, "probes", String.format(Locale.ROOT, "%d, %d of them again after a failed local open, %d found the"
                + " server local", localio.probes(), localio.reprobes(), localio.probesLocal()));
        row(b, "UUID_IS_LOCAL answered", Long.toString(localio.uuidIsLocalAnswered()));
        row(b, "mounts", String.format(Locale.ROOT, "%d (%d remounts); failed while down: %s", recovery.mounts(),
                recovery.remounts(), errnos(recovery.mountFailures())));
        row(b, "RPC resent after a reset", Long.toString(recovery.rpcResent()));
        row(b, "RPC retries while down", errnos(recovery.rpcRetries()));
        row(b, "unstable writes resent", Long.toString(recovery.resentWrites()));
        b.append(String.format(Locale.ROOT, "end checks%n"));
        lines(b, "crashes", faults.crashes());
        lines(b, "KASAN reports", faults.kasanReports());
        lines(b, "WARN_ONs", faults.warnings());
        lines(b, "IO errors", faults.ioErrors());
        if (references.isEmpty()) {
            row(b, "references", "not measured: the run did not end");
        } else {
            b.append(String.format(Locale.ROOT, "  references%44s%8s%n", "base", "end"));
        }
        for (Reference r : references) {
            b.append(String.format(Locale.ROOT, "    %-46s%8d%8d%s%n", r.name(), r.base(), r.end(),
                    r.ok() ? "" : "  <-- not back"));
        }
        row(b, "read back", String.format(Locale.ROOT, "%d files, %s, through LOCALIO, over RPC and from disk: %s",
                readBack.files(), bytes(readBack.bytes()), readBack.mismatches().isEmpty() ? "identical"
                        : readBack.mismatches().size() + " mismatches, first: " + readBack.mismatches().get(0)));
        List<String> problems = problems();
        b.append(problems.isEmpty() ? "ok" : "FAILED: " + String.join("; ", problems)).append(System.lineSeparator());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append(String.format(Locale.ROOT, "  %-30s%s%n", name, value));
    }

    /** A count, then up to {@value #SHOWN} of the lines, one a row. */
    private static void lines(StringBuilder b, String name, List<String> lines) {
        row(b, name, Integer.toString(lines.size()));
        lines.stream().limit(SHOWN).forEach(l -> b.append("      ").append(l).append(System.lineSeparator()));
        if (lines.size() > SHOWN) {
            b.append("      ...").append(System.lineSeparator());
        }
    }

    private static String errnos(Map<Errno, Long> byErrno) {
        if (byErrno.isEmpty()) {
            return "none";
        }
        return byErrno.entrySet().stream().map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String bytes(long n) {
        if (n >= 1 << 20 && n % (1 << 20) == 0) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1 << 10 && n % (1 << 10) == 0) {
            return (n >> 10) + " KiB";
        }
        return n + " B";
    }
}

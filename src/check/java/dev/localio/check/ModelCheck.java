package dev.localio.check;

import static org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt.forClasses;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ManagedStrategyGuarantee;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.verifier.EpsilonVerifier;
import org.jetbrains.lincheck.util.LoggingLevel;

/**
 * Runs a {@link Race} under Lincheck's model checker (3.7, model-checking mode) with an explicit
 * bound on the interleavings, and reports what it found.
 *
 * <p>Set up so that the race's own invariants decide: Lincheck's linearizability check is off (the
 * operations return nothing; {@link EpsilonVerifier}), the {@code @Validate} method of the race
 * throws when an interleaving breaks one, and a run in which some thread never finishes counts as
 * a counterexample too (Lincheck reports it as hung). Lincheck's detection of busy-wait loops is
 * off: the model waits with monitors, and the check would otherwise mistake a walk along a short
 * list for a spin loop and replay runs to find it.
 */
public final class ModelCheck {

    /**
     * The code the checker runs as single steps instead of exploring, and why (see the package
     * comment): the filesystem (Lincheck refuses file operations: an open's {@code dentry_open()},
     * a local read, the close when an nfsd_file is freed), the RPC service's transports and threads
     * (which {@code nfsd_destroy_serv()} stops, though the checked service never started any), and
     * the trace buffer, which only observes.
     */
    static final List<ManagedStrategyGuarantee> OUTSIDE_THE_CHECK = List.of(
            forClasses("dev.localio.linux.fs.nfsd.InodeTable").allMethods().ignore(),
            forClasses("dev.localio.linux.fs.nfsd.NfsdFile").methods("nfsdFileFree").ignore(),
            forClasses(CheckedWorld.class.getName()).methods("vfsRead").ignore(),
            forClasses("dev.localio.linux.net.sunrpc.SvcServ").allMethods().ignore(),
            forClasses("dev.localio.linux.net.sunrpc.SvcXprt").allMethods().ignore(),
            forClasses("dev.localio.linux.kernel.Trace").allMethods().ignore(),
            forClasses("dev.localio.linux.kernel.KasanObject").methods("kasanCheck").ignore(),
            forClasses("dev.localio.linux.kernel.Kernel").methods("warnOn", "bugOn").ignore(),
            forClasses("dev.localio.linux.kernel.Rcu").methods("rcuReadLockHeld").ignore());

    private static final Pattern VALIDATION = Pattern.compile(
            "= Validation function \\w+ has failed =.*?#\\d+: java\\.lang\\.AssertionError: \\[([\\w-]+)\\] ([^\\n]*)",
            Pattern.DOTALL);

    private ModelCheck() {
    }

    /**
     * Explores up to {@code bound} interleavings of {@code race}, its kernels running {@code design},
     * and returns the first counterexample or how many interleavings were clean.
     */
    public static ModelCheckResult explore(Race race, LocalioDesign design, int bound) {
        return explore(race, design, bound, "h1", "c1");
    }

    /**
     * {@link #explore(Race, LocalioDesign, int)} with the host and the container named. One check at a
     * time in the JVM: Lincheck runs one anyway, and the configuration the races read ({@link Runs})
     * is the check's until it ends, so a second check started beside it (two scenarios run at once,
     * as the bite gate does) waits instead of changing it under the first.
     */
    public static synchronized ModelCheckResult explore(Race race, LocalioDesign design, int bound, String hostName, String containerName) {
        Path dir = tempDir();
        Runs.configure(design, dir, hostName, containerName);
        long start = System.nanoTime();
        ModelCheckResult.Counterexample counterexample = null;
        try {
            ModelCheckingOptions options = new ModelCheckingOptions()
                    .iterations(0)
                    .invocationsPerIteration(bound)
                    .addCustomScenario(race.scenario())
                    .verifier(EpsilonVerifier.class)
                    .enableAwaitLoopsAnalysis(false)
                    .logLevel(LoggingLevel.ERROR);
            for (ManagedStrategyGuarantee g : OUTSIDE_THE_CHECK) {
                options.addGuarantee(g);
            }
            options.check(race.type());
        } catch (LincheckAssertionError e) {
            String report = e.getMessage();
            String[] broken = broken(report);
            counterexample = new ModelCheckResult.Counterexample(broken[0], broken[1],
                    LincheckTrace.trim(report, race.threadNames()), report);
        } finally {
            delete(dir);
        }
        return new ModelCheckResult(race, design, bound, Runs.count(), Duration.ofNanos(System.nanoTime() - start),
                counterexample);
    }

    /**
     * Which promise a Lincheck report says broke, and how: the race's own message, or a hang (a run
     * in which a thread waits for something that no other thread will ever do).
     */
    static String[] broken(String report) {
        Matcher m = VALIDATION.matcher(report);
        if (m.find()) {
            return new String[] {m.group(1), m.group(2).strip()};
        }
        if (report.contains("= The execution has hung")) {
            return new String[] {ModelCheckResult.HANG,
                    "a thread never finished: it waits for something no other thread will do"};
        }
        String first = report.lines().filter(l -> l.startsWith("= ")).findFirst().orElse(report.lines().findFirst()
                .orElse(""));
        return new String[] {"lincheck", first};
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("localio-check-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing a check for
        }
    }
}

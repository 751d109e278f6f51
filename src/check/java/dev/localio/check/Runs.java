package dev.localio.check;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import java.nio.file.Path;

/**
 * What the check in progress is checking, and how many interleavings it has run. Lincheck makes
 * the race objects itself, one per interleaving, and runs one check at a time (it holds a global
 * lock), so the configuration of the check in progress lives here, set before the check starts and
 * read by the races' constructors.
 */
final class Runs {

    private static volatile LocalioDesign design = LocalioDesign.INTERLOCK;
    private static volatile Path exportDir;
    private static volatile String hostName = "h1";
    private static volatile String containerName = "c1";
    private static long runs;

    private Runs() {
    }

    /**
     * Before a check: the design its kernels run, where their exported files go, and what the host
     * and the container are called.
     */
    static synchronized void configure(LocalioDesign d, Path dir, String host, String container) {
        design = d;
        exportDir = dir;
        hostName = host;
        containerName = container;
        runs = 0;
    }

    static String hostName() {
        return hostName;
    }

    static String containerName() {
        return containerName;
    }

    static LocalioDesign design() {
        return design;
    }

    static Path exportDir() {
        return exportDir;
    }

    /** Counts a new run (an interleaving) and returns its number, from 1. */
    static synchronized long next() {
        return ++runs;
    }

    /** How many runs the check in progress (or the last one) made. */
    static synchronized long count() {
        return runs;
    }
}

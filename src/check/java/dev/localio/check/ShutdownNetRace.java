package dev.localio.check;

import dev.localio.linux.fs.nfs_common.NfsFileLocalio;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import java.util.Arrays;
import java.util.List;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * Design [D]'s interlock: {@code nfsd_shutdown_net()} racing a local read whose open caches the file
 * in the client's open context. The client opens through nfs_common ({@code nfs_open_local_fh()}: RCU,
 * {@code nfsd_net_try_get()}, nfsd's {@code nfsd_open_local_fh()}, which takes a net reference for the
 * file it returns and one for the file it installs in the cache, then {@code nfs_uuid_add_file()}),
 * reads, and puts the file it was given; the cached one stays. nfsd stops ({@code rpc.nfsd 0}:
 * {@code nfsd_destroy_serv()} clears {@code nn->nfsd_serv}, then {@code nfsd_shutdown_net()} kills
 * {@code nn->nfsd_net_ref}, waits for the confirmation, purges the file cache, which disables the
 * client and puts its cached files, and waits for the last reference).
 *
 * <p>What must hold in every interleaving: nothing crashes and nothing freed is touched; the open either
 * fails with {@code -ENXIO} (or {@code -ESTALE}: an open that took its reference before the kill may still
 * be in nfsd when the exports are flushed, which [A] only does once the last reference is gone) or the
 * read sees the file's bytes; nfsd finishes shutting down, with its
 * reference dead at zero; and no file stays cached for a client nfsd let go of. On the variant whose
 * {@code nfs_uuid_add_file()} does not refuse a client whose {@code net} is gone, an open that installs
 * its file after the purge leaves it, and its net reference, behind: nfsd waits forever.
 * Models fs/nfs_common/nfslocalio.c, fs/nfsd/localio.c and fs/nfsd/nfssvc.c of the newest mainline.
 */
public final class ShutdownNetRace {

    /** The open failed with ENXIO (or ESTALE, the exports flushed under it), or the read saw the file. */
    public static final String OPEN = "open";
    /** nfsd finished shutting down, its reference dead at zero, nothing left cached. */
    public static final String SHUTDOWN = "shutdown";

    public static final Race RACE = new Race("a local read that caches its file racing nfsd_shutdown_net()",
            ShutdownNetRace.class, List.of(List.of("nfsd"), List.of("client")),
            List.of("nfsd", "client", "rcu_gp"),
            List.of("rpc.nfsd 0: nfsd_destroy_serv(), then nfsd_shutdown_net(), under nfsd_mutex",
                    "the client's local read: nfs_open_local_fh() into the open context's cache, a read, the put of the file it was given",
                    "the RCU callback kthread, started by the percpu_ref kill"));

    private final CheckedWorld w;
    private final NfsFileLocalio nfl = new NfsFileLocalio();
    private volatile Errno openError;
    private volatile byte[] read;
    private volatile Throwable clientCrash;
    private volatile Throwable nfsdCrash;

    /** A new world for this interleaving. */
    public ShutdownNetRace() {
        w = CheckedWorld.boot(Runs.design(), Runs.exportDir(), "hello-" + Runs.next() + ".txt", Runs.hostName(),
                Runs.containerName());
    }

    @Operation
    public void client() {
        try {
            ErrPtr<OpaqueNfsdFile> open = w.nfsOpenLocalFh(nfl);
            if (open.isErr()) {
                openError = open.errno();
                return;
            }
            read = w.read(open.value());
            w.put(open.value());
        } catch (Throwable t) {
            clientCrash = t;
        }
    }

    @Operation
    public void nfsd() {
        try {
            w.nfsdDestroyServ();
        } catch (Throwable t) {
            nfsdCrash = t;
        }
    }

    @Validate
    public void theInterlockHeld() {
        Invariant.noCrash("the client's local read", clientCrash);
        Invariant.noCrash("nfsd's shutdown", nfsdCrash);
        Invariant.noKasanReport(w.host);
        if (openError != null) {
            // An open that took its reference before the kill is still in nfsd when nfsd_shutdown_net()
            // flushes the exports; the model's export cache is then empty (no mountd upcall refills it):
            // ESTALE, which sends that IO over RPC like ENXIO does.
            Invariant.require(openError == Errno.ENXIO || openError == Errno.ESTALE, OPEN,
                    "the local open failed with " + openError + ", neither ENXIO nor ESTALE");
        } else {
            Invariant.require(Arrays.equals(read, CheckedWorld.CONTENT), OPEN, "the local read did not return the file's bytes");
        }
        Invariant.require(w.nn.nfsdServ() == null, SHUTDOWN, "nfsd did not finish shutting down");
        Invariant.require(w.nn.nfsdNetRef().percpuRefIsZero(), SHUTDOWN,
                "nn->nfsd_net_ref is not at zero after the shutdown");
        Invariant.require(nfl.cached() == 0, SHUTDOWN, "a file stays cached, with its net reference, for a client nfsd let go of");
    }
}

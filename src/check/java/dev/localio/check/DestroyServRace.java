package dev.localio.check;

import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import java.util.Arrays;
import java.util.List;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * {@code nfsd_destroy_serv()} racing a local read: the client opens the file through nfs_common
 * ({@code nfs_open_local_fh()}: RCU, {@code nfsd_serv_try_get()}, {@code nfsd_open_local_fh()}),
 * reads it and puts it ({@code nfs_to_nfsd_file_put_local()}), while nfsd shuts down
 * ({@code rpc.nfsd 0}: kill and confirm the serv reference, wait for its release, clear
 * {@code nn->nfsd_serv}, free the service). Models the interlock of fs/nfsd/nfssvc.c (v6.12).
 *
 * <p>What must hold in every interleaving: nothing crashes and nothing freed is touched; the open
 * either fails with {@code -ENXIO} or returns a file whose read sees the file's bytes while nfsd's
 * service still stands, and whose put frees it; {@code nfsd_destroy_serv()} never returns while the
 * client holds its file; and afterwards nfsd's service is gone and its reference dead at zero.
 */
public final class DestroyServRace {

    /** The open held a live service reference until its put, or failed with ENXIO. */
    public static final String REFERENCE = "reference";
    /** nfsd finished shutting down, and only after the client's last put. */
    public static final String SHUTDOWN = "shutdown";

    public static final Race RACE = new Race("a local read racing nfsd's shutdown", DestroyServRace.class,
            List.of(List.of("nfsd"), List.of("client")),
            List.of("nfsd", "client", "rcu_gp"),
            List.of("rpc.nfsd 0: nfsd_destroy_serv() under nfsd_mutex",
                    "the client's local read: nfs_open_local_fh(), a read of the file, nfs_to_nfsd_file_put_local()",
                    "the RCU callback kthread, started by the percpu_ref kill"));

    private final CheckedWorld w;
    private volatile Errno openError;
    private volatile byte[] read;
    private volatile boolean servAliveDuringIo;
    private volatile boolean destroyReturnedWhileHeld;
    private volatile boolean fileFreedByPut;
    private volatile Throwable clientCrash;
    private volatile Throwable nfsdCrash;

    /** A new world for this interleaving. */
    public DestroyServRace() {
        w = CheckedWorld.boot(Runs.design(), Runs.exportDir(), "hello-" + Runs.next() + ".txt", Runs.hostName(),
                Runs.containerName());
    }

    @Operation
    public void client() {
        try {
            ErrPtr<OpaqueNfsdFile> open = w.nfsOpenLocalFh();
            if (open.isErr()) {
                openError = open.errno();
                return;
            }
            OpaqueNfsdFile file = open.value();
            boolean alive = w.servAlive();
            read = w.read(file);
            servAliveDuringIo = alive && w.servAlive();
            w.put(file);
            fileFreedByPut = CheckedWorld.isFreed(file);
        } catch (Throwable t) {
            clientCrash = t;
        }
    }

    @Operation
    public void nfsd() {
        try {
            w.nfsdDestroyServ();
            // Whoever still holds a serv reference now outlived the shutdown.
            destroyReturnedWhileHeld = !w.nn.nfsdServRef().percpuRefIsZero();
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
            Invariant.require(openError == Errno.ENXIO, REFERENCE, "the local open failed with " + openError
                    + ", not ENXIO");
        } else {
            Invariant.require(Arrays.equals(read, CheckedWorld.CONTENT), REFERENCE,
                    "the local read did not return the file's bytes");
            Invariant.require(servAliveDuringIo, REFERENCE,
                    "nfsd's service was gone while the client still held its file and serv reference");
            Invariant.require(fileFreedByPut, REFERENCE, "the client's put did not free the nfsd_file");
        }
        Invariant.require(!destroyReturnedWhileHeld, SHUTDOWN,
                "nfsd_destroy_serv() returned while the client still held a serv reference");
        Invariant.require(w.nn.nfsdServ() == null && w.serv.isFreed(), SHUTDOWN, "nfsd did not finish shutting down");
        Invariant.require(w.nn.nfsdServRef().percpuRefIsDying() && w.nn.nfsdServRef().percpuRefIsZero(), SHUTDOWN,
                "nfsd's serv reference is not dead at zero after the shutdown");
    }
}

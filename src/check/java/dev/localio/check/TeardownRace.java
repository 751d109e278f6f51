package dev.localio.check;

import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.fs.nfsd.NfsdTrace;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Trace;
import dev.localio.linux.net.NetTrace;
import java.util.List;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * The teardown of the server's namespace racing a local open that reads {@code ->net}. nfsd in the
 * container has stopped already ({@code rpc.nfsd 0}, before the race); the container runtime drops
 * its reference on the namespace and {@code cleanup_net()} runs every pre_exit
 * ({@code nfsd_net_pre_exit()} clears the clients' {@code ->net}), {@code synchronize_rcu()}, every
 * exit, then frees {@code nfsd_net} and the namespace; meanwhile the client calls
 * {@code nfs_open_local_fh()}, which reads {@code ->net} under {@code rcu_read_lock()} and, if it is
 * set, tries for nfsd's serv reference. Models net/core/net_namespace.c with fs/nfsd/nfsctl.c and
 * fs/nfs_common/nfslocalio.c (v6.12).
 *
 * <p>What must hold in every interleaving: nothing crashes and nothing freed is touched; the open
 * fails with {@code -ENXIO} (nfsd is down); a client that read a non-NULL {@code ->net} finished
 * its try_get before the first exit hook ran; and afterwards the namespace is freed and the
 * client's {@code ->net} is NULL.
 */
public final class TeardownRace {

    /** A client that read a non-NULL ->net finished its try_get before exit freed nfsd_net. */
    public static final String GRACE = "grace";
    /** With nfsd stopped, the open failed with ENXIO. */
    public static final String ENXIO = "enxio";

    public static final Race RACE = new Race("a local open racing the teardown of the server's namespace",
            TeardownRace.class, List.of(List.of("client"), List.of("teardown")),
            List.of("client", "netns"),
            List.of("the client's local open: nfs_open_local_fh()",
                    "the container runtime lets go of the namespace: put_net(), so cleanup_net()"));

    private final CheckedWorld w;
    private volatile Errno openError;
    private volatile Throwable clientCrash;
    private volatile Throwable teardownCrash;

    public TeardownRace() {
        w = CheckedWorld.boot(Runs.design(), Runs.exportDir(), "hello-" + Runs.next() + ".txt", Runs.hostName(),
                Runs.containerName());
        w.nfsdDestroyServ();
        w.awaitRcuIdle();
    }

    @Operation
    public void client() {
        try {
            ErrPtr<OpaqueNfsdFile> open = w.nfsOpenLocalFh();
            if (open.isErr()) {
                openError = open.errno();
            } else {
                w.put(open.value());
            }
        } catch (Throwable t) {
            clientCrash = t;
        }
    }

    @Operation
    public void teardown() {
        try {
            w.putNet();
        } catch (Throwable t) {
            teardownCrash = t;
        }
    }

    @Validate
    public void theNamespaceWasForgottenBeforeItWasFreed() {
        Invariant.noCrash("the client's local open", clientCrash);
        Invariant.noCrash("the namespace's teardown", teardownCrash);
        Invariant.noKasanReport(w.host);
        Invariant.require(openError == Errno.ENXIO, ENXIO, "the local open " + (openError == null ? "succeeded"
                : "failed with " + openError) + " with nfsd stopped, instead of failing with ENXIO");
        // Searched inside the trace (which the checker runs as one step), not here: a stream over a
        // copy of the buffer, watched access by access, cost more than the race itself.
        Trace trace = w.host.subsystems().kernel().trace();
        long tryGet = trace.firstSeq(NfsdTrace.NfsdServTryGet.class);
        long exit = trace.firstSeq(NetTrace.OpsExitList.class);
        Invariant.require(tryGet < 0 || (exit >= 0 && tryGet < exit), GRACE,
                "the client read a non-NULL ->net but finished its try_get only after exit began freeing nfsd_net");
        Invariant.require(w.net.isFreed(), GRACE, "the namespace was not freed");
        Invariant.require(w.client.netAccess() == null, GRACE, "the client still records the freed namespace");
    }
}

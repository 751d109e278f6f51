package dev.localio.linux.fs.nfs;

import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Tracepoint;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.RpcStatus;
import dev.localio.linux.net.sunrpc.xdr.Mountstat3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;

/**
 * What the NFS client does, as the model traces it. Where the kernel has the tracepoint
 * (fs/nfs/nfstrace.h, fs/nfs/nfs4trace.h) the event keeps its name, with the model's choice of fields;
 * the others are the model's, named after the client function that emits them. {@code clp} names the
 * {@code nfs_client} ({@link NfsClient#clId()}).
 */
public final class NfsTrace {

    private NfsTrace() {
    }

    /** The model's: {@code nfs_mount()} (fs/nfs/mount_clnt.c), mountd's answer to MNT of {@code dirpath}. */
    public record NfsMount(String server, String dirpath, RpcStatus rpcStatus, Mountstat3 mountStatus)
            implements Tracepoint {
    }

    /**
     * The model's: {@code nfs_get_tree()} mounted {@code server:export} with client {@code clp}, or failed
     * with {@code error} (then {@code clp} is {@code null}).
     */
    public record NfsGetTree(String server, String export, String vers, RpcAuthFlavor sec, String clp, Errno error)
            implements Tracepoint {
    }

    /** The model's: {@code nfs_kill_super()} unmounted {@code server}. */
    public record NfsKillSuper(String server) implements Tracepoint {
    }

    /**
     * The model's: {@code nfs_get_client()} for {@code server} found {@code clp} or made it ({@code created}),
     * or failed with {@code error} (then {@code clp} is {@code null}).
     */
    public record NfsGetClient(String server, String clp, boolean created, Errno error) implements Tracepoint {
    }

    /** The model's: {@code nfs_create_rpc_client()} could not connect {@code clp}: {@code error}. */
    public record NfsCreateRpcClient(String clp, String error) implements Tracepoint {
    }

    /** The model's: {@code nfs_free_client()}. */
    public record NfsFreeClient(String clp) implements Tracepoint {
    }

    /**
     * The model's, no kernel function: a setting of the NFS client written, the module parameter
     * {@code localio_enabled} or whether rpc.gssd finds a machine credential.
     */
    public record NfsParam(String param, String value) implements Tracepoint {
    }

    /**
     * The model's: {@code nfs_local_probe()} for {@code clp} (whose RPC client speaks {@code flavor} to
     * {@code server}) starts, or ends with its outcome ({@code local}, and {@code reason}).
     */
    public record NfsLocalProbe(String clp, Step step, String server, RpcAuthFlavor flavor, boolean local,
            String reason) implements Tracepoint {

        /** Where in the probe the event is. */
        public enum Step { START, RESULT }
    }

    /** Kernel tracepoint {@code nfs_local_enable} (fs/nfs/nfstrace.h, v6.12): {@code clp} uses LOCALIO. */
    public record NfsLocalEnable(String clp) implements Tracepoint {
    }

    /** Kernel tracepoint {@code nfs_local_disable} (fs/nfs/nfstrace.h, v6.12): {@code clp} stops using LOCALIO. */
    public record NfsLocalDisable(String clp) implements Tracepoint {
    }

    /**
     * Kernel tracepoint {@code nfs_local_open_fh} (fs/nfs/nfstrace.h): a local open of {@code fh} with
     * {@code mode}, {@code result} 0 or a negative errno.
     */
    public record NfsLocalOpenFh(String clp, NfsFh fh, int mode, int result) implements Tracepoint {
    }

    /** The model's: {@code nfs_do_local_read()} read {@code count} bytes of {@code fh} at {@code offset}. */
    public record NfsDoLocalRead(String clp, NfsFh fh, long offset, int count, int error) implements Tracepoint {
    }

    /** The model's: {@code nfs_do_local_write()} wrote {@code count} bytes of {@code fh} at {@code offset}. */
    public record NfsDoLocalWrite(String clp, NfsFh fh, long offset, int count, int error) implements Tracepoint {
    }

    /** The model's: {@code nfs_local_commit()} synced {@code fh}. */
    public record NfsLocalCommit(String clp, NfsFh fh, long offset, int count, int error) implements Tracepoint {
    }

    /**
     * The model's, no kernel function: a local open failed with {@code errno}, so this {@code op} goes
     * over RPC.
     */
    public record NfsLocalFallback(String clp, String op, Errno errno) implements Tracepoint {
    }

    /** Kernel tracepoint {@code nfs_lookup_enter} (fs/nfs/nfstrace.h): LOOKUP of {@code name} in {@code dir}. */
    public record NfsLookupEnter(NfsFh dir, String name) implements Tracepoint {
    }

    /** Kernel tracepoint {@code nfs_lookup_exit} (fs/nfs/nfstrace.h): the LOOKUP ended with {@code error}. */
    public record NfsLookupExit(NfsFh dir, String name, int error) implements Tracepoint {
    }

    /** An IO of {@code fh} that goes over RPC: what the three {@code nfs_initiate_*} tracepoints share. */
    public sealed interface NfsInitiate extends Tracepoint permits NfsInitiateRead, NfsInitiateWrite, NfsInitiateCommit {

        String clp();

        NfsFh fh();

        long offset();

        int count();
    }

    /** Kernel tracepoint {@code nfs_initiate_read} (fs/nfs/nfstrace.h): a READ of {@code fh} goes over RPC. */
    public record NfsInitiateRead(String clp, NfsFh fh, long offset, int count) implements NfsInitiate {
    }

    /** Kernel tracepoint {@code nfs_initiate_write} (fs/nfs/nfstrace.h): a WRITE of {@code fh} goes over RPC. */
    public record NfsInitiateWrite(String clp, NfsFh fh, long offset, int count) implements NfsInitiate {
    }

    /** Kernel tracepoint {@code nfs_initiate_commit} (fs/nfs/nfstrace.h): a COMMIT of {@code fh} goes over RPC. */
    public record NfsInitiateCommit(String clp, NfsFh fh, long offset, int count) implements NfsInitiate {
    }

    /**
     * Kernel tracepoint {@code pnfs_update_layout} (fs/nfs/nfs4trace.h): LAYOUTGET for {@code fh} with
     * {@code iomode} ended with {@code status} ({@code null}: no reply) and brought a {@code layout} or not.
     */
    public record PnfsUpdateLayout(String clp, NfsFh fh, int iomode, Integer status, boolean layout)
            implements Tracepoint {
    }

    /**
     * The model's: {@code nfs4_ff_layout_prepare_ds()} chose data server {@code ds} (its handle
     * {@code dsFh}, its client {@code dsClp}) or failed with {@code error}; {@code ds} is {@code null}
     * when the device had no address.
     */
    public record Nfs4FfLayoutPrepareDs(String clp, NfsFh fh, String ds, NfsFh dsFh, Errno error, String dsClp)
            implements Tracepoint {
    }

    /**
     * The model's: [D] {@code nfs4_do_reclaim()} of {@code clp} ended, after the server rebooted (the model
     * sees a new connection), and queued a LOCALIO probe.
     */
    public record Nfs4DoReclaim(String clp) implements Tracepoint {
    }

    /**
     * The model's: [D] {@code nfs3_localio_probe()} queued a probe of {@code clp}: its {@code count}-th
     * NFSv3 IO over RPC, with {@code nfs3_localio_probe_throttle} at {@code throttle}.
     */
    public record Nfs3LocalioProbe(String clp, int count, int throttle) implements Tracepoint {
    }
}

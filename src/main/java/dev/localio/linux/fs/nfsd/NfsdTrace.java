package dev.localio.linux.fs.nfsd;

import dev.localio.linux.kernel.Tracepoint;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.util.UUID;

/**
 * What nfsd does, as the model traces it. Where the kernel has the tracepoint (fs/nfsd/trace.h) the
 * event keeps its name, with the model's choice of fields; the others are the model's, named after the
 * nfsd function that emits them. {@code net} is the network namespace's name.
 */
public final class NfsdTrace {

    private NfsdTrace() {
    }

    /** The model's: {@code nfsd_create_serv()} made the RPC service of {@code net}. */
    public record NfsdCreateServ(String net) implements Tracepoint {
    }

    /** The model's: {@code nfsd_init_socks()} listens at {@code port}, or could not ({@code error}, port 0). */
    public record NfsdInitSocks(String net, int port, String error) implements Tracepoint {
    }

    /** The model's: {@code nfsd_svc()} set {@code net}'s nfsd to {@code threads} threads. */
    public record NfsdSvc(String net, int threads) implements Tracepoint {
    }

    /**
     * The model's: {@code nfsd_destroy_serv()} reached {@code step} for {@code net}: in [A] it kills the
     * serv reference, waits for the confirmation and for the last holder, then tears the service down.
     */
    public record NfsdDestroyServ(String net, Step step) implements Tracepoint {

        /** How far {@code nfsd_destroy_serv()} got. */
        public enum Step { BEGIN, CONFIRM_DONE, FREE_DONE, END }
    }

    /** The model's: {@code nfsd_serv_try_get()} took a reference on {@code net}'s nfsd if {@code ok}. */
    public record NfsdServTryGet(String net, boolean ok) implements Tracepoint {
    }

    /** The model's: {@code nfsd_serv_put()} dropped a reference on {@code net}'s nfsd. */
    public record NfsdServPut(String net) implements Tracepoint {
    }

    /**
     * The model's: {@code localio_proc_uuid_is_local()} (fs/nfsd/localio.c) received the nonce {@code uuid}
     * in an argument of {@code arglen} bytes on the wire.
     */
    public record LocalioProcUuidIsLocal(int arglen, UUID uuid) implements Tracepoint {
    }

    /**
     * Kernel tracepoint {@code nfsd_fh_verify}: {@code fh} passed {@code fh_verify()} for an inode of
     * {@code type} and {@code access}; {@code localio} when there was no RPC request (a LOCALIO open).
     */
    public record NfsdFhVerify(String net, NfsFh fh, int type, int access, boolean localio) implements Tracepoint {
    }

    /** Kernel tracepoint {@code nfsd_fh_verify_err}: as {@link NfsdFhVerify}, refused with {@code error}. */
    public record NfsdFhVerifyErr(String net, NfsFh fh, int type, int access, boolean localio, Nfserr error)
            implements Tracepoint {
    }

    /**
     * Kernel tracepoint {@code nfsd_file_acquire}: an nfsd_file opened for inode {@code ino} with
     * {@code mayFlags} ({@code NFSD_MAY_LOCALIO} among them for a LOCALIO open), {@code status}.
     */
    public record NfsdFileAcquire(String net, long ino, int mayFlags, Nfserr status) implements Tracepoint {
    }

    /** Kernel tracepoint {@code nfsd_file_free}: the nfsd_file of inode {@code ino}, opened with {@code mayFlags}, freed. */
    public record NfsdFileFree(long ino, int mayFlags) implements Tracepoint {
    }

    /** The model's: {@code nfsd_file_put_local()} put a LOCALIO file of inode {@code ino}, then its serv reference. */
    public record NfsdFilePutLocal(String net, long ino) implements Tracepoint {
    }

    /** The model's: {@code nfsd4_proc_compound()} ran {@code ops} operations, the last ending in {@code status}. */
    public record Nfsd4ProcCompound(String net, int ops, int status) implements Tracepoint {
    }

    /** The model's: {@code nfsd4_layoutget()} for {@code fh}; {@code granted} if a layout went back. */
    public record Nfsd4Layoutget(String net, NfsFh fh, boolean granted) implements Tracepoint {
    }

    /** [D] {@code nfsd_net_try_get()} in {@code net}: whether it took a reference. */
    public record NfsdNetTryGet(String net, boolean ok) implements Tracepoint {
    }

    /** [D] {@code nfsd_net_put()} in {@code net}. */
    public record NfsdNetPut(String net) implements Tracepoint {
    }

    /**
     * The model's: [D] {@code nfsd_shutdown_net()} in {@code net} reached {@code step}: no new
     * {@code nfsd_net_try_get()} can succeed ({@code CONFIRM_DONE}), the last holder is gone
     * ({@code FREE_DONE}).
     */
    public record NfsdShutdownNet(String net, Step step) implements Tracepoint {

        /** How far the shutdown got. */
        public enum Step { CONFIRM_DONE, FREE_DONE }
    }

    /**
     * The model's: [D] {@code __nfsd_file_cache_purge()} of {@code net}, which first disables the
     * namespace's LOCALIO clients ({@code nfs_localio_invalidate_clients()}).
     */
    public record NfsdFileCachePurge(String net) implements Tracepoint {
    }
}

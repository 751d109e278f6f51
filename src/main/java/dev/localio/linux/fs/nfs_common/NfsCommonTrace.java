package dev.localio.linux.fs.nfs_common;

import dev.localio.linux.kernel.Tracepoint;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.util.UUID;

/**
 * What nfs_common's LOCALIO state does, as the model traces it. v6.12's fs/nfs_common has no
 * tracepoints: each event is the model's, named after the function of fs/nfs_common/nfslocalio.c that
 * emits it.
 */
public final class NfsCommonTrace {

    private NfsCommonTrace() {
    }

    /**
     * The model's: {@code nfs_uuid_begin()} put the fresh nonce {@code uuid} on {@code nfs_uuids} if
     * {@code ok}; not {@code ok} (and no {@code uuid}) when a probe was already in flight.
     */
    public record NfsUuidBegin(boolean ok, UUID uuid) implements Tracepoint {
    }

    /**
     * The model's: {@code nfs_uuid_is_local()}, nfsd's answer to UUID_IS_LOCAL in {@code net}: whether a
     * probing client of this kernel had the nonce ({@code found}).
     */
    public record NfsUuidIsLocal(String net, boolean found) implements Tracepoint {
    }

    /** The model's: {@code nfs_uuid_end()} ended a probe; {@code local} if a server claimed the nonce. */
    public record NfsUuidEnd(boolean local) implements Tracepoint {
    }

    /** The model's: {@code nfs_uuid_invalidate_one_client()} let go of a local client's server. */
    public record NfsUuidInvalidateOneClient() implements Tracepoint {
    }

    /**
     * The model's: {@code nfs_uuid_invalidate_clients()}, from nfsd's pre_exit, cleared the {@code clients}
     * clients on {@code list}.
     */
    public record NfsUuidInvalidateClients(String list, int clients) implements Tracepoint {
    }

    /**
     * The model's: {@code nfs_open_local_fh()} opened {@code fh} with {@code fmode}, or failed with
     * {@code error} (negative); {@code why} names the check that refused before nfsd was entered
     * ({@code net}, {@code nfsd_serv_try_get}), else {@code null}.
     */
    public record NfsOpenLocalFh(NfsFh fh, int fmode, int error, String why) implements Tracepoint {
    }

    /**
     * [D] tracepoint {@code nfs_localio_enable_client} (fs/nfs_common/localio_trace.h): the client
     * {@code clp} is local.
     */
    public record NfsLocalioEnableClient(String clp) implements Tracepoint {
    }

    /**
     * [D] tracepoint {@code nfs_localio_disable_client} (fs/nfs_common/localio_trace.h): the client
     * {@code clp} let go of its server.
     */
    public record NfsLocalioDisableClient(String clp) implements Tracepoint {
    }

    /**
     * The model's: [D] {@code nfs_localio_invalidate_clients()} disabled the {@code clients} clients on
     * {@code list} (from nfsd's pre_exit, or from the file-cache purge when nfsd stops).
     */
    public record NfsLocalioInvalidateClients(String list, int clients) implements Tracepoint {
    }

    /**
     * The model's: [D] {@code nfs_close_local_fh()} put the files an open context cached ({@code files}
     * of them), or found them closed already ({@code 0}).
     */
    public record NfsCloseLocalFh(int files) implements Tracepoint {
    }
}

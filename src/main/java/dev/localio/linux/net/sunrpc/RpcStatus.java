package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.Errno;

import java.util.Objects;

/**
 * How one RPC ended, as the caller sees it: a successful reply, an accepted reply whose accept_stat is not
 * SUCCESS, a denied reply, or a failure under RPC (refused or reset connection, timeout, a reply that does
 * not parse). The wire status is kept, not only the errno, so that tests and traces can say
 * "PROG_MISMATCH 3..3" rather than "-93".
 *
 * <p>{@link #tkStatus()} is what the kernel's {@code rpc_call_sync()} would return: 0, or the negative errno
 * that {@code rpc_decode_header()} maps the reply to. The mapping (net/sunrpc/clnt.c): PROG_UNAVAIL gives
 * -EPFNOSUPPORT, PROG_MISMATCH and RPC_MISMATCH -EPROTONOSUPPORT, PROC_UNAVAIL -EOPNOTSUPP, GARBAGE_ARGS,
 * SYSTEM_ERR and an unparsable reply -EIO, any AUTH_ERROR -EACCES.
 *
 * <p>Models net/sunrpc/clnt.c: the status of {@code rpc_call_sync()} as decoded by {@code rpc_decode_header()}.
 */
public sealed interface RpcStatus {

    /** The successful reply; its results were decoded into the caller's result object. */
    RpcStatus SUCCESS = new Success();

    /** 0 on success, else the negative errno the kernel's {@code rpc_call_sync()} returns for this outcome. */
    default int tkStatus() {
        return errno() == null ? 0 : errno().negative();
    }

    /** The kernel's errno for this outcome ({@code EPFNOSUPPORT}, ...), or {@code null} on success. */
    Errno errno();

    /** The errno's name ({@code "EPFNOSUPPORT"}, ...), or {@code null} on success. */
    default String errnoName() {
        return errno() == null ? null : errno().name();
    }

    /**
     * A short stable name of the outcome, used as the key of reply counters: the accept_stat, reject_stat or
     * auth_stat enumerator ({@code "RPC_PROG_MISMATCH"}, {@code "RPC_AUTH_TOOWEAK"}), or the errno name of a
     * transport error ({@code "ETIMEDOUT"}).
     */
    String kind();

    /** Whether the call succeeded. */
    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** A reply with accept_stat SUCCESS. */
    record Success() implements RpcStatus {
        @Override
        public Errno errno() {
            return null;
        }

        @Override
        public String kind() {
            return RpcAcceptStat.RPC_SUCCESS.name();
        }
    }

    /**
     * An accepted reply whose accept_stat is not SUCCESS. {@code low} and {@code high} are the versions the
     * server supports when the status is PROG_MISMATCH, 0 otherwise.
     */
    record Accepted(RpcAcceptStat acceptStat, int low, int high) implements RpcStatus {
        public Accepted {
            Objects.requireNonNull(acceptStat, "acceptStat");
            if (acceptStat == RpcAcceptStat.RPC_SUCCESS) {
                throw new IllegalArgumentException("WARN_ON: a successful reply is RpcStatus.SUCCESS");
            }
        }

        @Override
        public Errno errno() {
            return switch (acceptStat) {
                case RPC_PROG_UNAVAIL -> Errno.EPFNOSUPPORT;
                case RPC_PROG_MISMATCH -> Errno.EPROTONOSUPPORT;
                case RPC_PROC_UNAVAIL -> Errno.EOPNOTSUPP;
                default -> Errno.EIO;
            };
        }

        @Override
        public String kind() {
            return acceptStat.name();
        }
    }

    /**
     * A denied reply: RPC_MISMATCH with the RPC versions the server supports in {@code low}..{@code high}, or
     * AUTH_ERROR with the reason in {@code authStat} ({@link RpcAuthStat#RPC_AUTH_OK} for RPC_MISMATCH).
     */
    record Denied(RpcRejectStat rejectStat, RpcAuthStat authStat, int low, int high) implements RpcStatus {
        public Denied {
            Objects.requireNonNull(rejectStat, "rejectStat");
            Objects.requireNonNull(authStat, "authStat");
        }

        @Override
        public Errno errno() {
            return rejectStat == RpcRejectStat.RPC_MISMATCH ? Errno.EPROTONOSUPPORT : Errno.EACCES;
        }

        @Override
        public String kind() {
            return rejectStat == RpcRejectStat.RPC_MISMATCH ? rejectStat.name() : authStat.name();
        }
    }

    /**
     * No usable reply: the connection was refused, reset or shut down, the call timed out, the call could not
     * be encoded, or the reply could not be decoded. {@code reason} says which, for people.
     */
    record TransportError(Errno errno, String reason) implements RpcStatus {
        public TransportError {
            Objects.requireNonNull(errno, "errno");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String kind() {
            return errno.name();
        }
    }

    /** A failure under RPC reported with {@code errno}; {@code reason} says what happened, for people. */
    static RpcStatus transportError(Errno errno, String reason) {
        return new TransportError(errno, reason);
    }

    /** PROG_UNAVAIL: the server does not host the program. */
    static RpcStatus progUnavail() {
        return new Accepted(RpcAcceptStat.RPC_PROG_UNAVAIL, 0, 0);
    }

    /** PROG_MISMATCH: the server hosts the program, in versions {@code low}..{@code high} only. */
    static RpcStatus progMismatch(int low, int high) {
        return new Accepted(RpcAcceptStat.RPC_PROG_MISMATCH, low, high);
    }

    /** PROC_UNAVAIL: the version has no such procedure. */
    static RpcStatus procUnavail() {
        return new Accepted(RpcAcceptStat.RPC_PROC_UNAVAIL, 0, 0);
    }

    /** GARBAGE_ARGS: the arguments did not decode. */
    static RpcStatus garbageArgs() {
        return new Accepted(RpcAcceptStat.RPC_GARBAGE_ARGS, 0, 0);
    }

    /** SYSTEM_ERR: the server failed for a reason of its own. */
    static RpcStatus systemErr() {
        return new Accepted(RpcAcceptStat.RPC_SYSTEM_ERR, 0, 0);
    }

    /** A denied reply of kind AUTH_ERROR with reason {@code authStat}. */
    static RpcStatus authError(RpcAuthStat authStat) {
        return new Denied(RpcRejectStat.RPC_AUTH_ERROR, authStat, 0, 0);
    }

    /** A denied reply of kind RPC_MISMATCH: the server speaks RPC versions {@code low}..{@code high}. */
    static RpcStatus rpcMismatch(int low, int high) {
        return new Denied(RpcRejectStat.RPC_MISMATCH, RpcAuthStat.RPC_AUTH_OK, low, high);
    }
}

package dev.localio.linux.net.sunrpc;

/**
 * What authenticating a call decided, in the server's credential decoding and in a program's
 * {@link SvcProgram.PgAuthenticate} hook. {@link #SVC_DENIED} sends an AUTH_ERROR reply carrying
 * {@link SvcRqst#rqAuthStat()}, which the denier sets first.
 *
 * <p>Models include/linux/sunrpc/svcauth.h: the {@code SVC_*} results of {@code svc_authenticate()} and
 * {@code pg_authenticate}.
 */
public enum SvcAuthStatus {
    /** Go on with the call. */
    SVC_OK,
    /** The credential did not decode: reply GARBAGE_ARGS. */
    SVC_GARBAGE,
    /** The server failed: reply SYSTEM_ERR. */
    SVC_SYSERR,
    /** Refuse the caller: reply AUTH_ERROR with {@link SvcRqst#rqAuthStat()}. */
    SVC_DENIED,
    /** Send no reply at all (the kernel does this while an upcall is pending). */
    SVC_DROP,
    /** Send no reply and close the connection. */
    SVC_CLOSE
}

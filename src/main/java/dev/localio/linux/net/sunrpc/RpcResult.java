package dev.localio.linux.net.sunrpc;

import java.util.Objects;

/**
 * A pointer-or-error as {@code rpc_create()} and {@code rpc_bind_new_program()} return it: the new client,
 * or the {@link RpcStatus} that made creating it fail. Callers branch with {@link #isErr()}, as the kernel
 * branches with {@code IS_ERR()}; the error keeps the wire status (PROG_UNAVAIL, connection refused, ...)
 * next to its errno ({@link RpcStatus#tkStatus()}).
 *
 * <p>Models the kernel's {@code ERR_PTR()} convention as used by net/sunrpc/clnt.c.
 *
 * @param <T> what succeeds
 */
public sealed interface RpcResult<T> {

    /** Whether this is an error ({@code IS_ERR()}). */
    boolean isErr();

    /** The value; throws if this is an error, as dereferencing an {@code ERR_PTR} would crash. */
    T value();

    /** {@link RpcStatus#SUCCESS} for a value, else the reason of the failure ({@code PTR_ERR()}). */
    RpcStatus status();

    /** A value. */
    static <T> RpcResult<T> ptr(T value) {
        return new Ptr<>(value);
    }

    /** An error. */
    static <T> RpcResult<T> err(RpcStatus status) {
        return new Err<>(status);
    }

    /** The success case. */
    record Ptr<T>(T value) implements RpcResult<T> {
        public Ptr {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isErr() {
            return false;
        }

        @Override
        public RpcStatus status() {
            return RpcStatus.SUCCESS;
        }
    }

    /** The error case. */
    record Err<T>(RpcStatus status) implements RpcResult<T> {
        public Err {
            Objects.requireNonNull(status, "status");
            if (status.isSuccess()) {
                throw new IllegalArgumentException("WARN_ON: an error needs a failed status");
            }
        }

        @Override
        public boolean isErr() {
            return true;
        }

        @Override
        public T value() {
            throw new IllegalStateException("dereferencing ERR_PTR(" + status.tkStatus() + "): " + status);
        }
    }
}

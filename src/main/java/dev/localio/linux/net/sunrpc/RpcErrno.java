package dev.localio.linux.net.sunrpc;

/**
 * The few errno numbers the RPC client reports, with the kernel's values. They only give
 * {@link RpcStatus#tkStatus()} its kernel meaning; upper layers map {@link RpcStatus#errnoName()} onto the
 * model's {@code Errno} enum.
 *
 * <p>Models include/uapi/asm-generic/errno-base.h and errno.h (the subset net/sunrpc/clnt.c returns).
 */
enum RpcErrno {
    EINTR(4),
    EIO(5),
    EACCES(13),
    EPROTONOSUPPORT(93),
    EOPNOTSUPP(95),
    EPFNOSUPPORT(96),
    ECONNRESET(104),
    ENOTCONN(107),
    ETIMEDOUT(110),
    ECONNREFUSED(111);

    private final int number;

    RpcErrno(int number) {
        this.number = number;
    }

    int number() {
        return number;
    }

    /** A failure under RPC reported with this errno. */
    RpcStatus status(String reason) {
        return new RpcStatus.TransportError(name(), reason);
    }
}

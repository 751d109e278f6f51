package dev.localio.linux.kernel;

/**
 * The kernel's error numbers, with their numeric values, so a result can be compared with what the C
 * code returns as {@code -ENXIO} and friends.
 *
 * <p>Models include/uapi/asm-generic/errno-base.h, errno.h and include/linux/errno.h (the NFS-only
 * values above 511).
 */
@KernelSymbol(value = "-ENOENT", file = "include/uapi/asm-generic/errno-base.h")
@KernelSymbol(value = "-ENXIO", file = "include/uapi/asm-generic/errno-base.h")
@KernelSymbol(value = "-ENOMEM", file = "include/uapi/asm-generic/errno-base.h")
@KernelSymbol(value = "-EACCES", file = "include/uapi/asm-generic/errno-base.h")
@KernelSymbol(value = "-EINVAL", file = "include/uapi/asm-generic/errno-base.h")
@KernelSymbol(value = "-ENOSPC", file = "include/uapi/asm-generic/errno-base.h")
@KernelSymbol(value = "-ESTALE", file = "include/uapi/asm-generic/errno.h")
public enum Errno {
    EPERM(1), ENOENT(2), EINTR(4), EIO(5), ENXIO(6), E2BIG(7), EBADF(9), EAGAIN(11), ENOMEM(12),
    EACCES(13), EFAULT(14), EBUSY(16), EEXIST(17), EXDEV(18), ENODEV(19), ENOTDIR(20), EISDIR(21),
    EINVAL(22), EFBIG(27), ENOSPC(28), EROFS(30), EMLINK(31), ERANGE(34), ENAMETOOLONG(36),
    ENOSYS(38), ENOTEMPTY(39), EREMOTE(66), EOVERFLOW(75), EPROTONOSUPPORT(93), EOPNOTSUPP(95), EPFNOSUPPORT(96),
    EADDRINUSE(98), ECONNRESET(104), ENOTCONN(107), ETIMEDOUT(110), ECONNREFUSED(111),
    EHOSTUNREACH(113), ESTALE(116), EREMOTEIO(121), EDQUOT(122), EKEYEXPIRED(127), EBADHANDLE(521),
    ENOTSYNC(522), EBADCOOKIE(523), ENOTSUPP(524), ETOOSMALL(525), ESERVERFAULT(526), EBADTYPE(527),
    EJUKEBOX(528);

    private final int value;

    Errno(int value) {
        this.value = value;
    }

    /** The positive errno value, as in {@code errno.h}. */
    public int value() {
        return value;
    }

    /** The value a kernel function returns for this error: {@code -value()}. */
    public int negative() {
        return -value;
    }

    /**
     * The errno with the given value, positive or negative (as {@code PTR_ERR()} yields it).
     *
     * @throws IllegalArgumentException when the model does not know the value
     */
    public static Errno fromValue(int errno) {
        int v = Math.abs(errno);
        for (Errno e : values()) {
            if (e.value == v) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown errno " + errno);
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.sunrpc.XdrEnum;

/**
 * How durable a WRITE must be before the server answers, and how durable it was (RFC 1813 section 3.3.7,
 * {@code stable_how}). LOCALIO maps them onto open flags: UNSTABLE none, DATA_SYNC O_DSYNC, FILE_SYNC
 * O_DSYNC|O_SYNC.
 *
 * <p>Models include/linux/nfs.h: {@code enum nfs3_stable_how}.
 */
@KernelSymbol(value = "stable_how", file = "include/linux/nfs.h")
public enum StableHow implements XdrEnum {
    NFS_UNSTABLE(0),
    @KernelSymbol(value = "DATA_SYNC", file = "include/linux/nfs.h")
    NFS_DATA_SYNC(1),
    @KernelSymbol(value = "FILE_SYNC", file = "include/linux/nfs.h")
    NFS_FILE_SYNC(2);

    private final int value;

    StableHow(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}

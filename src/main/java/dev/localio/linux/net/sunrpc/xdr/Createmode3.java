package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.net.sunrpc.XdrEnum;

/**
 * How CREATE treats an existing file (RFC 1813 section 3.3.8, {@code createmode3}).
 *
 * <p>Models include/uapi/linux/nfs3.h: {@code NFS3_CREATE_UNCHECKED}, {@code NFS3_CREATE_GUARDED},
 * {@code NFS3_CREATE_EXCLUSIVE}.
 */
public enum Createmode3 implements XdrEnum {
    NFS3_CREATE_UNCHECKED(0),
    NFS3_CREATE_GUARDED(1),
    NFS3_CREATE_EXCLUSIVE(2);

    private final int value;

    Createmode3(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}

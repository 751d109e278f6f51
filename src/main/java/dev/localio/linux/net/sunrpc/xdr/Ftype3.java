package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.net.sunrpc.XdrEnum;

/**
 * The type of a file (RFC 1813 section 2.6, {@code ftype3}).
 *
 * <p>Models include/uapi/linux/nfs3.h: {@code enum nfs3_ftype}.
 */
public enum Ftype3 implements XdrEnum {
    NF3REG(1),
    NF3DIR(2),
    NF3BLK(3),
    NF3CHR(4),
    NF3LNK(5),
    NF3SOCK(6),
    NF3FIFO(7);

    private final int value;

    Ftype3(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}

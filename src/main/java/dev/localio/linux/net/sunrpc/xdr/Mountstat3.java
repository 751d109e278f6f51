package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.net.sunrpc.XdrEnum;

/**
 * The status of a MNT reply (RFC 1813 appendix I, {@code mountstat3}).
 *
 * <p>Models fs/nfs/mount_clnt.c: {@code enum mountstat3} and its {@code mnt3_errtbl}.
 */
public enum Mountstat3 implements XdrEnum {
    MNT3_OK(0),
    MNT3ERR_PERM(1),
    MNT3ERR_NOENT(2),
    MNT3ERR_IO(5),
    MNT3ERR_ACCES(13),
    MNT3ERR_NOTDIR(20),
    MNT3ERR_INVAL(22),
    MNT3ERR_NAMETOOLONG(63),
    MNT3ERR_NOTSUPP(10004),
    MNT3ERR_SERVERFAULT(10006);

    private final int value;

    Mountstat3(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}

package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.net.sunrpc.XdrEnum;

/**
 * Whether SETATTR leaves a time alone, sets it to the server's clock, or to the client's value (RFC 1813
 * section 2.6, {@code time_how}).
 *
 * <p>Models include/uapi/linux/nfs3.h: {@code enum nfs3_time_how}.
 */
public enum TimeHow implements XdrEnum {
    DONT_CHANGE(0),
    SET_TO_SERVER_TIME(1),
    SET_TO_CLIENT_TIME(2);

    private final int value;

    TimeHow(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}

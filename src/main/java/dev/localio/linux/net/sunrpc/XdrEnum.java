package dev.localio.linux.net.sunrpc;

/**
 * A Java enum that stands for an XDR {@code enum} (RFC 4506 section 4.3): each constant carries the number
 * it has on the wire. Decoders turn a wire number back into a constant with {@link #fromValue}; a number
 * the protocol does not define gives {@code null}, and the decoder decides whether that is garbage.
 *
 * <p>Models include/linux/sunrpc/xdr.h: the kernel keeps such enums as plain C enums and compares wire
 * words against them; Java needs the explicit mapping.
 */
public interface XdrEnum {

    /** The number on the wire. */
    int value();

    /** The constant of {@code type} whose wire number is {@code value}, or {@code null} if there is none. */
    static <E extends Enum<E> & XdrEnum> E fromValue(Class<E> type, int value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value() == value) {
                return constant;
            }
        }
        return null;
    }
}

package dev.localio.linux.net.sunrpc;

import org.dcache.oncrpc4j.xdr.Xdr;

import java.nio.ByteBuffer;

/**
 * RPC over TCP record marking (RFC 5531 section 11) and the message-level constants both ends share. A
 * record is one or more fragments, each led by a 4-byte mark whose top bit says "last fragment" and whose
 * other 31 bits give the fragment's length. This model writes every record as one fragment and reads
 * records of any number of fragments.
 *
 * <p>Models include/linux/sunrpc/msg_prot.h: {@code RPC_LAST_STREAM_FRAGMENT},
 * {@code RPC_FRAGMENT_SIZE_MASK}, {@code enum rpc_msg_type}, {@code enum rpc_reply_stat}.
 */
final class RpcRecord {

    static final int RPC_LAST_STREAM_FRAGMENT = 0x80000000;
    static final int RPC_FRAGMENT_SIZE_MASK = 0x7fffffff;
    /** Size of a record mark. */
    static final int RPC_FRAGMENT_HEADER_SIZE = 4;

    static final int RPC_VERSION = 2;
    static final int RPC_CALL = 0;
    static final int RPC_REPLY = 1;
    static final int RPC_MSG_ACCEPTED = 0;
    static final int RPC_MSG_DENIED = 1;

    private RpcRecord() {
    }

    /** The encoded message {@code xdr} as one last fragment: mark plus bytes, ready for the socket. */
    static byte[] frame(Xdr xdr) {
        byte[] message = xdr.getBytes();
        ByteBuffer record = ByteBuffer.allocate(RPC_FRAGMENT_HEADER_SIZE + message.length);
        record.putInt(RPC_LAST_STREAM_FRAGMENT | message.length).put(message);
        return record.array();
    }

    /** A fresh XDR stream ready for encoding. */
    static Xdr encoder() {
        Xdr xdr = new Xdr(Xdr.INITIAL_XDR_SIZE);
        xdr.beginEncoding();
        return xdr;
    }
}

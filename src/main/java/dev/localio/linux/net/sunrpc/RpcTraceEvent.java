package dev.localio.linux.net.sunrpc;

import java.net.InetSocketAddress;

/**
 * One RPC message as a tracepoint reports it: which side saw it, whether it is the call or the reply, its
 * header fields, the connection's two ends, and the real size of the record on the wire. Upper layers
 * record these into their own traces as {@link SunrpcTrace} events (a LOCALIO handshake is a NULL then a
 * UUID_IS_LOCAL of program 400122 on the same connection as NFS).
 *
 * <p>Models include/trace/events/sunrpc.h: {@code rpc_request} / {@code rpc_task_end} on the client and
 * {@code svc_process} / {@code svc_send} on the server.
 *
 * @param side      the side that saw the message
 * @param direction CALL or REPLY
 * @param xid       the transaction id
 * @param prog      program number
 * @param vers      program version
 * @param proc      procedure number
 * @param flavor    the caller's flavor (a pseudoflavor for GSS), or {@code null} if the server could not tell
 * @param local     this side's end of the connection
 * @param remote    the peer's end of the connection
 * @param wireBytes size of the record on the wire, record marks included (0 for a reply that never came)
 * @param status    for a REPLY, how the call ended; {@code null} for a CALL
 */
public record RpcTraceEvent(RpcIostats.Side side, Direction direction, int xid, int prog, int vers, int proc,
        RpcAuthFlavor flavor, InetSocketAddress local, InetSocketAddress remote, int wireBytes,
        RpcStatus status) {

    /** Whether the event is a call or its reply. */
    public enum Direction { CALL, REPLY }
}

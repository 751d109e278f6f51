package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.Tracepoint;
import java.net.InetSocketAddress;

/**
 * The sunrpc tracepoints the model emits: one per RPC message, on the side that saw it. The fields are
 * the model's choice (program, version, procedure, the record's size on the wire, the connection, the
 * flavor and, for a reply, how the call ended), not the kernel's.
 *
 * <p>Models include/trace/events/sunrpc.h: {@code rpc_request}, {@code rpc_task_end},
 * {@code svc_process}, {@code svc_send}.
 */
public final class SunrpcTrace {

    private SunrpcTrace() {
    }

    /** What every RPC message event has: the call it belongs to and the connection it went over. */
    public sealed interface RpcMessage extends Tracepoint permits RpcRequest, RpcTaskEnd, SvcProcess, SvcSend {

        int xid();

        int prog();

        int vers();

        int proc();

        /** The record's size on the wire, record marks included (0 for a reply that never came). */
        int bytes();

        /** This side's end of the connection. */
        InetSocketAddress local();

        /** The peer's end of the connection. */
        InetSocketAddress remote();

        /** The caller's flavor (a pseudoflavor for GSS), or {@code null} if the server could not tell. */
        RpcAuthFlavor flavor();

        /** The connection as {@code local->remote}: equal for two messages on one connection and side. */
        default String connection() {
            return local() + "->" + remote();
        }
    }

    /** Kernel tracepoint {@code rpc_request}: the client sent a call. */
    public record RpcRequest(int xid, int prog, int vers, int proc, int bytes, InetSocketAddress local,
            InetSocketAddress remote, RpcAuthFlavor flavor) implements RpcMessage {
    }

    /** Kernel tracepoint {@code rpc_task_end}: the client's call ended with {@code status}. */
    public record RpcTaskEnd(int xid, int prog, int vers, int proc, int bytes, InetSocketAddress local,
            InetSocketAddress remote, RpcAuthFlavor flavor, RpcStatus status) implements RpcMessage {
    }

    /** Kernel tracepoint {@code svc_process}: the server took a call. */
    public record SvcProcess(int xid, int prog, int vers, int proc, int bytes, InetSocketAddress local,
            InetSocketAddress remote, RpcAuthFlavor flavor) implements RpcMessage {
    }

    /** Kernel tracepoint {@code svc_send}: the server sent the reply {@code status}. */
    public record SvcSend(int xid, int prog, int vers, int proc, int bytes, InetSocketAddress local,
            InetSocketAddress remote, RpcAuthFlavor flavor, RpcStatus status) implements RpcMessage {
    }

    /** The tracepoint {@code event} is, as a trace records it. */
    public static RpcMessage of(RpcTraceEvent e) {
        boolean call = e.direction() == RpcTraceEvent.Direction.CALL;
        if (e.side() == RpcIostats.Side.CLIENT) {
            return call ? new RpcRequest(e.xid(), e.prog(), e.vers(), e.proc(), e.wireBytes(), e.local(), e.remote(),
                    e.flavor())
                    : new RpcTaskEnd(e.xid(), e.prog(), e.vers(), e.proc(), e.wireBytes(), e.local(), e.remote(),
                            e.flavor(), e.status());
        }
        return call ? new SvcProcess(e.xid(), e.prog(), e.vers(), e.proc(), e.wireBytes(), e.local(), e.remote(),
                e.flavor())
                : new SvcSend(e.xid(), e.prog(), e.vers(), e.proc(), e.wireBytes(), e.local(), e.remote(), e.flavor(),
                        e.status());
    }
}

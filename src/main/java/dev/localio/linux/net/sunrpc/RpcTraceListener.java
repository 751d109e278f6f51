package dev.localio.linux.net.sunrpc;

/**
 * Where an upper layer hears about each RPC call and reply, to record it in its own trace. Listeners run on
 * the thread that sent or received the message, so they must be quick and must not call back into RPC.
 *
 * <p>Models the sunrpc tracepoints (include/trace/events/sunrpc.h) that a tracer attaches to.
 */
@FunctionalInterface
public interface RpcTraceListener {

    /** One call or reply was sent or received. */
    void rpcTrace(RpcTraceEvent event);
}

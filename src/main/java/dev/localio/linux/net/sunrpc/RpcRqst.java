package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.Errno;

/**
 * One call in flight on a transport: where the receive path leaves the reply, and where the caller waits
 * for it. Completed at most once, by the reply, a transport failure, a timeout or a shutdown, whichever
 * comes first.
 *
 * <p>Models include/linux/sunrpc/xprt.h: {@code struct rpc_rqst} ({@code rq_xid}, {@code rq_private_buf},
 * {@code rq_reply_bytes_recvd}) and the wait of {@code rpc_execute()} for it.
 */
final class RpcRqst {

    final int rqXid;
    final int prog;
    final int vers;
    final int proc;
    /** Which connection of the transport carried the call; set when it is transmitted. */
    int connectGen;

    private boolean done;
    private byte[] reply;
    private int replyWireBytes;
    private RpcStatus failure;

    RpcRqst(int rqXid, int prog, int vers, int proc) {
        this.rqXid = rqXid;
        this.prog = prog;
        this.vers = vers;
        this.proc = proc;
    }

    /** The reply arrived. Models {@code xprt_complete_rqst()}. */
    synchronized void xprtCompleteRqst(byte[] record, int wireBytes) {
        if (!done) {
            done = true;
            reply = record;
            replyWireBytes = wireBytes;
            notifyAll();
        }
    }

    /** No reply will come: the connection died, the call timed out or its client was shut down. */
    synchronized void rpcExit(RpcStatus status) {
        if (!done) {
            done = true;
            failure = status;
            notifyAll();
        }
    }

    /** Waits until the call is done or {@code deadlineNanos} (a {@link System#nanoTime()}) passes. */
    synchronized boolean rpcWaitForCompletion(long deadlineNanos) {
        while (!done) {
            long leftMillis = (deadlineNanos - System.nanoTime() + 999_999) / 1_000_000;
            if (leftMillis <= 0) {
                return false;
            }
            try {
                wait(leftMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                rpcExit(RpcStatus.transportError(Errno.EINTR, "interrupted while waiting for the reply"));
            }
        }
        return true;
    }

    /** The reply record, or {@code null} if the call failed. */
    synchronized byte[] reply() {
        return reply;
    }

    /** Wire size of the reply record, 0 if none came. */
    synchronized int replyWireBytes() {
        return replyWireBytes;
    }

    /** Why the call failed, or {@code null} if a reply came. */
    synchronized RpcStatus failure() {
        return failure;
    }
}

package dev.localio.linux.net.sunrpc;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;

/**
 * A bare TCP peer of a server for tests that must put exact bytes on the wire: a wrong RPC version, an
 * unknown flavor, a truncated header, an oversized record. Replies come back as their 32-bit words.
 */
final class RawRpc implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;

    RawRpc(InetSocketAddress server) throws IOException {
        socket = new Socket(server.getAddress(), server.getPort());
        socket.setSoTimeout(5_000);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(socket.getInputStream());
    }

    /** The words of a call header: xid, CALL, {@code rpcvers}, prog, vers, proc. */
    static ByteBuffer header(int xid, int rpcvers, int prog, int vers, int proc) {
        ByteBuffer call = ByteBuffer.allocate(4096);
        call.putInt(xid).putInt(0).putInt(rpcvers).putInt(prog).putInt(vers).putInt(proc);
        return call;
    }

    /** Appends an opaque_auth with {@code flavor} and an empty body. */
    static ByteBuffer emptyAuth(ByteBuffer call, int flavor) {
        return call.putInt(flavor).putInt(0);
    }

    /** Sends the bytes written so far into {@code call} as one record. */
    void send(ByteBuffer call) throws IOException {
        call.flip();
        sendRecord(0x80000000 | call.remaining(), call);
    }

    /** Sends {@code mark} followed by the rest of {@code body}, whatever the mark claims. */
    void sendRecord(int mark, ByteBuffer body) throws IOException {
        ByteBuffer record = ByteBuffer.allocate(4 + body.remaining()).putInt(mark).put(body);
        socket.getOutputStream().write(record.array());
        socket.getOutputStream().flush();
    }

    /** Writes the rest of {@code bytes} as they are, marks included, and pushes them out. */
    void write(ByteBuffer bytes) throws IOException {
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        socket.getOutputStream().write(raw);
        socket.getOutputStream().flush();
    }

    /** Reads one reply record and returns its words. */
    int[] reply() throws IOException {
        int length = in.readInt() & 0x7fffffff;
        byte[] body = new byte[length];
        in.readFully(body);
        ByteBuffer words = ByteBuffer.wrap(body);
        int[] reply = new int[length / 4];
        for (int i = 0; i < reply.length; i++) {
            reply[i] = words.getInt();
        }
        return reply;
    }

    /** Whether the server closed the connection: the next read sees end of stream. */
    boolean closedByServer() throws IOException {
        try {
            return in.read() == -1;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

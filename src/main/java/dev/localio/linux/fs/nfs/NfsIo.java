package dev.localio.linux.fs.nfs;

import dev.localio.linux.kernel.Errno;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.util.List;

/**
 * How one read, write or commit ended, and which way it went: {@link Path#LOCALIO} when the client
 * opened the file through nfsd and did the IO itself, {@link Path#RPC} when it went on the wire.
 * When a local open was tried and failed, {@link #localioError()} says why ({@code ENXIO} after
 * the server went away, {@code EACCES}, {@code ESTALE}, ...) and the IO went over RPC.
 *
 * <p>Not a kernel structure: the model's summary of a {@code struct nfs_pgio_header} or
 * {@code struct nfs_commit_data} once its IO completed ({@code res.count}, {@code res.eof},
 * {@code res.verf}, {@code task.tk_status}), plus the path taken, which the kernel only shows in
 * its tracepoints and statistics.
 *
 * @param op           what was done
 * @param path         which way it went
 * @param error        {@code null} on success, else the error the caller sees
 * @param count        bytes read or written (0 for a commit)
 * @param eof          for a read: whether it reached the end of the file
 * @param data         for a read: the bytes read; else empty
 * @param verf         for a write or commit: the write verifier of the reply
 * @param committed    for a write or commit: how stable the data is
 * @param localioError why the local path was not taken after it was tried, else {@code null}
 * @param iters        for a local read or write: the pieces it was issued in ({@link NfsLocalIter}); else empty
 */
public record NfsIo(Op op, Path path, Errno error, int count, boolean eof, byte[] data, long verf,
        StableHow committed, Errno localioError, List<NfsLocalIter> iters) {

    /** What the IO was. */
    public enum Op { READ, WRITE, COMMIT }

    /** Which way the IO went. */
    public enum Path { LOCALIO, RPC }

    /** Whether the IO succeeded. */
    public boolean ok() {
        return error == null;
    }

    /** Whether it was done locally (LOCALIO). */
    public boolean wentLocal() {
        return path == Path.LOCALIO;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String toString() {
        return op + " via " + path + (error == null ? " ok" : " " + error) + " count=" + count
                + (localioError == null ? "" : " (local open failed: " + localioError + ")")
                + (iters.size() > 1 || iters.stream().anyMatch(NfsLocalIter::direct) ? " " + iters : "");
    }
}

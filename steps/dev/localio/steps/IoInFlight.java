package dev.localio.steps;

import dev.localio.linux.fs.nfs.Localio;
import dev.localio.linux.fs.nfs.NfsClient;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;

/** A local IO the scenario opened and has not completed: the client holds the file and its serv reference. */
public final class IoInFlight implements AutoCloseable {

    /** The held IO: the client, the file's handle, the file nfsd opened for it. */
    record Held(NfsClient clp, NfsFh fh, OpaqueNfsdFile file) {
    }

    private Held held;

    /** Holds a file the client opened locally, as an IO in flight would, until {@link #release()}. */
    void hold(NfsClient clp, NfsFh fh, OpaqueNfsdFile file) {
        held = new Held(clp, fh, file);
    }

    /** Whether an IO is held in flight, and with it a reference on nfsd's service. */
    boolean holding() {
        return held != null;
    }

    /** The IO in flight, which the caller now completes (and so puts). */
    Held release() {
        Held h = held;
        held = null;
        if (h == null) {
            throw new IllegalStateException("no IO is held in flight in this scenario");
        }
        return h;
    }

    /** Puts a file a failed scenario left held, or nfsd's shutdown would wait for it for ever. */
    @Override
    public void close() {
        if (held != null) {
            Localio.nfsLocalFilePut(held.clp(), held.file());
            held = null;
        }
    }
}

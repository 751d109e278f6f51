package dev.localio.steps;

import java.util.Map;

import dev.localio.linux.fs.nfs.NfsTrace.NfsInitiate;
import dev.localio.linux.fs.nfs.NfsTrace.NfsInitiateCommit;
import dev.localio.linux.fs.nfs.NfsTrace.NfsInitiateRead;
import dev.localio.linux.fs.nfs.NfsTrace.NfsInitiateWrite;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;

/**
 * An RPC procedure as a page names it: NFS procedures by their NFSv3 names (the model's NFSv4.x
 * mounts send NFSv3 procedures), LOCALIO's by its own, and the tracepoint that marks a client
 * sending an IO procedure for a file.
 */
record Procedure(String name, int prog, int vers, int proc, Class<? extends NfsInitiate> tracepoint) {

    private static final Map<String, Procedure> KNOWN = Map.of(
            "UUID_IS_LOCAL", new Procedure("UUID_IS_LOCAL", Nfs.NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1,
                    Nfs.LOCALIOPROC_UUID_IS_LOCAL, null),
            "GETATTR", nfs3("GETATTR", Nfs3.NFS3PROC_GETATTR, null),
            "LOOKUP", nfs3("LOOKUP", Nfs3.NFS3PROC_LOOKUP, null),
            "CREATE", nfs3("CREATE", Nfs3.NFS3PROC_CREATE, null),
            "READ", nfs3("READ", Nfs3.NFS3PROC_READ, NfsInitiateRead.class),
            "WRITE", nfs3("WRITE", Nfs3.NFS3PROC_WRITE, NfsInitiateWrite.class),
            "COMMIT", nfs3("COMMIT", Nfs3.NFS3PROC_COMMIT, NfsInitiateCommit.class));

    private static Procedure nfs3(String name, int proc, Class<? extends NfsInitiate> tracepoint) {
        return new Procedure(name, Nfs.NFS_PROGRAM, Nfs3.NFS3_VERSION, proc, tracepoint);
    }

    static Procedure named(String name) {
        Procedure p = KNOWN.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no procedure " + name + " in the page's vocabulary; known: "
                    + KNOWN.keySet());
        }
        return p;
    }
}

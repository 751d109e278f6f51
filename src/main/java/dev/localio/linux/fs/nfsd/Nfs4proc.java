package dev.localio.linux.fs.nfsd;

import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.SvcProcedure;
import dev.localio.linux.net.sunrpc.SvcVersion;
import java.util.List;

/**
 * NFS version 4 as nfsd serves it in the model: registered with rpcbind so NFSv4.x clients connect
 * and probe as in the kernel, with NULL only (the model's NFSv4.x clients send NFSv3 procedures on the
 * same connection).
 *
 * <p>Models fs/nfsd/nfs4proc.c: {@code nfsd_version4} ({@code nfsd_procedures4}: NULL).
 */
public final class Nfs4proc {

    /** {@code NFS4_VERSION}. */
    public static final int NFS4_VERSION = 4;

    private final Nfsd nfsd;

    Nfs4proc(Nfsd nfsd) {
        this.nfsd = nfsd;
    }

    /** {@code nfsd_version4}: the NFSv4 procedures nfsd serves in {@code net}. */
    public SvcVersion nfsdVersion4(Net net) {
        return new SvcVersion(NFS4_VERSION, false, List.of(SvcProcedure.procNull()));
    }

    Nfsd nfsd() {
        return nfsd;
    }
}

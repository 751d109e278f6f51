package dev.localio.linux.fs.nfs;

import dev.localio.linux.net.Net;

/**
 * A pNFS data server as the client knows it, shared by every layout that names it: its address and,
 * once the first layout needing it has connected, its {@code nfs_client} ({@code ds_clp}). Later
 * layouts find the data server already connected and use that client as it is; the data server's
 * last user puts the client. Found by address within the mount's namespace
 * ({@link NfsFs#nfs4PnfsDsAdd}).
 *
 * <p>Models fs/nfs/pnfs.h: {@code struct nfs4_pnfs_ds} ({@code ds_remotestr}, {@code ds_clp},
 * {@code ds_count}); fs/nfs/pnfs_nfs.c: {@code nfs4_pnfs_ds_add()}, {@code nfs4_pnfs_ds_put()},
 * {@code destroy_ds()}.
 */
final class Nfs4PnfsDs {

    private final String dsRemotestr;
    private final Net net;
    /** {@code ds_count}: guarded by the data server cache's lock ({@code nfs4_ds_cache_lock}). */
    int dsCount = 1;
    /** {@code ds_clp}: set once, by the first connect ({@code nfs4_pnfs_ds_connect()}). */
    volatile NfsClient dsClp;

    Nfs4PnfsDs(String dsRemotestr, Net net) {
        this.dsRemotestr = dsRemotestr;
        this.net = net;
    }

    /** {@code ds_remotestr}: the data server's address. */
    String dsRemotestr() {
        return dsRemotestr;
    }

    /** The namespace whose mounts share this data server. */
    Net net() {
        return net;
    }
}

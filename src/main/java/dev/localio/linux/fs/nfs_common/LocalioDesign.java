package dev.localio.linux.fs.nfs_common;

/**
 * Which LOCALIO lifetime design a host's kernel runs. Chosen per host; nfs_common and nfsd both
 * follow it.
 *
 * <p>Not a kernel symbol: it names versions of fs/nfs_common/nfslocalio.c, fs/nfs/localio.c,
 * fs/nfsd/localio.c, fs/nfsd/nfssvc.c, fs/nfsd/filecache.c and fs/nfsd/nfsctl.c.
 */
public enum LocalioDesign {

    /**
     * Design [A] (v6.12): the client enters nfsd only after {@code nfsd_serv_try_get()} succeeded
     * on nfsd's percpu_ref, inside the RCU section in which it read {@code uuid->net};
     * {@code nfsd_destroy_serv()} kills that ref and waits for confirm and release before tearing
     * down; {@code nfsd_net_pre_exit()} clears every client's {@code ->net}. A stale client gets
     * {@code -ENXIO}.
     */
    INTERLOCK,

    /**
     * The variant before the interlock: a reconstruction of the lifetime rules of the LOCALIO series
     * as first posted (mid-2024, e.g. version 7; no released kernel had them), around v6.12's
     * handshake, following no single posting. The open path
     * reads {@code uuid->net}, leaves the RCU section and uses {@code nn->nfsd_serv} without taking
     * a reference; nfsd's shutdown does not wait for local opens; and nothing clears {@code ->net}
     * when the namespace goes away ({@code pre_exit} does not invalidate clients). A client that
     * stays mounted across a container's nfsd stop or restart then dereferences a NULL
     * {@code nfsd_serv} ({@link NullPointerException}) or a freed namespace (a KASAN report) — the
     * crash the interlock fixed.
     */
    PRE_INTERLOCK,

    /**
     * Design [D], the newest mainline seen: the interlock is {@code nfsd_net_ref}
     * ({@code nfsd_net_try_get()}/{@code nfsd_net_put()}), killed at the start of
     * {@code nfsd_shutdown_net()} after {@code nfsd_destroy_serv()} cleared {@code nn->nfsd_serv},
     * and waited out once the file cache was purged; each {@code nfs_uuid_t} has its own lock and a
     * list of the open files the client caches per open context ({@code nfs_file_localio}), each of
     * which holds a net reference; purging the file cache disables every client of the namespace;
     * a client is local exactly when its {@code net} is set; probes run on {@code nfsiod} and return
     * early when the client is local already; the put runs outside RCU and returns {@code net}.
     */
    NEWEST,

    /**
     * {@link #NEWEST} with {@code nfs_uuid_add_file()} as it was before it learnt to refuse a uuid
     * whose {@code net} a racing {@code nfs_uuid_put()} already cleared: the open then caches a file
     * (and its net reference) on a client nobody will put again. Only for the model check that finds
     * that race; no host of the page runs it.
     */
    NEWEST_UNCHECKED_ADD_FILE;

    /** Whether this is design [D] (either variant). */
    public boolean newest() {
        return this == NEWEST || this == NEWEST_UNCHECKED_ADD_FILE;
    }

    /** Whether the client enters nfsd only under a reference that nfsd's shutdown kills and waits out. */
    public boolean interlocked() {
        return this != PRE_INTERLOCK;
    }
}

package dev.localio.linux.fs.nfs_common;

/**
 * Which LOCALIO lifetime design a host's kernel runs. Chosen per host; nfs_common and nfsd both
 * follow it.
 *
 * <p>Not a kernel symbol: it names two versions of fs/nfs_common/nfslocalio.c, fs/nfsd/localio.c,
 * fs/nfsd/nfssvc.c and fs/nfsd/nfsctl.c.
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
    PRE_INTERLOCK
}

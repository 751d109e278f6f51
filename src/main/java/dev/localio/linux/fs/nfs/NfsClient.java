package dev.localio.linux.fs.nfs;

import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.Kref;
import dev.localio.linux.net.sunrpc.RpcAuth;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcCreateArgs;
import dev.localio.linux.net.sunrpc.RpcResult;
import dev.localio.linux.net.sunrpc.XprtRoute;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client's state for one server (address, version, flavor, client namespace), shared by every mount
 * and data-server use of it: one RPC client on one TCP connection, the LOCALIO identity
 * ({@code cl_uuid}) and, in design [A], the {@code NFS_CS_LOCAL_IO} flag (design [D] has none: the client is
 * local while {@code cl_uuid.net} is set). LOCALIO's functions on it are
 * {@link Localio}'s (fs/nfs/localio.c).
 *
 * <p>Models include/linux/nfs_fs_sb.h: {@code struct nfs_client}; fs/nfs/client.c:
 * {@code nfs_alloc_client()}, {@code nfs_create_rpc_client()}, {@code nfs_init_client()},
 * {@code nfs_free_client()}; fs/nfs/write.c: {@code nfs_reset_boot_verifier()}.
 */
@KernelSymbol(value = "nfs_client", file = "include/linux/nfs_fs_sb.h")
public final class NfsClient {

    /** {@code NFS_CS_LOCAL_IO}: bit 10 of {@code cl_flags}, set while the server is known local. */
    @KernelSymbol(value = "NFS_CS_LOCAL_IO", file = "include/linux/nfs_fs_sb.h")
    public static final int NFS_CS_LOCAL_IO = 10;

    private static final AtomicLong IDS = new AtomicLong();

    final NfsFs nfs;
    final Kernel kernel;
    private final NfsClientInitdata clInit;
    private final String clId;
    private final Kref clCount;
    private final AtomicLong clFlags = new AtomicLong();
    /** {@code cl_localio_lock}: serialises {@link Localio#nfsLocalEnable} and {@link Localio#nfsLocalDisable}. */
    final Object clLocalioLock = new Object();
    private final Object clBootLock = new Object();
    private final NfsUuid clUuid;
    private volatile RpcClnt clRpcclient;
    /** {@code cl_nfssvc_boot}: guarded by {@link #clBootLock} (the kernel's seqlock). */
    @KernelSymbol(value = "cl_nfssvc_boot", file = "include/linux/nfs_fs_sb.h")
    private long clNfssvcBoot;
    /** Files opened through LOCALIO and not yet put: the serv references this client holds. */
    final AtomicInteger localioFiles = new AtomicInteger();
    final AtomicLong probes = new AtomicLong();
    /** [D] {@code cl_local_probe_work}: {@code nfs_local_probe_async_work()} for this client. */
    final Runnable clLocalProbeWork = () -> Localio.nfsLocalProbeAsyncWork(this);
    /** [D] the transport's connect cookie when NFSv4 state was last established (the model's reboot detection). */
    volatile int nfs4StateConnectCookie = -1;

    /** {@code nfs_alloc_client()}: a client with no RPC client yet and a fresh boot verifier. */
    NfsClient(NfsFs nfs, NfsClientInitdata clInit) {
        this.nfs = nfs;
        this.kernel = nfs.kernel();
        this.clInit = clInit;
        this.clId = "clp" + IDS.incrementAndGet() + "->" + clInit.hostname();
        this.clCount = new Kref(kernel);
        this.clUuid = nfs.nfsLocalio().nfsUuidInit(clId);
        nfsResetBootVerifier();
    }

    /**
     * {@code nfs_init_client()} with {@code nfs_create_rpc_client()}: connects the client's RPC
     * client to the server through the client namespace's route, with the client's flavor and a
     * machine credential (root for AUTH_UNIX). Every RPC of this client and of its clones goes over
     * that one connection.
     */
    @KernelSymbol(value = "nfs_init_client()", file = "fs/nfs/client.c")
    Errno nfsInitClient() {
        XprtRoute route = nfs.route(clInit.net(), clInit.hostname(), clInit.resvport());
        if (route == null) {
            return Errno.EHOSTUNREACH;
        }
        RpcResult<RpcClnt> clnt = RpcClnt.rpcCreate(RpcCreateArgs.routed(route, Nfs.NFS_RPC_PROGRAM,
                clInit.version(), machineCred()));
        if (clnt.isErr()) {
            kernel.trace().event(new NfsTrace.NfsCreateRpcClient(clId, clnt.status().kind()));
            return clnt.status().errno();
        }
        clRpcclient = clnt.value();
        clRpcclient.addTraceListener(nfs::rpcTrace);
        return null;
    }

    /** The credential the client's own calls carry (mount time, the probe): the machine's. */
    private RpcAuth machineCred() {
        return switch (clInit.authflavor()) {
            case RPC_AUTH_NULL -> RpcAuth.authNull();
            case RPC_AUTH_UNIX -> RpcAuth.authUnix(Cred.ROOT, Cred.ROOT, new int[0], kernel.name());
            default -> RpcAuth.authGss(clInit.authflavor(), "nfs/" + kernel.name() + "@MODEL");
        };
    }

    /**
     * The credential an RPC on behalf of {@code cred} carries, in this client's flavor: the user's
     * ids for AUTH_UNIX, with the first {@code UNX_NGROUPS} (16) supplementary groups only, as
     * {@code unx_marshal()} writes them; nothing for AUTH_NULL, a principal named after the uid for Kerberos
     * (the model has no idmapper: nfsd sees no ids and squashes to the anonymous user). Models
     * {@code rpcauth_lookupcred()}.
     */
    RpcAuth rpcauthLookupcred(Cred cred) {
        return rpcauthLookupcred(clInit.authflavor(), cred);
    }

    /** {@code rpcauth_lookupcred()} for a mount whose flavor differs from this client's own. */
    RpcAuth rpcauthLookupcred(RpcAuthFlavor flavor, Cred cred) {
        return switch (flavor) {
            case RPC_AUTH_NULL -> RpcAuth.authNull();
            case RPC_AUTH_UNIX -> {
                List<Integer> groups = cred.groups().size() > RpcAuth.UNX_NGROUPS
                        ? cred.groups().subList(0, RpcAuth.UNX_NGROUPS) : cred.groups();
                yield RpcAuth.authUnix(cred.fsuid(), cred.fsgid(), groups.stream().mapToInt(Integer::intValue)
                        .toArray(), kernel.name());
            }
            default -> RpcAuth.authGss(flavor, "uid" + cred.fsuid() + "@MODEL");
        };
    }

    /** {@code nfs_copy_boot_verifier()}: the verifier local writes and commits reply with. */
    public long nfsCopyBootVerifier() {
        synchronized (clBootLock) {
            return clNfssvcBoot;
        }
    }

    /**
     * {@code nfs_reset_boot_verifier()}: a new verifier (the wall clock, as the kernel takes it), so
     * that data written unstable under the old one is sent again.
     */
    public void nfsResetBootVerifier() {
        Instant now = Instant.now();
        long verf = now.getEpochSecond() << 32 | now.getNano();
        synchronized (clBootLock) {
            clNfssvcBoot = verf == clNfssvcBoot ? verf + 1 : verf;
        }
    }

    // ---- lifetime ------------------------------------------------------------------------------

    /** {@code refcount_inc(&clp->cl_count)}. */
    void get() {
        clCount.krefGet();
    }

    /** {@code refcount_inc_not_zero(&clp->cl_count)}: a new reference unless the client is being freed. */
    boolean getUnlessZero() {
        return clCount.krefGetUnlessZero();
    }

    /** {@code refcount_dec_and_test(&clp->cl_count)}: whether this was the last reference. */
    boolean put() {
        return clCount.krefPut(this, clp -> { });
    }

    /**
     * {@code nfs_free_client()}: lets go of LOCALIO ({@code nfs_local_disable()}: the server may drop
     * its reference on the domain and forget the client) and shuts the RPC client down, which
     * closes the connection.
     */
    @KernelSymbol(value = "nfs_free_client()", file = "fs/nfs/client.c")
    void nfsFreeClient() {
        Localio.nfsLocalDisable(this);
        if (clRpcclient != null) {
            clRpcclient.rpcShutdownClient();
        }
        kernel.trace().event(new NfsTrace.NfsFreeClient(clId));
    }

    /** Sets or clears bit {@code bit} of {@code cl_flags}; whether it was set. */
    boolean setFlag(int bit, boolean on) {
        long mask = 1L << bit;
        long old = on ? clFlags.getAndUpdate(f -> f | mask) : clFlags.getAndUpdate(f -> f & ~mask);
        return (old & mask) != 0;
    }

    boolean testFlag(int bit) {
        return (clFlags.get() & (1L << bit)) != 0;
    }

    // ---- observation ---------------------------------------------------------------------------

    /** What the client was made for. */
    public NfsClientInitdata clInit() {
        return clInit;
    }

    /** The name traces use for this client, e.g. {@code clp3->10.0.0.1}. */
    public String clId() {
        return clId;
    }

    /** {@code clp->cl_rpcclient}. */
    @KernelSymbol(value = "cl_rpcclient", file = "include/linux/nfs_fs_sb.h")
    @KernelSymbol(value = "clp->cl_rpcclient", file = "include/linux/nfs_fs_sb.h")
    public RpcClnt clRpcclient() {
        return clRpcclient;
    }

    /** {@code clp->cl_uuid}. */
    @KernelSymbol(value = "cl_uuid", file = "include/linux/nfs_fs_sb.h")
    public NfsUuid clUuid() {
        return clUuid;
    }

    /** {@code clp->cl_flags}. */
    public long clFlags() {
        return clFlags.get();
    }

    /** {@code refcount_read(&clp->cl_count)}: mounts and data-server layouts using the client. */
    public int clCount() {
        return clCount.krefRead();
    }

    /**
     * Files this client opened through LOCALIO and has not put yet, each holding a reference on the
     * server's nfsd ({@code nfsd_serv_ref} in [A]).
     */
    public int localioFilesHeld() {
        return localioFiles.get();
    }

    /** How many times {@link Localio#nfsLocalProbe} ran for this client. */
    public long probes() {
        return probes.get();
    }

    /** How many UUID_IS_LOCAL calls went out on this client's connection. */
    public long uuidIsLocalCalls() {
        return clRpcclient.clXprt().xprtStats().calls(Nfs.NFS_LOCALIO_PROGRAM, Nfs.LOCALIO_V1,
                Nfs.LOCALIOPROC_UUID_IS_LOCAL);
    }

    @Override
    public String toString() {
        return "nfs_client " + clId + " v" + clInit.version() + (clInit.version() == 4 ? "." + clInit.minorversion()
                : "") + " sec=" + clInit.authflavor().secName() + (testFlag(NFS_CS_LOCAL_IO) ? " local" : "");
    }
}

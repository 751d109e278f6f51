package dev.localio.linux.fs.nfs;

import dev.localio.linux.fs.File;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.Kref;
import dev.localio.linux.net.sunrpc.RpcAuth;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcCreateArgs;
import dev.localio.linux.net.sunrpc.RpcResult;
import dev.localio.linux.net.sunrpc.RpcStatus;
import dev.localio.linux.net.sunrpc.XprtRoute;
import dev.localio.linux.net.sunrpc.xdr.LocalioUuidArg;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dcache.oncrpc4j.xdr.XdrVoid;

/**
 * The client's state for one server (address, version, flavor, client namespace), shared by every
 * mount and data-server use of it: its RPC client on one TCP connection, its embedded LOCALIO
 * identity ({@code cl_uuid}), the write verifier it makes up for local writes, and, in design [A],
 * the {@code NFS_CS_LOCAL_IO} flag that says the handshake found the server on this host.
 *
 * <p>LOCALIO's client side lives here, as in the kernel it takes the {@code nfs_client} first:
 * {@link #nfsLocalProbe()} (the handshake over the client's own connection),
 * {@link #nfsLocalEnable()}/{@link #nfsLocalDisable()}, {@link #nfsLocalOpenFh} (every read, write
 * and commit opens the file through nfs_common and nfsd first: [A] has no client file cache),
 * {@link #nfsLocalDoio} and {@link #nfsLocalCommit} (the IO itself on the file nfsd opened).
 *
 * <p>Models include/linux/nfs_fs_sb.h: {@code struct nfs_client} ({@code cl_count},
 * {@code cl_flags} with {@code NFS_CS_LOCAL_IO}, {@code cl_hostname}, {@code cl_rpcclient},
 * {@code cl_net}, {@code cl_uuid}, {@code cl_nfssvc_boot}, {@code cl_boot_lock},
 * {@code cl_localio_lock}); fs/nfs/client.c: {@code nfs_alloc_client()},
 * {@code nfs_create_rpc_client()}, {@code nfs_init_client()}, {@code nfs_free_client()};
 * fs/nfs/localio.c (v6.12): {@code nfs_local_probe()}, {@code nfs_server_uuid_is_local()},
 * {@code nfs_init_localioclient()}, {@code nfs_local_enable()}, {@code nfs_local_disable()},
 * {@code nfs_server_is_local()}, {@code nfs_local_open_fh()}, {@code nfs_local_doio()},
 * {@code nfs_local_commit()}, {@code nfs_set_local_verifier()}; fs/nfs/write.c:
 * {@code nfs_reset_boot_verifier()}.
 */
public final class NfsClient {

    /** {@code NFS_CS_LOCAL_IO}: bit 10 of {@code cl_flags}, set while the server is known local. */
    public static final int NFS_CS_LOCAL_IO = 10;

    private static final AtomicLong IDS = new AtomicLong();

    private final NfsFs nfs;
    private final Kernel kernel;
    private final NfsClientInitdata clInit;
    private final String clId;
    private final Kref clCount;
    private final AtomicLong clFlags = new AtomicLong();
    private final Object clLocalioLock = new Object();
    private final Object clBootLock = new Object();
    private final NfsUuid clUuid;
    private volatile RpcClnt clRpcclient;
    /** {@code cl_nfssvc_boot}: guarded by {@link #clBootLock} (the kernel's seqlock). */
    private long clNfssvcBoot;
    /** Files opened through LOCALIO and not yet put: the serv references this client holds. */
    private final AtomicInteger localioFiles = new AtomicInteger();
    private final AtomicLong probes = new AtomicLong();

    /** {@code nfs_alloc_client()}: a client with no RPC client yet and a fresh boot verifier. */
    NfsClient(NfsFs nfs, NfsClientInitdata clInit) {
        this.nfs = nfs;
        this.kernel = nfs.kernel();
        this.clInit = clInit;
        this.clId = "clp" + IDS.incrementAndGet() + "->" + clInit.hostname();
        this.clCount = new Kref(kernel);
        this.clUuid = nfs.nfsLocalio().nfsUuidInit();
        nfsResetBootVerifier();
    }

    /**
     * {@code nfs_init_client()} with {@code nfs_create_rpc_client()}: connects the client's RPC
     * client to the server through the client namespace's route, with the client's flavor and a
     * machine credential (root for AUTH_UNIX). Every RPC of this client and of its clones goes over
     * that one connection.
     */
    Errno nfsInitClient() {
        XprtRoute route = nfs.route(clInit.net(), clInit.hostname(), clInit.resvport());
        if (route == null) {
            return Errno.EHOSTUNREACH;
        }
        RpcResult<RpcClnt> clnt = RpcClnt.rpcCreate(RpcCreateArgs.routed(route, Nfs.NFS_RPC_PROGRAM,
                clInit.version(), machineCred()));
        if (clnt.isErr()) {
            kernel.trace().event("nfs_create_rpc_client", "clp", clId, "error", clnt.status().kind());
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
     * ids for AUTH_UNIX, nothing for AUTH_NULL, a principal named after the uid for Kerberos
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

    // ---- LOCALIO: the handshake --------------------------------------------------------------

    /**
     * {@code nfs_local_probe()} as design [A] has it, run right after the client is created and
     * again when a local open fails with {@code -ENXIO}: with {@code localio_enabled} off or a flavor
     * other than AUTH_UNIX it disables LOCALIO and sends nothing; a client that is already local is
     * disabled first and probed again; {@code nfs_uuid_begin()} puts a fresh uuid on the host's
     * list (or gives up if a probe is running); UUID_IS_LOCAL goes over the client's own connection;
     * the client is local only if the call succeeded and nfsd wrote {@code net} and {@code dom};
     * {@code nfs_uuid_end()} takes an unclaimed uuid off the list again. A kernel built without
     * {@code CONFIG_NFS_LOCALIO} never probes.
     */
    public void nfsLocalProbe() {
        if (!kernel.kconfig().nfsLocalio()) {
            return;
        }
        probes.incrementAndGet();
        kernel.trace().counter("nfs_local_probe").incrementAndGet();
        RpcAuthFlavor flavor = clRpcclient.clAuth().auFlavor();
        kernel.trace().event("nfs_local_probe", "clp", clId, "step", "start", "server", clInit.hostname(),
                "flavor", flavor.secName());
        if (!nfs.localioEnabled() || flavor != RpcAuthFlavor.RPC_AUTH_UNIX) {
            nfsLocalDisable();
            probeResult(false, !nfs.localioEnabled() ? "localio_enabled=N" : "flavor " + flavor.secName()
                    + " is not AUTH_UNIX");
            return;
        }
        if (nfsServerIsLocal()) {
            nfsLocalDisable();
        }
        if (!clUuid.nfsUuidBegin()) {
            probeResult(false, "a probe is already in flight");
            return;
        }
        String reason = nfsServerUuidIsLocal();
        boolean local = reason == null;
        if (local) {
            nfsLocalEnable();
        }
        clUuid.nfsUuidEnd();
        probeResult(local, local ? "server confirmed the uuid" : reason);
    }

    private void probeResult(boolean local, String reason) {
        if (local) {
            kernel.trace().counter("nfs_local_probe_local").incrementAndGet();
        }
        kernel.trace().event("nfs_local_probe", "clp", clId, "step", "result", "local", local, "reason",
                reason);
    }

    /**
     * {@code nfs_server_uuid_is_local()}: clones the RPC client for LOCALIO version 1 on the same
     * connection ({@code nfs_init_localioclient()}: {@code rpc_bind_new_program()}, which pings
     * NULL first), sends UUID_IS_LOCAL with the uuid, shuts the clone down.
     *
     * @return {@code null} if the server claimed the uuid, else why not
     */
    private String nfsServerUuidIsLocal() {
        RpcResult<RpcClnt> localio = clRpcclient.rpcBindNewProgram(Nfs.NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1);
        if (localio.isErr()) {
            return "rpc_bind_new_program: " + localio.status().kind();
        }
        ByteBuffer raw = ByteBuffer.wrap(clUuid.uuid());
        RpcStatus status = localio.value().rpcCallSync(Nfs.LOCALIOPROC_UUID_IS_LOCAL,
                new LocalioUuidArg(new UUID(raw.getLong(), raw.getLong())), new XdrVoid());
        localio.value().rpcShutdownClient();
        if (!status.isSuccess()) {
            return "UUID_IS_LOCAL: " + status.kind();
        }
        if (clUuid.netAccess() == null || clUuid.dom() == null) {
            return "the server did not know the uuid";
        }
        return null;
    }

    /** {@code nfs_local_enable()}: sets {@code NFS_CS_LOCAL_IO}. */
    public void nfsLocalEnable() {
        synchronized (clLocalioLock) {
            setFlag(NFS_CS_LOCAL_IO, true);
            kernel.trace().event("nfs_local_enable", "clp", clId);
        }
    }

    /**
     * {@code nfs_local_disable()}: clears {@code NFS_CS_LOCAL_IO} and, if it was set, lets go of the
     * server ({@code nfs_uuid_invalidate_one_client()}: {@code net} cleared, {@code dom} put, off
     * the server's list).
     */
    public void nfsLocalDisable() {
        synchronized (clLocalioLock) {
            if (setFlag(NFS_CS_LOCAL_IO, false)) {
                kernel.trace().event("nfs_local_disable", "clp", clId);
                clUuid.nfsUuidInvalidateOneClient();
            }
        }
    }

    /** {@code nfs_server_is_local()}: {@code NFS_CS_LOCAL_IO} is set and {@code localio_enabled} is on. */
    public boolean nfsServerIsLocal() {
        return testFlag(NFS_CS_LOCAL_IO) && nfs.localioEnabled();
    }

    // ---- LOCALIO: opening and IO --------------------------------------------------------------

    /**
     * {@code nfs_local_open_fh()}: the file nfsd opens for {@code fh} as {@code cred} with
     * {@code mode}, or {@code null} when the IO must go over RPC. Not local: {@code null} at once.
     * Otherwise nfs_common's {@code nfs_open_local_fh()} enters nfsd (design [A]: after
     * {@code nfsd_serv_try_get()}); on {@code -ENXIO} (the server went away), {@code -ENOMEM} or
     * {@code -ENOENT} the client disables LOCALIO and probes again before returning {@code null}, as
     * v6.12's switch does; any other error is for this IO only.
     * The caller puts the file with {@link #nfsLocalFilePut}.
     */
    public OpaqueNfsdFile nfsLocalOpenFh(Cred cred, NfsFh fh, int mode) {
        ErrPtr<OpaqueNfsdFile> localio = localOpen(cred, fh, mode);
        return localio.isErr() ? null : localio.value();
    }

    /**
     * {@link #nfsLocalOpenFh} keeping the error: {@code ptr(null)} when LOCALIO is not in use,
     * {@code err(e)} when the open failed.
     */
    ErrPtr<OpaqueNfsdFile> localOpen(Cred cred, NfsFh fh, int mode) {
        if (!nfsServerIsLocal() || (mode & ~(Fmode.FMODE_READ | Fmode.FMODE_WRITE)) != 0) {
            return ErrPtr.ptr(null);
        }
        ErrPtr<OpaqueNfsdFile> localio = clUuid.nfsOpenLocalFh(clRpcclient.clAuth().auFlavor(), cred, fh, mode);
        kernel.trace().event("nfs_local_open_fh", "clp", clId, "fh", fh, "mode", mode, "result",
                localio.isErr() ? localio.errno().negative() : 0);
        if (localio.isErr()) {
            switch (localio.errno()) {
                case ENOMEM, ENXIO, ENOENT -> {
                    // v6.12 revalidates on these three: ENXIO means the server's namespace or nfsd
                    // went away; the probe disables a client that is still marked local first.
                    nfsLocalDisable();
                    nfsLocalProbe();
                }
                default -> {
                    // EACCES, ESTALE, ...: this IO goes over RPC, LOCALIO stays on.
                }
            }
            return localio;
        }
        localioFiles.incrementAndGet();
        return localio;
    }

    /**
     * {@code nfs_to_nfsd_file_put_local()} for a file {@link #nfsLocalOpenFh} returned: puts the file
     * and the serv reference it carries.
     */
    public void nfsLocalFilePut(OpaqueNfsdFile localio) {
        localioFiles.decrementAndGet();
        nfs.nfsLocalio().nfsToNfsdFilePutLocal(localio);
    }

    /**
     * {@code nfs_local_doio()}: the read or write of {@code hdr} on the file nfsd opened, in the
     * calling thread ([A] does buffered, synchronous IO). A read ends at end of file. A write asks
     * for the stability it was given (DATA_SYNC syncs the data, FILE_SYNC data and metadata), and
     * its reply carries this client's own boot verifier with that stability
     * ({@code nfs_set_local_verifier()}); a short write is {@code ENOSPC}; any error resets the boot
     * verifier so that unstable data is resent. The file and its serv reference are put once the IO
     * completed, so that between {@link #nfsLocalOpenFh} and the end of this call the client holds
     * both (an IO in flight). Exported, as flexfiles calls it for its data servers.
     */
    public void nfsLocalDoio(OpaqueNfsdFile localio, NfsPgioHeader hdr) {
        try {
            File file = nfs.nfsLocalio().nfsTo().nfsdFileFile(localio);
            if (hdr.isRead()) {
                nfsDoLocalRead(file, hdr);
            } else {
                nfsDoLocalWrite(file, hdr);
            }
            hdr.path = NfsIo.Path.LOCALIO;
            kernel.trace().counter(hdr.isRead() ? "nfs_local_read" : "nfs_local_write").incrementAndGet();
            kernel.trace().event(hdr.isRead() ? "nfs_local_read" : "nfs_local_write", "clp", clId, "fh", hdr.fh,
                    "offset", hdr.offset, "count", hdr.resCount, "error",
                    hdr.tkStatus == null ? 0 : hdr.tkStatus.negative());
        } finally {
            // nfs_local_pgio_release(): the IO is complete, the file and its serv reference go.
            nfsLocalFilePut(localio);
        }
    }

    private void nfsDoLocalRead(File file, NfsPgioHeader hdr) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(Math.max(hdr.count, 0));
            hdr.resCount = file.vfsIterRead(buf, hdr.offset);
            hdr.resData = Arrays.copyOf(buf.array(), hdr.resCount);
            hdr.resEof = hdr.offset + hdr.resCount >= file.iSizeRead();
        } catch (IOException e) {
            hdr.tkStatus = Errno.EIO;
        }
    }

    /** The {@code IOCB_*} flags a write of stability {@code stable} is issued with. */
    static int iocbFlags(StableHow stable) {
        return switch (stable) {
            case NFS_UNSTABLE -> 0;
            case NFS_DATA_SYNC -> File.IOCB_DSYNC;
            case NFS_FILE_SYNC -> File.IOCB_DSYNC | File.IOCB_SYNC;
        };
    }

    private void nfsDoLocalWrite(File file, NfsPgioHeader hdr) {
        hdr.resVerf = nfsCopyBootVerifier();
        hdr.resCommitted = hdr.stable;
        try {
            hdr.resCount = file.vfsIterWrite(ByteBuffer.wrap(hdr.data), hdr.offset, iocbFlags(hdr.stable));
            if (hdr.resCount < hdr.count) {
                hdr.tkStatus = Errno.ENOSPC;
            }
        } catch (IOException e) {
            hdr.tkStatus = Errno.EIO;
        }
        if (hdr.tkStatus != null) {
            nfsResetBootVerifier();
        }
    }

    /**
     * {@code nfs_local_commit()}: syncs the file nfsd opened ({@code vfs_fsync_range()}; the model
     * syncs the whole file, Java has no range sync); success marks the data FILE_SYNC under this
     * client's boot verifier, an error resets the verifier. The file and its serv reference are put.
     */
    void nfsLocalCommit(OpaqueNfsdFile localio, NfsCommitData data) {
        try {
            try {
                nfs.nfsLocalio().nfsTo().nfsdFileFile(localio).vfsFsyncRange(data.offset,
                        data.count == 0 ? Long.MAX_VALUE : data.offset + data.count - 1, false);
                data.resVerf = nfsCopyBootVerifier();
                data.resCommitted = StableHow.NFS_FILE_SYNC;
            } catch (IOException e) {
                nfsResetBootVerifier();
                data.tkStatus = Errno.EIO;
            }
            data.path = NfsIo.Path.LOCALIO;
            kernel.trace().counter("nfs_local_commit").incrementAndGet();
            kernel.trace().event("nfs_local_commit", "clp", clId, "fh", data.fh, "offset", data.offset, "count",
                    data.count, "error", data.tkStatus == null ? 0 : data.tkStatus.negative());
        } finally {
            nfsLocalFilePut(localio);
        }
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

    /** {@code refcount_dec_and_test(&clp->cl_count)}: whether this was the last reference. */
    boolean put() {
        return clCount.krefPut(this, clp -> { });
    }

    /**
     * {@code nfs_free_client()}: lets go of LOCALIO ({@code nfs_local_disable()}: the server may drop
     * its reference on the domain and forget the client) and shuts the RPC client down, which
     * closes the connection.
     */
    void nfsFreeClient() {
        nfsLocalDisable();
        if (clRpcclient != null) {
            clRpcclient.rpcShutdownClient();
        }
        kernel.trace().event("nfs_free_client", "clp", clId);
    }

    private boolean setFlag(int bit, boolean on) {
        long mask = 1L << bit;
        long old = on ? clFlags.getAndUpdate(f -> f | mask) : clFlags.getAndUpdate(f -> f & ~mask);
        return (old & mask) != 0;
    }

    private boolean testFlag(int bit) {
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
    public RpcClnt clRpcclient() {
        return clRpcclient;
    }

    /** {@code clp->cl_uuid}. */
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

    /** How many times {@link #nfsLocalProbe()} ran for this client. */
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

package dev.localio.linux.fs.nfs;

import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.fs.nfs_common.NfsFileLocalio;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.Tracepoint;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.RpcAuth;
import dev.localio.linux.net.sunrpc.RpcIostats;
import dev.localio.linux.net.sunrpc.RpcResult;
import dev.localio.linux.net.sunrpc.xdr.Fattr3;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.Nfs4;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mount: a server's export as the client sees it, with the {@link NfsClient} it shares with
 * other mounts of the same server, version and flavor, the export's root handle, and the RPC client
 * its NFS calls go through. Users look files up, create them, read their attributes, open them and
 * do IO as themselves.
 *
 * <p>Every read, write and commit is routed as in [A]: the client first asks for a local open
 * ({@link Localio#nfsLocalOpenFh}, which fails fast when the server is not local); an open file
 * means the IO is done on it and it is put; no file means the IO goes over RPC ({@code ENXIO} has
 * then already made the client probe again). Metadata always goes over RPC.
 *
 * <p>NFSv4.1 and 4.2 mounts are probed like NFSv3 ones (the probe is version-independent), but the
 * model sends their metadata and data as NFSv3 procedures, on a clone of the NFSv4 RPC client over
 * the same connection: what LOCALIO cares about is the probe and the local path, not NFSv4's
 * operations.
 *
 * <p>On NFSv4.1 and 4.2 mounts the IO of a file for which the server hands out a flexible file layout
 * goes to the data server the layout names, through that data server's own {@link NfsClient}: local
 * if the data server is on this host, over RPC otherwise ({@link FlexfileLayout}).
 *
 * <p>Models include/linux/nfs_fs_sb.h: {@code struct nfs_server} ({@code nfs_client},
 * {@code client}, the superblock's root); fs/nfs/client.c: {@code nfs_init_server()},
 * {@code nfs_init_server_rpcclient()}, {@code nfs_probe_fsinfo()}, {@code nfs_free_server()};
 * fs/nfs/pagelist.c: {@code nfs_generic_pg_pgios()}, {@code nfs_initiate_pgio()}; fs/nfs/write.c:
 * {@code nfs_initiate_commit()}; fs/nfs/dir.c and namei: lookup and create by path.
 */
public final class NfsServer {

    /**
     * Where an IO for a file goes: the client and RPC client that carry it, the file's handle, and the
     * flavor its RPC is sent in: the mount's for the mount's own server, the data server client's own for
     * a flexfiles data server (an NFSv3 data server of the model takes AUTH_UNIX, as the layout's synthetic
     * ids would be).
     */
    record IoTarget(NfsClient clp, RpcClnt clnt, NfsFh fh, RpcAuthFlavor flavor) {

        RpcAuth cred(Cred cred) {
            return clp.rpcauthLookupcred(flavor, cred);
        }
    }

    private final NfsFs nfs;
    private final Kernel kernel;
    private final NfsFsContext ctx;
    private final Net net;
    private final NfsClient nfsClient;
    private final NfsFh rootFh;
    private RpcClnt client;
    private volatile boolean freed;
    /** pNFS segments by file and iomode, kept until unmount ({@code NULL}: no layout, use the server). */
    private final Map<LayoutKey, Optional<FlexfileLayout.Nfs4FfLayoutSegment>> layouts = new HashMap<>();

    private record LayoutKey(NfsFh fh, int iomode) {
    }

    NfsServer(NfsFs nfs, NfsFsContext ctx, Net net, NfsClient nfsClient, NfsFh rootFh) {
        this.nfs = nfs;
        this.kernel = nfs.kernel();
        this.ctx = ctx;
        this.net = net;
        this.nfsClient = nfsClient;
        this.rootFh = rootFh;
    }

    /**
     * {@code nfs_init_server_rpcclient()}: the RPC client NFS calls use. NFSv3 uses the client's
     * own; NFSv4.x (which in the model speaks NFSv3 procedures) binds NFSv3 on the same connection.
     */
    Errno nfsInitServerRpcclient() {
        if (ctx.version() == 3) {
            client = nfsClient.clRpcclient();
            return null;
        }
        RpcResult<RpcClnt> v3 = nfsClient.clRpcclient().rpcBindNewProgram(Nfs.NFS_RPC_PROGRAM, Nfs3.NFS3_VERSION);
        if (v3.isErr()) {
            return Nfs3proc.rpcErrno(v3.status());
        }
        client = v3.value();
        return null;
    }

    /** {@code nfs_probe_fsinfo()}: the root's attributes, as the mounting user (root). */
    Errno nfsProbeFsinfo() {
        ErrPtr<Fattr3> attr = Nfs3proc.nfs3ProcGetattr(client, nfsClient.rpcauthLookupcred(ctx.flavor(), Cred.of(0, 0)), rootFh);
        return attr.isErr() ? attr.errno() : null;
    }

    /**
     * {@code nfs_free_server()}: lets go of the mount's RPC client and of its {@link NfsClient}
     * (the last user frees it).
     */
    void nfsFreeServer() {
        if (freed) {
            return;
        }
        freed = true;
        if (client != null && client != nfsClient.clRpcclient()) {
            client.rpcShutdownClient();
        }
        List<FlexfileLayout.Nfs4FfLayoutSegment> segments;
        synchronized (layouts) {
            segments = layouts.values().stream().flatMap(Optional::stream).toList();
            layouts.clear();
        }
        segments.forEach(seg -> nfs.nfs4PnfsDsPut(seg.ds()));
        nfs.nfsPutClient(nfsClient);
    }

    // ---- what users do -------------------------------------------------------------------------

    /**
     * The handle of {@code path} below the mount ({@code ""} for the root), one LOOKUP per component,
     * as {@code cred} (the model has no dentry cache). Each component is traced as the kernel's
     * {@code nfs_lookup_enter} and {@code nfs_lookup_exit} tracepoints are.
     */
    public ErrPtr<NfsFh> lookup(Cred cred, String path) {
        NfsFh fh = rootFh;
        for (String name : path.split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            kernel.trace().event(new NfsTrace.NfsLookupEnter(fh, name));
            ErrPtr<NfsFh> next = Nfs3proc.nfs3ProcLookup(client, nfsClient.rpcauthLookupcred(ctx.flavor(), cred), fh, name);
            kernel.trace().event(new NfsTrace.NfsLookupExit(fh, name, next.isErr() ? next.errno().negative() : 0));
            if (next.isErr()) {
                return next;
            }
            fh = next.value();
        }
        return ErrPtr.ptr(fh);
    }

    /** The attributes of {@code path}, as {@code cred} (GETATTR). */
    public ErrPtr<Fattr3> getattr(Cred cred, String path) {
        ErrPtr<NfsFh> fh = lookup(cred, path);
        return fh.isErr() ? fh.errCast() : Nfs3proc.nfs3ProcGetattr(client, nfsClient.rpcauthLookupcred(ctx.flavor(), cred),
                fh.value());
    }

    /**
     * Creates the regular file {@code path} with permission bits {@code mode}, owned by {@code cred}
     * as the server squashes it (CREATE, UNCHECKED: an existing file is returned as it is).
     */
    public ErrPtr<NfsFh> create(Cred cred, String path, int mode) {
        int slash = path.lastIndexOf('/');
        ErrPtr<NfsFh> dir = lookup(cred, slash < 0 ? "" : path.substring(0, slash));
        if (dir.isErr()) {
            return dir;
        }
        return Nfs3proc.nfs3ProcCreate(client, nfsClient.rpcauthLookupcred(ctx.flavor(), cred), dir.value(),
                path.substring(slash + 1), mode);
    }

    /** Opens {@code path} as {@code cred} with {@code fmode} ({@code FMODE_READ}/{@code FMODE_WRITE}). */
    public ErrPtr<NfsOpenContext> open(Cred cred, String path, int fmode) {
        return open(cred, path, fmode, 0);
    }

    /**
     * Opens {@code path} as {@code cred} with {@code fmode} and the open flags {@code oflags}, of which the
     * model knows {@link NfsOpenContext#O_DIRECT}.
     */
    public ErrPtr<NfsOpenContext> open(Cred cred, String path, int fmode, int oflags) {
        ErrPtr<NfsFh> fh = lookup(cred, path);
        return fh.isErr() ? fh.errCast() : ErrPtr.ptr(new NfsOpenContext(this, path, fh.value(), cred, fmode,
                (oflags & NfsOpenContext.O_DIRECT) != 0));
    }

    /**
     * Opens {@code path} for reading as {@code cred} and reads up to {@code count} bytes at
     * {@code offset}; a failed lookup is the read's error.
     */
    public NfsIo read(Cred cred, String path, long offset, int count) {
        ErrPtr<NfsOpenContext> ctx = open(cred, path, Fmode.FMODE_READ);
        return ctx.isErr() ? failed(NfsIo.Op.READ, ctx.errno()) : ctx.value().readAndClose(offset, count);
    }

    /** Opens {@code path} for writing as {@code cred} and writes {@code data} at {@code offset}. */
    public NfsIo write(Cred cred, String path, long offset, byte[] data, StableHow stable) {
        ErrPtr<NfsOpenContext> ctx = open(cred, path, Fmode.FMODE_WRITE);
        return ctx.isErr() ? failed(NfsIo.Op.WRITE, ctx.errno()) : ctx.value().writeAndClose(offset, data, stable);
    }

    /** Opens {@code path} for writing as {@code cred} and commits {@code count} bytes from {@code offset}. */
    public NfsIo commit(Cred cred, String path, long offset, int count) {
        ErrPtr<NfsOpenContext> ctx = open(cred, path, Fmode.FMODE_WRITE);
        return ctx.isErr() ? failed(NfsIo.Op.COMMIT, ctx.errno()) : ctx.value().commitAndClose(offset, count);
    }

    private static NfsIo failed(NfsIo.Op op, Errno errno) {
        return new NfsIo(op, NfsIo.Path.RPC, errno, 0, false, new byte[0], 0, null, null, List.of());
    }

    // ---- the IO paths --------------------------------------------------------------------------

    /** A read of {@code ctx}'s file. */
    NfsIo nfsPageioRead(NfsOpenContext ctx, long offset, int count) {
        IoTarget t = ioTarget(ctx);
        NfsPgioHeader hdr = NfsPgioHeader.read(t.fh(), ctx.cred(), ctx.mode(), offset, count);
        if (ctx.oDirect()) {
            hdr.nfsDirectPgioInit();
        }
        nfsGenericPgPgios(t, hdr, ctx.nfl());
        return hdr.result();
    }

    /** A write to {@code ctx}'s file. */
    NfsIo nfsPageioWrite(NfsOpenContext ctx, long offset, byte[] data, StableHow stable) {
        IoTarget t = ioTarget(ctx);
        NfsPgioHeader hdr = NfsPgioHeader.write(t.fh(), ctx.cred(), ctx.mode(), offset, data, stable);
        if (ctx.oDirect()) {
            hdr.nfsDirectPgioInit();
        }
        nfsGenericPgPgios(t, hdr, ctx.nfl());
        return hdr.result();
    }

    /**
     * {@code nfs_initiate_commit()}: a local commit if the client can open the file locally, else
     * COMMIT over RPC.
     */
    NfsIo nfsCommit(NfsOpenContext ctx, long offset, int count) {
        IoTarget t = ioTarget(ctx);
        NfsCommitData data = new NfsCommitData(t.fh(), ctx.cred(), ctx.mode(), offset, count);
        ErrPtr<OpaqueNfsdFile> localio = Localio.localOpen(t.clp(), data.cred, data.fh, ctx.nfl(), data.ctxMode);
        if (localio.isErr()) {
            data.localioError = fallback(t, "commit", localio.errno());
        }
        if (!localio.isErr() && localio.value() != null) {
            Localio.nfsLocalCommit(t.clp(), localio.value(), data);
        } else {
            data.path = NfsIo.Path.RPC;
            rpcTrace("nfs_initiate_commit", new NfsTrace.NfsInitiateCommit(t.clp().clId(), t.fh(), data.offset, data.count));
            Nfs3proc.nfs3ProcCommit(t.clnt(), t.cred(data.cred), data);
            nfs4DoReclaim(t);
        }
        return data.result();
    }

    /**
     * Where the IO of {@code ctx}'s file goes: the mount's own client, or on an NFSv4.1/4.2 mount
     * whose server hands out a flexible file layout for the file, the data server's client and the
     * file's handle there (the layout is asked for once per file and iomode).
     */
    private IoTarget ioTarget(NfsOpenContext ctx) {
        if (ctx().version() == 4 && ctx().minorversion() >= 1) {
            int iomode = (ctx.mode() & Fmode.FMODE_WRITE) != 0 ? Nfs4.LAYOUTIOMODE4_RW : Nfs4.LAYOUTIOMODE4_READ;
            FlexfileLayout.Nfs4FfLayoutSegment seg = layout(ctx, iomode);
            if (seg != null) {
                return new IoTarget(seg.dsClp(), seg.dsClp().clRpcclient(), seg.dsFh(),
                        seg.dsClp().clRpcclient().clAuth().auFlavor());
            }
        }
        return new IoTarget(nfsClient, client, ctx.fh(), ctx().flavor());
    }

    private FlexfileLayout.Nfs4FfLayoutSegment layout(NfsOpenContext ctx, int iomode) {
        LayoutKey key = new LayoutKey(ctx.fh(), iomode);
        synchronized (layouts) {
            Optional<FlexfileLayout.Nfs4FfLayoutSegment> known = layouts.get(key);
            if (known != null) {
                return known.orElse(null);
            }
        }
        FlexfileLayout.Nfs4FfLayoutSegment seg = FlexfileLayout.pnfsUpdateLayout(nfs, this, ctx.cred(), ctx.fh(),
                iomode);
        Optional<FlexfileLayout.Nfs4FfLayoutSegment> raced;
        synchronized (layouts) {
            raced = layouts.putIfAbsent(key, Optional.ofNullable(seg));
        }
        if (raced == null) {
            return seg;
        }
        if (seg != null) {
            nfs.nfs4PnfsDsPut(seg.ds()); // another thread set the segment up first
        }
        return raced.orElse(null);
    }

    /**
     * The data server client that serves {@code path}'s IO with the given open mode on this mount, if
     * a flexible file layout sends it there (asks for the layout if needed), else {@code null}.
     */
    public NfsClient dataServer(Cred cred, String path, int fmode) {
        ErrPtr<NfsOpenContext> ctx = open(cred, path, fmode);
        if (ctx.isErr()) {
            return null;
        }
        IoTarget t = ioTarget(ctx.value());
        return t.clp() == nfsClient ? null : t.clp();
    }

    /**
     * {@code nfs_generic_pg_pgios()}: asks for a local open with the context's credential and mode
     * before anything goes out ([A] opens for every IO), then {@code nfs_initiate_pgio()}.
     */
    private void nfsGenericPgPgios(IoTarget t, NfsPgioHeader hdr, NfsFileLocalio nfl) {
        ErrPtr<OpaqueNfsdFile> localio = Localio.localOpen(t.clp(), hdr.cred, hdr.fh, nfl, hdr.ctxMode);
        if (localio.isErr()) {
            hdr.localioError = fallback(t, hdr.isRead() ? "read" : "write", localio.errno());
        }
        nfsInitiatePgio(t, hdr, localio.isErr() ? null : localio.value());
    }

    /** {@code nfs_initiate_pgio()}: {@code nfs_local_doio()} on the local file, else the RPC. */
    private void nfsInitiatePgio(IoTarget t, NfsPgioHeader hdr, OpaqueNfsdFile localio) {
        if (localio != null) {
            Localio.nfsLocalDoio(t.clp(), localio, hdr);
            return;
        }
        hdr.path = NfsIo.Path.RPC;
        if (hdr.isRead()) {
            rpcTrace("nfs_initiate_read", new NfsTrace.NfsInitiateRead(t.clp().clId(), t.fh(), hdr.offset, hdr.count));
            Nfs3proc.nfs3ProcRead(t.clnt(), t.cred(hdr.cred), hdr);
        } else {
            rpcTrace("nfs_initiate_write", new NfsTrace.NfsInitiateWrite(t.clp().clId(), t.fh(), hdr.offset, hdr.count));
            Nfs3proc.nfs3ProcWrite(t.clnt(), t.cred(hdr.cred), hdr);
        }
        if (hdr.tkStatus == null && t.clp() == nfsClient && ctx.version() == 3) {
            // nfs3_read_done(), nfs3_write_done(): a successful RPC IO may re-probe ([D]).
            Nfs3proc.nfs3LocalioProbe(this);
        }
        nfs4DoReclaim(t);
    }

    /**
     * [D] {@code nfs4_do_reclaim()}'s LOCALIO part: once the NFSv4 state manager has reclaimed its state
     * after a server reboot, the client probes again ({@code nfs_local_probe_async()}). The model has no
     * NFSv4 state: it takes a new connection of an NFSv4 client's transport, seen after an RPC, as the
     * reboot that recovery follows.
     */
    @KernelSymbol(value = "nfs4_do_reclaim()", file = "fs/nfs/nfs4state.c")
    private void nfs4DoReclaim(IoTarget t) {
        NfsClient clp = t.clp();
        if (clp != nfsClient || ctx.version() != 4 || !nfs.nfsLocalio().design().newest()) {
            return;
        }
        int cookie = clp.clRpcclient().clXprt().xprtConnectCookie();
        int seen = clp.nfs4StateConnectCookie;
        clp.nfs4StateConnectCookie = cookie;
        if (seen != -1 && seen != cookie) {
            kernel.trace().event(new NfsTrace.Nfs4DoReclaim(clp.clId()));
            Localio.nfsLocalProbeAsync(clp);
        }
    }

    /** Counts an IO that goes over RPC under {@code counter}, and traces it. */
    private void rpcTrace(String counter, Tracepoint event) {
        kernel.trace().counter(counter).incrementAndGet();
        kernel.trace().event(event);
    }

    /**
     * {@code put_nfs_open_context()} of the last user: [D] puts the files the context cached
     * ({@code nfs_close_local_fh()}).
     */
    void nfsCloseContext(NfsOpenContext ctx) {
        if (nfs.nfsLocalio().design().newest()) {
            nfs.nfsLocalio().nfsCloseLocalFh(ctx.nfl());
        }
    }

    /** Records that a local open failed with {@code errno} and this IO goes over RPC. */
    private Errno fallback(IoTarget t, String op, Errno errno) {
        kernel.trace().counter("nfs_local_fallback").incrementAndGet();
        kernel.trace().event(new NfsTrace.NfsLocalFallback(t.clp().clId(), op, errno));
        return errno;
    }

    // ---- observation ---------------------------------------------------------------------------

    /** What was mounted, and how. */
    public NfsFsContext ctx() {
        return ctx;
    }

    /** The namespace the mount lives in. */
    public Net net() {
        return net;
    }

    /** {@code server->nfs_client}. */
    public NfsClient nfsClient() {
        return nfsClient;
    }

    /** The export's root handle, as mountd gave it. */
    public NfsFh rootFh() {
        return rootFh;
    }

    /** {@code server->client}: the RPC client NFS calls of this mount go through. */
    public RpcClnt client() {
        return client;
    }

    /** The counters of every RPC on the mount's connection (all programs, all clones). */
    public RpcIostats connectionStats() {
        return nfsClient.clRpcclient().clXprt().xprtStats();
    }

    /** Whether {@code server} is being or was unmounted. */
    public boolean isUnmounted() {
        return freed;
    }

    @Override
    public String toString() {
        return ctx.hostname() + ":" + ctx.exportPath() + " vers=" + ctx.vers() + ",sec=" + ctx.flavor().secName();
    }
}

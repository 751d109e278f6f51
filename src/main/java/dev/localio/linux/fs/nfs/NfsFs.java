package dev.localio.linux.fs.nfs;

import dev.localio.linux.fs.nfs_common.NfsLocalio;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.Workqueue;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.RpcTraceEvent;
import dev.localio.linux.net.sunrpc.Sunrpc;
import dev.localio.linux.net.sunrpc.SunrpcTrace;
import dev.localio.linux.net.sunrpc.XprtRoute;
import dev.localio.linux.net.sunrpc.xdr.Mountres3;
import java.util.ArrayList;
import java.util.List;

/**
 * The NFS client module of one kernel: its {@code localio_enabled} parameter, the clients it shares
 * among mounts, and the mounts. A mount asks mountd for the export's root handle, then
 * {@link #nfsGetClient} finds or makes the {@link NfsClient} for the server; a new client is
 * connected and probed for LOCALIO at once, as in design [A].
 *
 * <p>Models fs/nfs/inode.c: {@code init_nfs_fs()} (the module registers {@code nfs_fs_type});
 * fs/nfs/localio.c: the {@code localio_enabled}
 * module parameter; fs/nfs/netns.h: {@code nfs_client_list} and {@code nfs_client_lock} (one list
 * for the kernel, each client remembering its namespace); fs/nfs/client.c: {@code nfs_get_client()},
 * {@code nfs_match_client()}, {@code nfs_put_client()}; fs/nfs/super.c and fs_context.c: the mount
 * ({@code nfs_try_mount_request()}, {@code nfs_create_server()}) and {@code nfs_kill_super()}.
 */
public final class NfsFs implements AutoCloseable {

    private final Kernel kernel;
    private final NfsLocalio nfsLocalio;
    private final Sunrpc sunrpc;
    @KernelSymbol(value = "nfs.localio_enabled", file = "fs/nfs/localio.c")
    private volatile boolean localioEnabled = true;
    /** [D] nfsv3's {@code nfs3_localio_probe_throttle}: 0 (off) or a power of two. */
    private volatile int nfs3LocalioProbeThrottle;
    /** [D] {@code nfsiod_workqueue}, where LOCALIO probes run. */
    private final Workqueue nfsiod = new Workqueue("nfsiod");
    private volatile boolean gssMachineCredential;
    /** {@code nfs_client_lock}, held across a client's creation and probe (a mutex in the model). */
    private final Object nfsClientLock = new Object();
    private final List<NfsClient> nfsClientList = new ArrayList<>();
    private final List<NfsServer> nfsVolumeList = new ArrayList<>();
    /** {@code nfs4_data_server_cache}, guarded by itself ({@code nfs4_ds_cache_lock}). */
    private final List<Nfs4PnfsDs> nfs4DataServerCache = new ArrayList<>();

    /** {@code init_nfs_fs()}: the module, with {@code localio_enabled=Y}. */
    public NfsFs(Kernel kernel, NfsLocalio nfsLocalio, Sunrpc sunrpc) {
        this.kernel = kernel;
        this.nfsLocalio = nfsLocalio;
        this.sunrpc = sunrpc;
    }

    /** {@code /sys/module/nfs/parameters/localio_enabled}: checked at every probe and every open. */
    public boolean localioEnabled() {
        return localioEnabled;
    }

    /**
     * Whether a krb5i context can be set up for an NFSv4 {@code nfs_client}'s lease (in the kernel: rpc.gssd
     * finds a Kerberos credential for it, a keytab, and the server accepts krb5i): its own RPC client
     * then keeps krb5i, else it ends up AUTH_UNIX. Default: none.
     */
    public void setGssMachineCredential(boolean present) {
        gssMachineCredential = present;
        kernel.trace().event(new NfsTrace.NfsParam("gss_machine_credential", String.valueOf(present)));
    }

    /**
     * The flavor of a new {@code nfs_client}'s own RPC client ({@code cl_rpcclient}), which is what
     * {@code nfs_local_probe()} checks, NOT the mount's {@code sec=}: {@code nfs_init_client()} makes
     * it AUTH_UNIX for NFSv3 whatever the mount asks (RFC 2623 wants FSSTAT and friends over
     * AUTH_UNIX; each mount clones it with its own flavor). For NFSv4, {@code nfs4_alloc_client()}
     * creates it with krb5i (AUTH_UNIX only if the kernel cannot make a krb5i client at all), and
     * {@code nfs4_init_client()}, when it establishes the lease ({@code nfs4_discover_server_trunking()}),
     * swaps in an AUTH_UNIX clone if no krb5i context could be set up. The model takes the outcome of both
     * from the host's switch ({@link #setGssMachineCredential}); the probe, which runs after them, sees it.
     */
    RpcAuthFlavor clientFlavor(int version) {
        if (version >= 4 && gssMachineCredential) {
            return RpcAuthFlavor.RPC_AUTH_GSS_KRB5I;
        }
        return RpcAuthFlavor.RPC_AUTH_UNIX;
    }

    /** [D] {@code nfs3_localio_probe_throttle}, a module parameter of nfsv3. */
    @KernelSymbol(value = "nfs3_localio_probe_throttle", file = "fs/nfs/nfs3proc.c")
    @KernelSymbol(value = "nfsv3.nfs3_localio_probe_throttle", file = "fs/nfs/nfs3proc.c")
    public int nfs3LocalioProbeThrottle() {
        return nfs3LocalioProbeThrottle;
    }

    /**
     * Writes {@code nfs3_localio_probe_throttle}: probe every {@code n}-th NFSv3 IO that went over RPC
     * (0 turns it off). The kernel takes any number and documents a power of two (it masks with
     * {@code n - 1}); the model refuses the rest so that a scenario cannot mean what the kernel does not.
     */
    public void setNfs3LocalioProbeThrottle(int n) {
        if (n < 0 || (n & (n - 1)) != 0) {
            throw new IllegalArgumentException("nfs3_localio_probe_throttle must be 0 or a power of two, not " + n);
        }
        nfs3LocalioProbeThrottle = n;
        kernel.trace().event(new NfsTrace.NfsParam("nfs3_localio_probe_throttle", Integer.toString(n)));
    }

    /** [D] {@code nfsiod_workqueue}. */
    @KernelSymbol(value = "nfsiod_workqueue", file = "fs/nfs/inode.c")
    Workqueue nfsiod() {
        return nfsiod;
    }

    /** Writes {@code localio_enabled} (Y or N). */
    public void setLocalioEnabled(boolean enabled) {
        localioEnabled = enabled;
        kernel.trace().event(new NfsTrace.NfsParam("localio_enabled", enabled ? "Y" : "N"));
    }

    /**
     * {@code nfs_get_client()}: the client for {@code clInit}, shared if one exists (with a new
     * reference), else a new one that is connected ({@code nfs_init_client()}) and, right after,
     * probed for LOCALIO ({@code nfs_local_probe()}).
     *
     * <p>As in the kernel, the client is found by address, version and namespace, not by the mount's
     * {@code sec=}: its own RPC client has the flavor {@link #clientFlavor} gives, and every mount
     * sends its calls with its own flavor over that client's connection.
     */
    @KernelSymbol(value = "nfs_get_client()", file = "fs/nfs/client.c")
    public ErrPtr<NfsClient> nfsGetClient(NfsClientInitdata clInit) {
        NfsClient created;
        synchronized (nfsClientLock) {
            for (NfsClient clp : nfsClientList) {
                if (clp.clInit().equals(clInit)) {
                    clp.get();
                    kernel.trace().event(new NfsTrace.NfsGetClient(clInit.hostname(), clp.clId(), false, null));
                    return ErrPtr.ptr(clp);
                }
            }
            NfsClient clp = new NfsClient(this, clInit);
            Errno error = clp.nfsInitClient();
            if (error != null) {
                kernel.trace().event(new NfsTrace.NfsGetClient(clInit.hostname(), null, false, error));
                return ErrPtr.err(error);
            }
            nfsClientList.add(clp);
            kernel.trace().event(new NfsTrace.NfsGetClient(clInit.hostname(), clp.clId(), true, null));
            if (!nfsLocalio.design().newest()) {
                Localio.nfsLocalProbe(clp);
                return ErrPtr.ptr(clp);
            }
            created = clp;
        }
        // [D]: nfs_local_probe_async(), outside the client list's lock, where the worker may take it.
        Localio.nfsLocalProbeAsync(created);
        if (clInit.version() == 4) {
            // The connection NFSv4 state is established on; a later one means the server rebooted.
            created.nfs4StateConnectCookie = created.clRpcclient().clXprt().xprtConnectCookie();
        }
        return ErrPtr.ptr(created);
    }

    /**
     * {@code nfs4_pnfs_ds_add()}: the data server at {@code address} as mounts in {@code net} know it,
     * with a new reference, or a new one, not yet connected.
     */
    Nfs4PnfsDs nfs4PnfsDsAdd(Net net, String address) {
        synchronized (nfs4DataServerCache) {
            for (Nfs4PnfsDs ds : nfs4DataServerCache) {
                if (ds.net() == net && ds.dsRemotestr().equals(address)) {
                    ds.dsCount++;
                    return ds;
                }
            }
            Nfs4PnfsDs ds = new Nfs4PnfsDs(address, net);
            nfs4DataServerCache.add(ds);
            return ds;
        }
    }

    /** {@code nfs4_pnfs_ds_put()}: the last reference takes the data server out and puts its client ({@code destroy_ds()}). */
    void nfs4PnfsDsPut(Nfs4PnfsDs ds) {
        synchronized (nfs4DataServerCache) {
            if (--ds.dsCount > 0) {
                return;
            }
            nfs4DataServerCache.remove(ds);
        }
        NfsClient clp = ds.dsClp;
        if (clp != null) {
            nfsPutClient(clp);
        }
    }

    /** {@code nfs_put_client()}: the last reference takes the client off the list and frees it. */
    public void nfsPutClient(NfsClient clp) {
        synchronized (nfsClientLock) {
            if (!clp.put()) {
                return;
            }
            nfsClientList.remove(clp);
        }
        clp.nfsFreeClient();
    }

    /**
     * Mounts {@code ctx} in namespace {@code net}, failing with the errno mount(2) would. The root
     * handle comes from MNT for NFSv4.x too: the model has no PUTROOTFH, and LOCALIO does not care
     * how the root was found.
     */
    public ErrPtr<NfsServer> nfsMount(Net net, NfsFsContext ctx) {
        ErrPtr<Mountres3> mnt = new NfsMountRequest(this, ctx.hostname(), ctx.exportPath(), net, ctx.resvport())
                .nfsMount();
        if (mnt.isErr()) {
            return mnt.errCast();
        }
        if (!mnt.value().authFlavors().contains(ctx.flavor())) {
            // nfs_verify_authflavors(): the export does not take the flavor the mount asked for.
            kernel.trace().event(new NfsTrace.NfsGetTree(ctx.hostname(), ctx.exportPath(), ctx.vers(), ctx.flavor(),
                    null, Errno.EACCES));
            return ErrPtr.err(Errno.EACCES);
        }
        ErrPtr<NfsClient> clp = nfsGetClient(new NfsClientInitdata(ctx.hostname(), net, ctx.version(),
                ctx.minorversion(), clientFlavor(ctx.version()), ctx.resvport()));
        if (clp.isErr()) {
            return clp.errCast();
        }
        NfsServer server = new NfsServer(this, ctx, net, clp.value(), mnt.value().fhandle());
        Errno error = server.nfsInitServerRpcclient();
        if (error == null) {
            error = server.nfsProbeFsinfo();
        }
        if (error != null) {
            server.nfsFreeServer();
            return ErrPtr.err(error);
        }
        synchronized (nfsClientLock) {
            nfsVolumeList.add(server);
        }
        kernel.trace().event(new NfsTrace.NfsGetTree(ctx.hostname(), ctx.exportPath(), ctx.vers(), ctx.flavor(),
                clp.value().clId(), null));
        return ErrPtr.ptr(server);
    }

    /** {@code nfs_kill_super()}: unmounts {@code server}. */
    public void nfsKillSuper(NfsServer server) {
        synchronized (nfsClientLock) {
            if (!nfsVolumeList.remove(server)) {
                return;
            }
        }
        server.nfsFreeServer();
        kernel.trace().event(new NfsTrace.NfsKillSuper(server.toString()));
    }

    /** Unmounts every mount of namespace {@code net} (before the namespace goes away). */
    public void nfsKillSupers(Net net) {
        for (NfsServer server : mounts()) {
            if (server.net() == net) {
                nfsKillSuper(server);
            }
        }
    }

    /** The mounts, oldest first. */
    public List<NfsServer> mounts() {
        synchronized (nfsClientLock) {
            return List.copyOf(nfsVolumeList);
        }
    }

    /** The clients, oldest first. */
    public List<NfsClient> clients() {
        synchronized (nfsClientLock) {
            return List.copyOf(nfsClientList);
        }
    }

    /** Unmounts everything. */
    @Override
    public void close() {
        for (NfsServer server : mounts()) {
            nfsKillSuper(server);
        }
        nfsiod.close();
    }

    /** The route from {@code net} to {@code hostname}, or {@code null}. */
    XprtRoute route(Net net, String hostname, boolean resvport) {
        return sunrpc.sunrpcNet(net).wire().xprtRoute(hostname, resvport);
    }

    /** Whether {@code addr} is an address of {@code net} itself ({@code inet_addr_type() == RTN_LOCAL}). */
    boolean inetAddrTypeLocal(Net net, String addr) {
        return sunrpc.sunrpcNet(net).wire().inetAddrTypeLocal(addr);
    }

    /** Records an RPC of this kernel's clients in its trace ({@code rpc_request}, {@code rpc_task_end}). */
    void rpcTrace(RpcTraceEvent event) {
        kernel.trace().event(SunrpcTrace.of(event));
    }

    Kernel kernel() {
        return kernel;
    }

    NfsLocalio nfsLocalio() {
        return nfsLocalio;
    }
}

package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsLocalio;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.Module;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.NetNamespace;
import dev.localio.linux.net.sunrpc.Sunrpc;
import dev.localio.linux.net.sunrpc.AuthDomainTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The nfsd module of one kernel: loading it registers the per-namespace hooks and installs
 * {@code nfs_to}; it owns {@code nfsd_mutex} and the pieces that mirror nfsd's source files
 * ({@link #nfssvc()}, {@link #nfsfh()}, {@link #filecache()}, {@link #localio()},
 * {@link #nfs3proc()}). Also keeps the model's filesystems (one {@link InodeTable} per exported
 * directory), which outlive nfsd restarts as disks do.
 *
 * <p>Models fs/nfsd/nfsctl.c: {@code init_nfsd()}, {@code exit_nfsd()}, {@code nfsd_net_id}
 * ({@code net_generic(net, nfsd_net_id)}); fs/nfsd/nfssvc.c: {@code nfsd_mutex}.
 */
public final class Nfsd {

    private final Kernel kernel;
    /** {@code THIS_MODULE} inside nfsd: what a confirmed LOCALIO client holds a reference on. */
    private final Module thisModule;
    private final NetNamespace netns;
    private final NfsLocalio nfsLocalio;
    private final Sunrpc sunrpc;
    private final ReentrantLock nfsdMutex = new ReentrantLock();
    private final NfsdNetOps nfsdNetOps;
    private final Nfssvc nfssvc;
    private final NfsdFh nfsfh;
    private final Filecache filecache;
    private final NfsdLocalio localio;
    private final Nfs3proc nfs3proc;
    private final Nfs4proc nfs4proc;
    private final Map<Path, InodeTable> filesystems = new HashMap<>();

    /** The module, not yet loaded: call {@link #initNfsd()}. */
    public Nfsd(Kernel kernel, NetNamespace netns, NfsLocalio nfsLocalio, Sunrpc sunrpc) {
        this.kernel = kernel;
        this.thisModule = new Module(kernel, "nfsd");
        this.netns = netns;
        this.nfsLocalio = nfsLocalio;
        this.sunrpc = sunrpc;
        this.nfsdNetOps = new NfsdNetOps(this);
        this.nfssvc = new Nfssvc(this);
        this.nfsfh = new NfsdFh(this);
        this.filecache = new Filecache(this);
        this.localio = new NfsdLocalio(this);
        this.nfs3proc = new Nfs3proc(this);
        this.nfs4proc = new Nfs4proc(this);
    }

    /**
     * {@code init_nfsd()}: registers {@code nfsd_net_ops} (creating an {@code nfsd_net} in every
     * namespace) and, in a kernel built with {@code CONFIG_NFS_LOCALIO}, calls
     * {@code nfsd_localio_ops_init()}.
     */
    public void initNfsd() {
        netns.registerPernetSubsys(nfsdNetOps).value();
        if (kernel.kconfig().nfsLocalio()) {
            localio.nfsdLocalioOpsInit();
        }
    }

    /** {@code net_generic(net, nfsd_net_id)}: nfsd's state in {@code net}. */
    public NfsdNet nfsdNet(Net net) {
        return net.netGeneric(nfsdNetOps);
    }

    /**
     * The filesystem at {@code dir}, made on first use. The same directory always has the same
     * inodes, whichever namespace's nfsd exports it.
     */
    public InodeTable inodeTable(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (filesystems) {
            return filesystems.computeIfAbsent(key, k -> new InodeTable(k, filesystems.size() + 1));
        }
    }

    public Kernel kernel() {
        return kernel;
    }

    /** {@code THIS_MODULE}: the nfsd module itself. */
    public Module thisModule() {
        return thisModule;
    }

    public NetNamespace netns() {
        return netns;
    }

    public NfsLocalio nfsLocalio() {
        return nfsLocalio;
    }

    public AuthDomainTable authDomainTable() {
        return sunrpc.authDomainTable();
    }

    /** The sunrpc module nfsd serves through. */
    public Sunrpc sunrpc() {
        return sunrpc;
    }

    /** The LOCALIO design this kernel runs. */
    public LocalioDesign design() {
        return nfsLocalio.design();
    }

    /** {@code nfsd_mutex}. */
    public ReentrantLock nfsdMutex() {
        return nfsdMutex;
    }

    public Nfssvc nfssvc() {
        return nfssvc;
    }

    public NfsdFh nfsfh() {
        return nfsfh;
    }

    public Filecache filecache() {
        return filecache;
    }

    public NfsdLocalio localio() {
        return localio;
    }

    public Nfs3proc nfs3proc() {
        return nfs3proc;
    }

    public Nfs4proc nfs4proc() {
        return nfs4proc;
    }
}

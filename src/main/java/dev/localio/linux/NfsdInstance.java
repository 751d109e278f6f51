package dev.localio.linux;

import dev.localio.linux.fs.nfsd.ExportOptions;
import dev.localio.linux.fs.nfsd.Inode;
import dev.localio.linux.fs.nfsd.InodeTable;
import dev.localio.linux.fs.nfsd.Nfs4layouts;
import dev.localio.linux.fs.nfsd.Nfsd;
import dev.localio.linux.fs.nfsd.NfsdNet;
import dev.localio.linux.fs.nfsd.NfsdRqst;
import dev.localio.linux.fs.nfsd.NfsdFh;
import dev.localio.linux.fs.nfsd.SvcExport;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.Rpcbind;
import dev.localio.linux.net.sunrpc.Sunrpc;
import dev.localio.linux.net.sunrpc.SvcCred;
import dev.localio.linux.net.sunrpc.SvcServ;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The NFS server of one network namespace as an administrator runs it: an /etc/exports of its own,
 * a thread count, and rpc.mountd. {@link #start()} is {@code exportfs -r} (mountd filling the
 * export cache) then {@code rpc.nfsd N} (nfsd listens and registers with the namespace's rpcbind)
 * then starting mountd; {@link #stop()} stops mountd and runs {@code rpc.nfsd 0} (the port is freed, the
 * threads end). Exports survive a restart, as the configuration file does.
 *
 * <p>Not a kernel structure: it drives fs/nfsd through {@code nfsd_svc()} and the export cache,
 * as nfs-utils does.
 */
public final class NfsdInstance {

    private record ExportLine(String clientSpec, Path dir, ExportOptions options) {
    }

    private record LayoutLine(Path dir, String relPath, Nfs4layouts.FfLayoutConfig layout) {
    }

    private final Sunrpc sunrpc;
    private final Nfsd nfsd;
    private final int threads;
    private final List<ExportLine> etcExports = new ArrayList<>();
    private final List<LayoutLine> layouts = new ArrayList<>();
    private final Mountd mountd;
    private volatile Net net;

    /** A server of the kernel {@code sys} that starts {@code threads} nfsd threads. */
    NfsdInstance(Subsystems sys, int threads) {
        this.sunrpc = sys.sunrpc();
        this.nfsd = sys.nfsd();
        this.threads = threads;
        this.mountd = new Mountd(sys.kernel(), sys.sunrpc());
    }

    /**
     * Adds a line to this server's /etc/exports, e.g. {@code export("*", dir, "rw,no_root_squash")},
     * or replaces the options of the line for the same client and directory ({@code exportfs -o});
     * applied at once if the server is running.
     */
    public synchronized void export(String clientSpec, Path dir, String options) {
        ExportLine line = new ExportLine(clientSpec, dir, ExportOptions.parse(options));
        etcExports.removeIf(l -> l.clientSpec().equals(clientSpec) && l.dir().equals(dir));
        etcExports.add(line);
        if (isRunning()) {
            apply(net, line);
        }
    }

    /**
     * Starts nfsd in {@code net}, loads the exports and starts mountd.
     *
     * @throws IllegalStateException if nfsd fails to start (its listener cannot open)
     */
    synchronized void start(Net in) {
        if (isRunning()) {
            return;
        }
        this.net = in;
        // exportfs -r before rpc.nfsd, as nfs-server.service orders them: no call meets an empty table.
        for (ExportLine line : etcExports) {
            apply(in, line);
        }
        for (LayoutLine line : layouts) {
            apply(in, line);
        }
        int started = nfsd.nfssvc().nfsdSvc(threads, in);
        if (started < 0) {
            throw new IllegalStateException("rpc.nfsd " + threads + " in " + in.name() + " failed: "
                    + Errno.fromValue(started));
        }
        mountd.start(in, nfsd.nfsdNet(in).exports());
    }

    /**
     * {@code rpc.nfsd N} again in the namespace the server last ran in (a restart of nfsd that
     * keeps the namespace).
     *
     * @throws IllegalStateException if the server never ran or its namespace is gone
     */
    public synchronized void start() {
        if (net == null || net.isFreed()) {
            throw new IllegalStateException("no namespace to start nfsd in");
        }
        start(net);
    }

    /** Stops mountd, then {@code rpc.nfsd 0}: stops nfsd in its namespace (which stays). */
    public synchronized void stop() {
        mountd.stop();
        if (isRunning()) {
            nfsd.nfssvc().nfsdSvc(0, net);
        }
    }

    /** {@code rpc.nfsd 0} then {@code rpc.nfsd N}: the namespace stays, the service is new. */
    public synchronized void restart() {
        stop();
        start();
    }

    /**
     * What mountd's MNT answers, without RPC: the root handle of the export of {@code dir} to the
     * domain that a client at {@code addr} maps to, or {@code null} if that client may not mount it.
     */
    public NfsFh mnt(InetAddress addr, Path dir) {
        AuthDomain dom = authDomainFor(addr);
        if (dom == null) {
            return null;
        }
        try {
            for (SvcExport e : nfsdNet().exports().exportsOf(dir)) {
                if (e.exClient() == dom) {
                    return NfsdFh.fhCompose(e, e.exPath().rootInode());
                }
            }
            return null;
        } finally {
            dom.authDomainPut();
        }
    }

    /** The rpcbind of the namespace the server last ran in: what {@code rpcinfo -p} would list. */
    public Rpcbind rpcbind() {
        return sunrpc.sunrpcNet(net).rpcbind();
    }

    /** nfsd's RPC server, or {@code null} while stopped ({@code nn->nfsd_serv}). */
    public SvcServ serv() {
        return nfsdNet().nfsdServ();
    }

    /** The port nfsd listens on (127.0.0.1), or 0 while stopped. */
    public int nfsPort() {
        SvcServ serv = isRunning() ? serv() : null;
        return serv == null || serv.svcXprtAddress() == null ? 0 : serv.svcXprtAddress().getPort();
    }

    /** The port mountd listens on (127.0.0.1), or 0 while stopped. */
    public int mountdPort() {
        return mountd.port();
    }

    /**
     * Configures a pNFS flexible file layout (the export of {@code dir} needs the {@code pnfs}
     * option): the data of {@code relPath} below {@code dir} lives on the data server at
     * {@code dsAddress}, where its NFSv3 handle is {@code dsFh}. Every client gets this same layout;
     * applied at once if the server runs, and at every start.
     */
    public synchronized void layout(Path dir, String relPath, String dsAddress, NfsFh dsFh) {
        LayoutLine line = new LayoutLine(dir, relPath, new Nfs4layouts.FfLayoutConfig(dsAddress, dsFh));
        layouts.add(line);
        if (isRunning()) {
            apply(net, line);
        }
    }

    private void apply(Net in, LayoutLine line) {
        List<SvcExport> exps = nfsd.nfsdNet(in).exports().exportsOf(line.dir());
        Inode inode = nfsd.inodeTable(line.dir()).lookupPath(line.relPath());
        if (exps.isEmpty() || inode == null) {
            throw new IllegalStateException(line.dir() + "/" + line.relPath() + " is not an exported file");
        }
        nfsd.nfsdNet(in).nfs4Layouts().setLayout(exps.get(0).exFsid(), inode, line.layout());
    }

    private void apply(Net in, ExportLine line) {
        InodeTable tree = nfsd.inodeTable(line.dir());
        int fsid = line.options().fsid() != null ? line.options().fsid() : tree.fsid();
        nfsd.nfsdNet(in).exports().exportfs(line.clientSpec(), tree, fsid, line.options());
    }

    /** Whether nfsd runs (has threads) in this server's namespace. */
    public boolean isRunning() {
        Net n = net;
        return n != null && !n.isFreed() && nfsd.nfssvc().nfsdNrthreads(n) > 0;
    }

    /** The namespace the server last ran in. */
    public Net net() {
        return net;
    }

    /** nfsd's state in that namespace. */
    public NfsdNet nfsdNet() {
        return nfsd.nfsdNet(net);
    }

    /** The filesystem under {@code dir}, to create files in for a test or scenario. */
    public InodeTable tree(Path dir) {
        return nfsd.inodeTable(dir);
    }

    /** The live export of {@code dir} to {@code clientSpec}, or {@code null}. */
    public SvcExport exported(String clientSpec, Path dir) {
        InodeTable tree = nfsd.inodeTable(dir);
        for (SvcExport e : nfsdNet().exports().exports()) {
            if (e.exPath() == tree && e.exClient().name().equals(clientSpec)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The file handle a client of {@code clientSpec} would get for {@code relPath} below
     * {@code dir} ({@code ""} for the export's root), as LOOKUP would return it.
     */
    public NfsFh fh(String clientSpec, Path dir, String relPath) {
        SvcExport exp = exported(clientSpec, dir);
        if (exp == null) {
            throw new IllegalStateException(dir + " is not exported to " + clientSpec);
        }
        Inode inode = relPath.isEmpty() ? exp.exPath().rootInode() : exp.exPath().lookupPath(relPath);
        if (inode == null) {
            throw new IllegalArgumentException(relPath + " does not exist below " + dir);
        }
        return NfsdFh.fhCompose(exp, inode);
    }

    /**
     * {@code svcauth_unix_set_client()}: the client domain a request from {@code addr} maps to,
     * with a reference the caller drops ({@code auth_domain_put()}), or {@code null}.
     */
    public AuthDomain authDomainFor(InetAddress addr) {
        return nfsdNet().exports().svcauthUnixSetClient(addr);
    }

    /**
     * A request as the RPC layer would present it: arriving in this namespace from {@code addr}
     * with {@code cred}, from a privileged port if {@code secure}, NFS version {@code vers}. The
     * domain's reference is the request's; it is not dropped (requests in tests are few).
     */
    public NfsdRqst rqst(InetAddress addr, SvcCred cred, boolean secure, int vers) {
        return new NfsdRqst(net, cred, authDomainFor(addr), secure, vers);
    }
}

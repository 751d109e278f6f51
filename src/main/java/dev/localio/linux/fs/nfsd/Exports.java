package dev.localio.linux.fs.nfsd;

import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.AuthDomainTable;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The exports one network namespace's nfsd serves, and the mapping from a client address to the
 * auth domain named by the most specific matching client specification, as rpc.mountd ranks them:
 * an address or {@code localhost} before a CIDR block such as {@code 127.0.0.0/8} (the longer
 * prefix first), and {@code *} last; among equals, the first exported. Exporting a directory again
 * to the same client specification replaces that export's options, as {@code exportfs -o} does.
 * Each export holds a reference on its domain until {@link #expFlush()}.
 *
 * <p>Models fs/nfsd/export.c's per-namespace caches ({@code nn->svc_export_cache},
 * {@code nn->svc_expkey_cache}): {@code rqst_exp_find()}, {@code exp_find()},
 * {@code nfsd_export_flush()}; and what rpc.mountd answers to the kernel's {@code ip_map} upcall,
 * which {@code svcauth_unix_set_client()} turns into {@code rq_client}. Thread-safe.
 */
public final class Exports {

    private record Entry(String clientSpec, SvcExport exp) {
    }

    private final AuthDomainTable svcauth;
    private final List<Entry> entries = new ArrayList<>();

    Exports(AuthDomainTable svcauth) {
        this.svcauth = svcauth;
    }

    /**
     * exportfs(8): exports {@code tree} to the clients {@code clientSpec} names, as file system id
     * {@code fsid}.
     */
    public synchronized SvcExport exportfs(String clientSpec, InodeTable tree, int fsid,
            ExportOptions options) {
        AuthDomain dom = svcauth.unixDomainFind(clientSpec);
        SvcExport exp = new SvcExport(dom, tree, fsid, options);
        for (int i = 0; i < entries.size(); i++) {
            Entry old = entries.get(i);
            if (old.clientSpec().equals(clientSpec) && old.exp().exPath() == tree) {
                entries.set(i, new Entry(clientSpec, exp));
                old.exp().exClient().authDomainPut();
                return exp;
            }
        }
        entries.add(new Entry(clientSpec, exp));
        return exp;
    }

    /**
     * {@code rqst_exp_find()}: the export with file system id {@code fsid} for domain
     * {@code client}, or {@code null} ({@code -ENOENT}, which nfsd reports as a stale handle).
     */
    public synchronized SvcExport rqstExpFind(AuthDomain client, int fsid) {
        if (client == null) {
            return null;
        }
        for (Entry e : entries) {
            if (e.exp().exFsid() == fsid && e.exp().exClient() == client) {
                return e.exp();
            }
        }
        return null;
    }

    /**
     * {@code svcauth_unix_set_client()}: the domain for a request from {@code addr} (with a
     * reference the caller drops with {@code auth_domain_put()}), or {@code null} when no export
     * names the address.
     */
    public synchronized AuthDomain svcauthUnixSetClient(InetAddress addr) {
        Entry best = null;
        for (Entry e : entries) {
            boolean better = best == null || rank(e.clientSpec()) < rank(best.clientSpec());
            if (better && matches(e.clientSpec(), addr)) {
                best = e;
            }
        }
        return best == null ? null : svcauth.unixDomainFind(best.clientSpec());
    }

    /**
     * How specific a client specification is, lower first: rpc.mountd tries hosts, then subnets (in the
     * model, longer prefixes first), and the anonymous {@code *} last.
     */
    private static int rank(String spec) {
        if (spec.equals("*")) {
            return 1000;
        }
        int slash = spec.indexOf('/');
        return slash < 0 ? 0 : 1 + 128 - Integer.parseInt(spec.substring(slash + 1));
    }

    /** The exports, in the order they were made. */
    public synchronized List<SvcExport> exports() {
        List<SvcExport> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.exp());
        }
        return out;
    }

    /** The exports of the directory {@code dir}, to any client, in the order they were made. */
    public synchronized List<SvcExport> exportsOf(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        List<SvcExport> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.exp().exPath().root().equals(root)) {
                out.add(e.exp());
            }
        }
        return out;
    }

    /** {@code nfsd_export_flush()}: forgets every export and drops its domain reference. */
    public synchronized void expFlush() {
        for (Entry e : entries) {
            e.exp().exClient().authDomainPut();
        }
        entries.clear();
    }

    static boolean matches(String spec, InetAddress addr) {
        if (spec.equals("*")) {
            return true;
        }
        if (spec.equals("localhost")) {
            return addr.isLoopbackAddress();
        }
        try {
            int slash = spec.indexOf('/');
            if (slash < 0) {
                return InetAddress.getByName(spec).equals(addr);
            }
            byte[] net = InetAddress.getByName(spec.substring(0, slash)).getAddress();
            byte[] a = addr.getAddress();
            int bits = Integer.parseInt(spec.substring(slash + 1));
            if (net.length != a.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((net[i / 8] & mask) != (a[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }
}

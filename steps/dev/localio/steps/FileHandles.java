package dev.localio.steps;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.localio.check.PageDefaults;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;

/** The file handles a scenario's clients got, by file name, as their dentry caches would keep them. */
public final class FileHandles {

    private final Servers servers;
    private final Map<String, Set<NfsFh>> handles = new HashMap<>();

    public FileHandles(Servers servers) {
        this.servers = servers;
    }

    /** Remembers a handle a client got for {@code file}. */
    public void remember(String file, NfsFh fh) {
        handles.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(fh);
    }

    /** Every handle {@code file} goes by: the ones clients got, and its handle on the data server. */
    public Set<NfsFh> of(String file) {
        Set<NfsFh> all = new LinkedHashSet<>(handles.getOrDefault(file, Set.of()));
        Server.DataServer ds = servers.server().dataServer();
        if (ds != null) {
            all.add(ds.nfsd().fh("*", ds.export(), file));
        }
        return all;
    }

    /** The handle the client looked up for {@code file} (looked up now, as alice, if it never did). */
    public NfsFh of(Mount mount, String file) {
        Set<NfsFh> known = handles.get(file);
        if (known != null && !known.isEmpty()) {
            return known.iterator().next();
        }
        NfsFh fh = mount.nfs().lookup(PageDefaults.ALICE, file).value();
        remember(file, fh);
        return fh;
    }
}

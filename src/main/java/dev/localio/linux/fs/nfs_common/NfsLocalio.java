package dev.localio.linux.fs.nfs_common;

import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.ListHead;
import dev.localio.linux.kernel.Module;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * nfs_common's LOCALIO state for one kernel: the global list of uuids whose probe is in flight,
 * the single lock of design [A] that guards every {@code nfs_uuid_t} (its list membership,
 * {@code net} and {@code dom}), and {@code nfs_to}, the table nfsd installs when it loads.
 *
 * <p>In design [D] {@code nfs_uuid_lock} is {@code nfs_uuids_lock} and guards only the global list;
 * each uuid has its own lock, and the server's {@code nn->local_clients_lock} guards its list (the
 * model uses the list head's monitor as that lock).
 *
 * <p>Models fs/nfs_common/nfslocalio.c (v6.12): {@code nfs_uuid_lock}, {@code nfs_uuids},
 * {@code nfs_to}, {@code nfs_uuid_is_local()}, {@code nfs_uuid_invalidate_clients()},
 * {@code nfs_uuid_lookup_locked()}; include/linux/nfslocalio.h:
 * {@code nfs_to_nfsd_file_put_local()}; and as of the newest mainline ([D]):
 * {@code nfs_uuid_is_local()}, {@code nfs_localio_invalidate_clients()},
 * {@code nfs_close_local_fh()}, {@code nfs_to_nfsd_file_put_local()}, {@code nfs_to_nfsd_net_put()}. Each confirmed client holds a reference on the nfsd module
 * ({@code nfsd_mod}), which is what keeps {@code nfs_to}'s functions in place; nfsd never unloads in
 * the model, so the reference is counted ({@link Module}) but guards nothing here.
 */
public final class NfsLocalio {

    private final Kernel kernel;
    private final LocalioDesign design;
    /** {@code nfs_uuid_lock}: in [A], one spinlock for every uuid and both kinds of list. */
    @KernelSymbol(value = "nfs_uuid_lock", file = "fs/nfs_common/nfslocalio.c")
    final Object nfsUuidLock = new Object();
    /** {@code nfs_uuids}: uuids whose probe is in flight, protected by {@code nfs_uuid_lock}. */
    @KernelSymbol(value = "nfs_uuids", file = "fs/nfs_common/nfslocalio.c")
    final ListHead<NfsUuid> nfsUuids = new ListHead<>("nfs_uuids");
    /** {@code nfsd_mod}: the module the last confirmation pinned, put when a client lets go of {@code net}. */
    Module nfsdMod;
    private volatile NfsdLocalioOperations nfsTo;

    public NfsLocalio(Kernel kernel, LocalioDesign design) {
        this.kernel = kernel;
        this.design = design;
    }

    public Kernel kernel() {
        return kernel;
    }

    /** The lifetime design this kernel runs. */
    public LocalioDesign design() {
        return design;
    }

    /** {@code nfs_to}: nfsd's operations, or {@code null} before nfsd loaded. */
    @KernelSymbol(value = "nfs_to", file = "fs/nfs_common/nfslocalio.c")
    public NfsdLocalioOperations nfsTo() {
        return nfsTo;
    }

    /** What {@code nfsd_localio_ops_init()} does: points {@code nfs_to} at nfsd's table. */
    public void setNfsTo(NfsdLocalioOperations ops) {
        nfsTo = ops;
    }

    /** A new client uuid, as {@code nfs_uuid_init()} leaves one embedded in an nfs_client. */
    public NfsUuid nfsUuidInit() {
        return new NfsUuid(this);
    }

    /** {@link #nfsUuidInit()} for the client traces call {@code owner}. */
    public NfsUuid nfsUuidInit(String owner) {
        NfsUuid u = new NfsUuid(this);
        u.setOwner(owner);
        return u;
    }

    /**
     * {@code nfs_uuid_is_local()}: nfsd's answer to UUID_IS_LOCAL, which confirms the client of this
     * kernel probing with {@code uuid}; a client on another host is not found. The client goes on
     * {@code list} ({@code nn->local_clients}) so that the namespace's pre_exit can find it, and
     * {@code net} is published last, so that a reader that sees it also sees {@code dom}. The client
     * then holds a reference on {@code mod}, nfsd's module, until its {@code net} is cleared.
     */
    @KernelSymbol(value = "nfs_uuid_is_local()", file = "fs/nfs_common/nfslocalio.c")
    public void nfsUuidIsLocal(byte[] uuid, ListHead<NfsUuid> list, Net net, AuthDomain dom, Module mod) {
        if (design.newest()) {
            nfsUuidIsLocalNewest(uuid, list, net, dom, mod);
            return;
        }
        boolean found;
        synchronized (nfsUuidLock) {
            NfsUuid nfsUuid = nfsUuidLookupLocked(uuid);
            found = nfsUuid != null;
            if (found) {
                dom.ref().krefGet();
                nfsUuid.dom = dom;
                // No counted reference on net: being on @list lets pre_exit clear the pointer.
                nfsUuid.listMove(list);
                nfsUuid.net.rcuAssignPointer(net);
                mod.__moduleGet();
                nfsdMod = mod;
            }
        }
        kernel.trace().event(new NfsCommonTrace.NfsUuidIsLocal(net.name(), found));
    }

    /**
     * [D] {@code nfs_uuid_is_local()}: moves the uuid onto {@code list} under {@code nfs_uuids_lock} and
     * {@code list}'s own lock ({@code nn->local_clients_lock}), then, under the uuid's lock only, takes
     * the module and {@code dom}, records the list lock and publishes {@code net} last.
     */
    private void nfsUuidIsLocalNewest(byte[] uuid, ListHead<NfsUuid> list, Net net, AuthDomain dom, Module mod) {
        NfsUuid nfsUuid;
        synchronized (nfsUuidLock) {
            nfsUuid = nfsUuidLookupLocked(uuid);
            if (nfsUuid != null) {
                synchronized (list) {
                    nfsUuid.listMove(list);
                }
            }
        }
        if (nfsUuid != null) {
            synchronized (nfsUuid.lock) {
                mod.__moduleGet();
                nfsdMod = mod;
                nfsUuid.listLock = list;
                dom.ref().krefGet();
                nfsUuid.dom = dom;
                nfsUuid.net.rcuAssignPointer(net);
            }
        }
        kernel.trace().event(new NfsCommonTrace.NfsUuidIsLocal(net.name(), nfsUuid != null));
    }

    /**
     * [D] {@code nfs_localio_invalidate_clients()}: takes every client off {@code list} (under its lock),
     * then disables each ({@code nfs_localio_disable_client()}): clears its {@code net}, drops its
     * {@code dom} and puts the files it cached, with their net references. nfsd calls it from its
     * pre_exit and when it purges the namespace's file cache as it stops.
     */
    @KernelSymbol(value = "nfs_localio_invalidate_clients()", file = "fs/nfs_common/nfslocalio.c")
    public void nfsLocalioInvalidateClients(ListHead<NfsUuid> list) {
        java.util.List<NfsUuid> clients;
        synchronized (list) {
            clients = list.entries();
        }
        for (NfsUuid u : clients) {
            if (kernel.warnOn(u.listLock != list, "nfs_localio_invalidate_clients: uuid on another list")) {
                break;
            }
            u.nfsLocalioDisableClient();
        }
        kernel.trace().event(new NfsCommonTrace.NfsLocalioInvalidateClients(list.name(), clients.size()));
    }

    /**
     * [D] {@code nfs_close_local_fh()}: the open context is going away; puts the files it cached
     * (each with its net reference) and takes it off its client's {@code files}. If
     * {@code nfs_uuid_put()} is closing them already, waits for it instead.
     */
    @KernelSymbol(value = "nfs_close_local_fh()", file = "fs/nfs_common/nfslocalio.c")
    public void nfsCloseLocalFh(NfsFileLocalio nfl) {
        NfsUuid nfsUuid;
        kernel.rcu().rcuReadLock();
        try {
            nfsUuid = nfl.nfsUuid;
            if (nfsUuid == null) {
                return; // regular NFS, or closed already
            }
        } finally {
            kernel.rcu().rcuReadUnlock();
        }
        synchronized (nfsUuid.lock) {
            if (nfl.nfsUuid == null) {
                return; // nfs_uuid_put() has finished with it
            }
            if (!nfl.onFiles) {
                // nfs_uuid_put() started closing: wait for it (wait_var_event()).
                while (nfl.nfsUuid != null) {
                    try {
                        nfsUuid.lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted waiting for nfs_uuid_put()", e);
                    }
                }
                return;
            }
            nfl.nfsUuid = null; // tell nfs_uuid_put() to wait for us
        }
        int files = nfl.cached();
        nfsToNfsdFilePutLocal(nfl.roFile);
        nfsToNfsdFilePutLocal(nfl.rwFile);
        synchronized (nfsUuid.lock) {
            nfsUuid.files.listDel(nfl);
            nfl.onFiles = false;
            nfsUuid.lock.notifyAll();
        }
        kernel.trace().event(new NfsCommonTrace.NfsCloseLocalFh(files));
    }

    /**
     * [D] {@code nfs_to_nfsd_file_put_local()}: nfsd takes the file out of {@code pnf} and puts it,
     * returning its namespace; the net reference the file held is then put here. No RCU section
     * around the file's put: it may sleep (the 6.13 fix of v6.12's put, which held RCU).
     */
    public void nfsToNfsdFilePutLocal(AtomicReference<OpaqueNfsdFile> pnf) {
        Net net = nfsTo.nfsdFilePutLocal(pnf);
        if (net != null) {
            nfsToNfsdNetPut(net);
        }
    }

    /**
     * [D] {@code nfs_to_nfsd_net_put()}: drops a net reference inside an RCU section, so that returning
     * from nfsd stays safe even when this put lets nfsd finish shutting down.
     */
    @KernelSymbol(value = "nfs_to_nfsd_net_put()", file = "include/linux/nfslocalio.h")
    public void nfsToNfsdNetPut(Net net) {
        kernel.rcu().rcuReadLock();
        try {
            nfsTo.nfsdNetPut(net);
        } finally {
            kernel.rcu().rcuReadUnlock();
        }
    }

    /** {@code nfs_uuid_lookup_locked()}; caller holds {@code nfs_uuid_lock}. */
    private NfsUuid nfsUuidLookupLocked(byte[] uuid) {
        for (NfsUuid u : nfsUuids.entries()) {
            if (Arrays.equals(u.uuid, uuid)) {
                return u;
            }
        }
        return null;
    }

    /**
     * {@code nfs_uuid_invalidate_clients()}: called from nfsd's pre_exit with
     * {@code nn->local_clients}; clears {@code ->net} of every client on it, drops their
     * {@code dom} references and unlinks them. The grace period that follows pre_exit then makes
     * the namespace unreachable through any client.
     */
    @KernelSymbol(value = "nfs_uuid_invalidate_clients()", file = "fs/nfs_common/nfslocalio.c")
    public void nfsUuidInvalidateClients(ListHead<NfsUuid> list) {
        int n;
        synchronized (nfsUuidLock) {
            n = list.size();
            for (NfsUuid u : list.entries()) {
                u.nfsUuidPutLocked();
            }
        }
        kernel.trace().event(new NfsCommonTrace.NfsUuidInvalidateClients(list.name(), n));
    }

    /**
     * {@code nfs_to_nfsd_file_put_local()}: drops a file nfsd opened for LOCALIO, inside an RCU
     * section so that the return from nfsd is safe even if that put was nfsd's last reference.
     */
    @KernelSymbol(value = "nfs_to_nfsd_file_put_local()", file = "include/linux/nfslocalio.h")
    public void nfsToNfsdFilePutLocal(OpaqueNfsdFile file) {
        if (design.newest()) {
            nfsToNfsdFilePutLocal(new AtomicReference<>(file));
            return;
        }
        kernel.rcu().rcuReadLock();
        try {
            nfsTo.nfsdFilePutLocal(file);
        } finally {
            kernel.rcu().rcuReadUnlock();
        }
    }

    /** The uuids on {@code nfs_uuids} now (observability). */
    public int inFlightProbes() {
        synchronized (nfsUuidLock) {
            return nfsUuids.size();
        }
    }
}

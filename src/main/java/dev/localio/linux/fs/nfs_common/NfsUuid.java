package dev.localio.linux.fs.nfs_common;

import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.kernel.ListHead;
import dev.localio.linux.kernel.RcuPointer;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client's LOCALIO identity: the nonce it sends in UUID_IS_LOCAL, the list it is on (the global
 * {@code nfs_uuids} while a probe is in flight, then nfsd's {@code nn->local_clients}), and what
 * the server wrote into it: {@code net}, an uncounted RCU pointer to the server's namespace, and
 * {@code dom}, a counted auth_domain. In design [A] the host's single {@code nfs_uuid_lock}
 * guards all of it.
 *
 * <p>Design [D] gives each uuid a {@code lock} of its own, a {@code list_lock} (the
 * {@code nn->local_clients_lock} of the server that confirmed it) and a {@code files} list of the
 * open contexts that cache a file of that server; the lock order is {@code nfs_uuid->lock}, then
 * {@code nfs_uuids_lock}, then {@code list_lock}.
 *
 * <p>Models include/linux/nfslocalio.h: {@code nfs_uuid_t}; fs/nfs_common/nfslocalio.c (v6.12):
 * {@code nfs_uuid_init()}, {@code nfs_uuid_begin()}, {@code nfs_uuid_end()},
 * {@code nfs_uuid_put_locked()}, {@code nfs_uuid_invalidate_one_client()},
 * {@code nfs_open_local_fh()}; and as of the newest mainline ([D]): {@code nfs_uuid_put()},
 * {@code nfs_localio_enable_client()}, {@code nfs_localio_disable_client()},
 * {@code nfs_uuid_add_file()}, {@code nfs_open_local_fh()} with its cache slot.
 */
@KernelSymbol(value = "nfs_uuid_t", file = "include/linux/nfslocalio.h")
public final class NfsUuid {

    /** {@code UUID_SIZE}. */
    @KernelSymbol(value = "UUID_SIZE", file = "include/linux/uuid.h")
    public static final int UUID_SIZE = 16;

    private final NfsLocalio nfsLocalio;
    private final Kernel kernel;
    /** {@code uuid}: written under {@code nfs_uuid_lock} by {@link #nfsUuidBegin()}. */
    byte[] uuid = new byte[UUID_SIZE];
    /** The head {@code list} is on, {@code null} when {@code list_empty(&nfs_uuid->list)}. */
    private ListHead<NfsUuid> onList;
    /** {@code net}: the server's namespace, NOT a counted reference; read under RCU. */
    final RcuPointer<Net> net;
    /** {@code dom}: the server's {@code rq_client}, counted. */
    AuthDomain dom;
    /** [D] {@code lock}: this uuid's own spinlock. */
    final Object lock = new Object();
    /** [D] {@code list_lock}: the confirming server's {@code nn->local_clients_lock}, or {@code null}. */
    Object listLock;
    /** [D] {@code files}: the open contexts caching a file of this client's server; under {@link #lock}. */
    final ListHead<NfsFileLocalio> files = new ListHead<>("nfs_uuid->files");
    /** [D] {@code nfs3_localio_probe_count}: NFSv3 IOs over RPC since the uuid was made. */
    int nfs3LocalioProbeCount;
    /** The client this uuid is embedded in, as traces name it (the kernel passes the {@code nfs_client}). */
    private volatile String owner = "?";

    NfsUuid(NfsLocalio nfsLocalio) {
        this.nfsLocalio = nfsLocalio;
        this.kernel = nfsLocalio.kernel();
        this.net = new RcuPointer<>(kernel.rcu(), "nfs_uuid->net");
    }

    /** {@code nfs_uuid_init()}: no net, no dom, on no list. */
    public void nfsUuidInit() {
        synchronized (nfsLocalio.nfsUuidLock) {
            net.rcuInitPointer(null);
            dom = null;
            listDelInit();
        }
    }

    /**
     * {@code nfs_uuid_begin()}: starts a probe. Fails if one is in flight already (the uuid is on
     * a list); otherwise makes a fresh random uuid and puts it on {@code nfs_uuids}, where
     * {@link NfsLocalio#nfsUuidIsLocal} can find it.
     */
    @KernelSymbol(value = "nfs_uuid_begin()", file = "fs/nfs_common/nfslocalio.c")
    public boolean nfsUuidBegin() {
        if (nfsLocalio.design().newest()) {
            return nfsUuidBeginNewest();
        }
        byte[] fresh = null;
        synchronized (nfsLocalio.nfsUuidLock) {
            if (onList == null) {
                fresh = uuidGen();
                uuid = fresh;
                onList = nfsLocalio.nfsUuids;
                onList.listAddTail(this);
            }
        }
        boolean begun = fresh != null;
        kernel.trace().event(new NfsCommonTrace.NfsUuidBegin(begun, begun ? uuidOf(fresh) : null));
        return begun;
    }

    /**
     * [D] {@code nfs_uuid_begin()}: refuses a uuid that is local already or whose probe is in flight;
     * takes {@code nfs_uuid->lock}, then {@code nfs_uuids_lock}.
     */
    private boolean nfsUuidBeginNewest() {
        byte[] fresh = null;
        synchronized (lock) {
            if (net.rcuAccessPointer() == null) {
                synchronized (nfsLocalio.nfsUuidLock) {
                    if (onList == null) {
                        onList = nfsLocalio.nfsUuids;
                        onList.listAddTail(this);
                        fresh = uuidGen();
                    }
                }
                if (fresh != null) {
                    uuid = fresh;
                }
            }
        }
        boolean begun = fresh != null;
        kernel.trace().event(new NfsCommonTrace.NfsUuidBegin(begun, begun ? uuidOf(fresh) : null));
        return begun;
    }

    /**
     * {@code nfs_uuid_end()}: ends a probe. If no server claimed the uuid ({@code net} still
     * NULL), takes it off {@code nfs_uuids}; a claimed uuid stays on the server's list.
     */
    @KernelSymbol(value = "nfs_uuid_end()", file = "fs/nfs_common/nfslocalio.c")
    public void nfsUuidEnd() {
        if (net.rcuAccessPointer() == null) {
            synchronized (nfsLocalio.design().newest() ? lock : nfsLocalio.nfsUuidLock) {
                if (net.rcuAccessPointer() == null) {
                    synchronized (nfsLocalio.nfsUuidLock) {
                        listDelInit();
                    }
                }
            }
        }
        kernel.trace().event(new NfsCommonTrace.NfsUuidEnd(net.rcuAccessPointer() != null));
    }

    /**
     * {@code nfs_uuid_invalidate_one_client()}: the client-side disable path. Clears {@code net},
     * drops {@code dom} and unlinks from the server's list, if the uuid was local.
     */
    public void nfsUuidInvalidateOneClient() {
        if (net.rcuAccessPointer() != null) {
            synchronized (nfsLocalio.nfsUuidLock) {
                nfsUuidPutLocked();
            }
            kernel.trace().event(new NfsCommonTrace.NfsUuidInvalidateOneClient());
        }
    }

    /**
     * {@code nfs_uuid_put_locked()}; caller holds {@code nfs_uuid_lock}. A client that had {@code net}
     * gives back its reference on the nfsd module with it.
     */
    @KernelSymbol(value = "nfs_uuid_put_locked()", file = "fs/nfs_common/nfslocalio.c")
    void nfsUuidPutLocked() {
        if (net.rcuAccessPointer() != null) {
            nfsLocalio.nfsdMod.modulePut();
            net.rcuInitPointer(null);
        }
        if (dom != null) {
            dom.authDomainPut();
            dom = null;
        }
        listDelInit();
    }

    /** {@code list_move()}; caller holds {@code nfs_uuid_lock}. */
    void listMove(ListHead<NfsUuid> to) {
        listDelInit();
        onList = to;
        to.listAddTail(this);
    }

    private void listDelInit() {
        if (onList != null) {
            onList.listDel(this);
            onList = null;
        }
    }

    /**
     * {@code nfs_open_local_fh()}: opens {@code fh} through nfsd without RPC. The uuid holds no
     * reference on {@code net}, so in design [A] the serv reference taken inside the RCU section is
     * what keeps nfsd and its namespace there once the section ends; the opened file carries it.
     * {@code -ENXIO} sends the client back to RPC. In {@link LocalioDesign#PRE_INTERLOCK} nfsd is
     * entered with no reference at all.
     *
     * @param clntFlavor the auth flavor of the client's {@code rpc_clnt}
     * @param fmode {@code FMODE_READ} and/or {@code FMODE_WRITE}
     */
    @KernelSymbol(value = "nfs_open_local_fh()", file = "fs/nfs_common/nfslocalio.c")
    public ErrPtr<OpaqueNfsdFile> nfsOpenLocalFh(RpcAuthFlavor clntFlavor, Cred cred, NfsFh fh,
            int fmode) {
        if (nfsLocalio.design().newest()) {
            // [D] callers pass a cache slot; one-shot callers get a context of their own.
            NfsFileLocalio nfl = new NfsFileLocalio();
            return nfsOpenLocalFh(clntFlavor, cred, fh, nfl, nfl.slot(fmode), fmode);
        }
        NfsdLocalioOperations nfsTo = nfsLocalio.nfsTo();
        ErrPtr<Net> got = netTryGet(fh, fmode,
                nfsLocalio.design() == LocalioDesign.INTERLOCK ? nfsTo::nfsdServTryGet : null, "nfsd_serv_try_get");
        if (got.isErr()) {
            return got.errCast();
        }
        Net n = got.value();
        ErrPtr<OpaqueNfsdFile> localio = nfsTo.nfsdOpenLocalFh(n, dom, clntFlavor, cred, fh, fmode);
        if (localio.isErr() && nfsLocalio.design() == LocalioDesign.INTERLOCK) {
            kernel.rcu().rcuReadLock();
            try {
                nfsTo.nfsdServPut(n);
            } finally {
                kernel.rcu().rcuReadUnlock();
            }
        }
        kernel.trace().event(new NfsCommonTrace.NfsOpenLocalFh(fh, fmode,
                localio.isErr() ? localio.errno().negative() : 0, null));
        return localio;
    }

    /**
     * The RCU section both designs open the file from: reads {@code net} and, unless {@code tryGet} is
     * {@code null} (no interlock), takes nfsd's reference on it before leaving; {@code -ENXIO} if either
     * fails ({@code tryGetName} says which check refused, for the trace).
     */
    private ErrPtr<Net> netTryGet(NfsFh fh, int fmode, java.util.function.Predicate<Net> tryGet, String tryGetName) {
        kernel.rcu().rcuReadLock();
        try {
            Net n = net.rcuDereference();
            if (n == null) {
                return enxio(fh, fmode, "net").errCast();
            }
            if (tryGet != null && !tryGet.test(n)) {
                return enxio(fh, fmode, tryGetName).errCast();
            }
            return ErrPtr.ptr(n);
        } finally {
            kernel.rcu().rcuReadUnlock();
        }
    }

    private ErrPtr<OpaqueNfsdFile> enxio(NfsFh fh, int fmode, String why) {
        kernel.trace().event(new NfsCommonTrace.NfsOpenLocalFh(fh, fmode, Errno.ENXIO.negative(), why));
        return ErrPtr.err(Errno.ENXIO);
    }

    // ---- design [D] -------------------------------------------------------------------------

    /** [D] {@code nfs3_localio_probe_count++}: the count before this IO. */
    public int nfs3LocalioProbeCountInc() {
        synchronized (lock) {
            return nfs3LocalioProbeCount++;
        }
    }

    /** Names the client this uuid is embedded in, for traces. */
    public void setOwner(String owner) {
        this.owner = owner;
    }

    /**
     * [D] {@code nfs_localio_enable_client()}: only a trace; {@code nfs_uuid_is_local()} already made
     * the client local by publishing {@code net}.
     */
    @KernelSymbol(value = "nfs_localio_enable_client()", file = "fs/nfs_common/nfslocalio.c")
    public void nfsLocalioEnableClient() {
        kernel.trace().event(new NfsCommonTrace.NfsLocalioEnableClient(owner));
    }

    /** [D] {@code nfs_localio_disable_client()}: {@code nfs_uuid_put()}, traced when it let go of a server. */
    @KernelSymbol(value = "nfs_localio_disable_client()", file = "fs/nfs_common/nfslocalio.c")
    public void nfsLocalioDisableClient() {
        if (nfsUuidPut()) {
            kernel.trace().event(new NfsCommonTrace.NfsLocalioDisableClient(owner));
        }
    }

    /**
     * [D] {@code nfs_uuid_put()}: the long form of {@code nfs_uuid_init()}. Under {@code lock}: clears
     * {@code net}, drops {@code dom}, then puts every cached file of every open context on
     * {@code files} (each file's put also puts its net reference), waiting for a context that
     * {@code nfs_close_local_fh()} is closing at the same time; then leaves the server's
     * {@code local_clients} (under its {@code list_lock}) and gives back the nfsd module.
     *
     * @return whether the uuid was local
     */
    @KernelSymbol(value = "nfs_uuid_put()", file = "fs/nfs_common/nfslocalio.c")
    boolean nfsUuidPut() {
        synchronized (lock) {
            if (net.rcuAccessPointer() == null) {
                return false;
            }
            net.rcuInitPointer(null);
            if (dom != null) {
                dom.authDomainPut();
                dom = null;
            }
            NfsFileLocalio nfl;
            while ((nfl = firstFile()) != null) {
                if (nfl.nfsUuid == null) {
                    // nfs_close_local_fh() is closing it: wait until it unlinks (wait_var_event_spinlock()).
                    while (firstFile() == nfl) {
                        waitOnLock();
                    }
                    continue;
                }
                files.listDel(nfl);
                nfl.onFiles = false;
                releaseLockAndPut(nfl);
                // Now a racing nfs_close_local_fh() may skip the locking (store_release_wake_up()).
                nfl.nfsUuid = null;
                lock.notifyAll();
            }
            if (listLock != null) {
                synchronized (listLock) {
                    listDelInit();
                }
                listLock = null;
            }
            nfsLocalio.nfsdMod.modulePut();
            return true;
        }
    }

    private NfsFileLocalio firstFile() {
        java.util.List<NfsFileLocalio> all = files.entries();
        return all.isEmpty() ? null : all.get(0);
    }

    private void waitOnLock() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for nfs_close_local_fh()", e);
        }
    }

    /** Puts both cached files of {@code nfl} with {@code lock} released, as the kernel drops the spinlock to put. */
    private void releaseLockAndPut(NfsFileLocalio nfl) {
        // Java cannot leave a synchronized block in the middle; the puts never take this uuid's lock,
        // so holding it across them changes no order the kernel allows.
        nfsLocalio.nfsToNfsdFilePutLocal(nfl.roFile);
        nfsLocalio.nfsToNfsdFilePutLocal(nfl.rwFile);
    }

    /**
     * [D] {@code nfs_uuid_add_file()}: puts {@code nfl} on {@code files} unless it is there already;
     * fails with {@code -ENXIO} when {@code net} is gone, i.e. when the open raced
     * {@code nfs_uuid_put()}, which would never see the file. {@link LocalioDesign#NEWEST_UNCHECKED_ADD_FILE}
     * leaves that check out.
     *
     * @return 0 or {@code -ENXIO}
     */
    @KernelSymbol(value = "nfs_uuid_add_file()", file = "fs/nfs_common/nfslocalio.c")
    int nfsUuidAddFile(NfsFileLocalio nfl) {
        synchronized (lock) {
            if (nfsLocalio.design() == LocalioDesign.NEWEST && net.rcuAccessPointer() == null) {
                return Errno.ENXIO.negative();
            }
            if (!nfl.onFiles) {
                nfl.nfsUuid = this;
                nfl.onFiles = true;
                files.listAddTail(nfl);
            }
            return 0;
        }
    }

    /**
     * [D] {@code nfs_open_local_fh()}: as [A], but nfsd opens into the context's cache slot
     * {@code pnf} and takes the references the file needs itself; nfs_common adds the context to
     * {@code files} (and puts the cached file again if that fails because the client was put in the
     * meantime), then puts the net reference it took, outside RCU.
     */
    public ErrPtr<OpaqueNfsdFile> nfsOpenLocalFh(RpcAuthFlavor clntFlavor, Cred cred, NfsFh fh,
            NfsFileLocalio nfl, AtomicReference<OpaqueNfsdFile> pnf, int fmode) {
        NfsdLocalioOperations nfsTo = nfsLocalio.nfsTo();
        ErrPtr<Net> got = netTryGet(fh, fmode, nfsTo::nfsdNetTryGet, "nfsd_net_try_get");
        if (got.isErr()) {
            return got.errCast();
        }
        Net n = got.value();
        ErrPtr<OpaqueNfsdFile> localio = nfsTo.nfsdOpenLocalFh(n, dom, clntFlavor, cred, fh, pnf, fmode);
        if (!localio.isErr() && nfsUuidAddFile(nfl) < 0) {
            // Racing nfs_uuid_put(): delete the cached file, nobody else would.
            nfsLocalio.nfsToNfsdFilePutLocal(pnf);
        }
        nfsLocalio.nfsToNfsdNetPut(n);
        kernel.trace().event(new NfsCommonTrace.NfsOpenLocalFh(fh, fmode,
                localio.isErr() ? localio.errno().negative() : 0, null));
        return localio;
    }

    /** {@code uuid_gen()}: a random (version 4, RFC 9562 variant) uuid. */
    private static byte[] uuidGen() {
        byte[] b = new byte[UUID_SIZE];
        ThreadLocalRandom.current().nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        return b;
    }

    /** The uuid in its RFC 9562 text form, as the server's trace prints what it decoded. */
    private static UUID uuidOf(byte[] b) {
        ByteBuffer raw = ByteBuffer.wrap(b);
        return new UUID(raw.getLong(), raw.getLong());
    }

    /** A copy of {@code uuid}: what the probe sends in UUID_IS_LOCAL. */
    public byte[] uuid() {
        synchronized (nfsLocalio.nfsUuidLock) {
            return uuid.clone();
        }
    }

    /**
     * {@code rcu_access_pointer(nfs_uuid->net)}: the server's namespace if the server confirmed
     * this client; for NULL tests and observation only.
     */
    public Net netAccess() {
        return net.rcuAccessPointer();
    }

    /** {@code nfs_uuid->dom}. */
    public AuthDomain dom() {
        synchronized (nfsLocalio.nfsUuidLock) {
            return dom;
        }
    }

    /** The name of the list this uuid is on, or {@code null} ({@code list_empty}). */
    public String onList() {
        synchronized (nfsLocalio.nfsUuidLock) {
            return onList == null ? null : onList.name();
        }
    }
}

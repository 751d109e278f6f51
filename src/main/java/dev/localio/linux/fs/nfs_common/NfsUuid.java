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
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client's LOCALIO identity: the nonce it sends in UUID_IS_LOCAL, the list it is on (the global
 * {@code nfs_uuids} while a probe is in flight, then nfsd's {@code nn->local_clients}), and what
 * the server wrote into it: {@code net}, an uncounted RCU pointer to the server's namespace, and
 * {@code dom}, a counted auth_domain. In design [A] the host's single {@code nfs_uuid_lock}
 * guards all of it.
 *
 * <p>Models include/linux/nfslocalio.h: {@code nfs_uuid_t}; fs/nfs_common/nfslocalio.c (v6.12):
 * {@code nfs_uuid_init()}, {@code nfs_uuid_begin()}, {@code nfs_uuid_end()},
 * {@code nfs_uuid_put_locked()}, {@code nfs_uuid_invalidate_one_client()},
 * {@code nfs_open_local_fh()}.
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
     * {@code nfs_uuid_end()}: ends a probe. If no server claimed the uuid ({@code net} still
     * NULL), takes it off {@code nfs_uuids}; a claimed uuid stays on the server's list.
     */
    @KernelSymbol(value = "nfs_uuid_end()", file = "fs/nfs_common/nfslocalio.c")
    public void nfsUuidEnd() {
        if (net.rcuAccessPointer() == null) {
            synchronized (nfsLocalio.nfsUuidLock) {
                if (net.rcuAccessPointer() == null) {
                    listDelInit();
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
        NfsdLocalioOperations nfsTo = nfsLocalio.nfsTo();
        Net n;
        kernel.rcu().rcuReadLock();
        try {
            n = net.rcuDereference();
            if (n == null) {
                return enxio(fh, fmode, "net");
            }
            if (nfsLocalio.design() == LocalioDesign.INTERLOCK && !nfsTo.nfsdServTryGet(n)) {
                return enxio(fh, fmode, "nfsd_serv_try_get");
            }
        } finally {
            kernel.rcu().rcuReadUnlock();
        }
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

    private ErrPtr<OpaqueNfsdFile> enxio(NfsFh fh, int fmode, String why) {
        kernel.trace().event(new NfsCommonTrace.NfsOpenLocalFh(fh, fmode, Errno.ENXIO.negative(), why));
        return ErrPtr.err(Errno.ENXIO);
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

package dev.localio.linux.fs.nfs_common;

import static org.assertj.core.api.Assertions.assertThat;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;

import dev.localio.linux.fs.File;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.ListHead;
import dev.localio.linux.kernel.Module;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.NetNamespace;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.AuthDomainTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NfsUuidTest {

    private final Kernel kernel = new Kernel("nfs-common-test");
    private final NetNamespace netns = new NetNamespace(kernel);
    private final AuthDomainTable svcauth = new AuthDomainTable(kernel);
    private final FakeNfsd nfsd = new FakeNfsd();
    private final ListHead<NfsUuid> localClients = new ListHead<>("nn->local_clients");
    private final Net serverNet = netns.copyNetNs("c1").value();
    private final AuthDomain dom = svcauth.unixDomainFind("*");
    private final Module nfsdModule = new Module(kernel, "nfsd");
    private static final NfsFh FH = NfsFh.of(new byte[20]);

    @AfterEach
    void close() {
        kernel.close();
    }

    /** nfsd's table as nfs_common sees it, recording what it was called with. */
    private final class FakeNfsd implements NfsdLocalioOperations {
        boolean tryGetSucceeds = true;
        Errno openError;
        final List<String> calls = new ArrayList<>();
        final OpaqueNfsdFile file = new OpaqueNfsdFile() {
        };

        @Override
        public boolean nfsdServTryGet(Net net) {
            calls.add("try_get(" + net.name() + ") rcu=" + kernel.rcu().rcuReadLockHeld());
            return tryGetSucceeds;
        }

        @Override
        public void nfsdServPut(Net net) {
            calls.add("put(" + net.name() + ")");
        }

        @Override
        public ErrPtr<OpaqueNfsdFile> nfsdOpenLocalFh(Net net, AuthDomain d, RpcAuthFlavor flavor,
                Cred cred, NfsFh fh, int fmode) {
            calls.add("open(" + net.name() + ", " + d.name() + ", " + flavor + ") rcu="
                    + kernel.rcu().rcuReadLockHeld());
            return openError == null ? ErrPtr.ptr(file) : ErrPtr.err(openError);
        }

        @Override
        public void nfsdFilePutLocal(OpaqueNfsdFile f) {
            calls.add("file_put_local rcu=" + kernel.rcu().rcuReadLockHeld());
        }

        @Override
        public File nfsdFileFile(OpaqueNfsdFile f) {
            return null;
        }

        @Override
        public boolean nfsdNetTryGet(Net net) {
            calls.add("net_try_get(" + net.name() + ") rcu=" + kernel.rcu().rcuReadLockHeld());
            return tryGetSucceeds;
        }

        @Override
        public void nfsdNetPut(Net net) {
            calls.add("net_put(" + net.name() + ") rcu=" + kernel.rcu().rcuReadLockHeld());
        }

        @Override
        public ErrPtr<OpaqueNfsdFile> nfsdOpenLocalFh(Net net, AuthDomain d, RpcAuthFlavor flavor, Cred cred,
                NfsFh fh, java.util.concurrent.atomic.AtomicReference<OpaqueNfsdFile> pnf, int fmode) {
            calls.add("open_cached(" + net.name() + ") rcu=" + kernel.rcu().rcuReadLockHeld());
            if (openError != null) {
                return ErrPtr.err(openError);
            }
            pnf.compareAndSet(null, file);
            return ErrPtr.ptr(file);
        }

        @Override
        public Net nfsdFilePutLocal(java.util.concurrent.atomic.AtomicReference<OpaqueNfsdFile> pnf) {
            OpaqueNfsdFile f = pnf.getAndSet(null);
            calls.add("file_put_local(slot" + (f == null ? " empty" : "") + ") rcu=" + kernel.rcu().rcuReadLockHeld());
            return f == null ? null : serverNet;
        }

        @Override
        public OpaqueNfsdFile nfsdFileGetLocal(OpaqueNfsdFile f) {
            return f;
        }

        @Override
        public dev.localio.linux.fs.DioAlignment nfsdFileDioAlignment(OpaqueNfsdFile f) {
            return dev.localio.linux.fs.DioAlignment.NONE;
        }
    }

    private NfsLocalio nfsLocalio(LocalioDesign design) {
        NfsLocalio l = new NfsLocalio(kernel, design);
        l.setNfsTo(nfsd);
        return l;
    }

    private final NfsLocalio common = nfsLocalio(LocalioDesign.INTERLOCK);

    /** A client that probed and was confirmed by the server of {@code serverNet}. */
    private NfsUuid localClient(NfsLocalio l) {
        NfsUuid uuid = l.nfsUuidInit();
        uuid.nfsUuidBegin();
        l.nfsUuidIsLocal(uuid.uuid(), localClients, serverNet, dom, nfsdModule);
        uuid.nfsUuidEnd();
        return uuid;
    }

    @Nested
    class the_probe {

        @Test
        void begin_makes_a_fresh_version_4_uuid_and_puts_it_on_nfs_uuids() {
            NfsUuid uuid = common.nfsUuidInit();
            assertThat(uuid.nfsUuidBegin()).isTrue();
            byte[] first = uuid.uuid();
            assertThat(first).hasSize(NfsUuid.UUID_SIZE);
            assertThat(first[6] & 0xf0).isEqualTo(0x40);
            assertThat(uuid.onList()).isEqualTo("nfs_uuids");
            assertThat(common.inFlightProbes()).isEqualTo(1);
            uuid.nfsUuidEnd();
            assertThat(uuid.nfsUuidBegin()).isTrue();
            assertThat(uuid.uuid()).isNotEqualTo(first);
        }

        @Test
        void begin_fails_while_a_probe_is_in_flight() {
            NfsUuid uuid = common.nfsUuidInit();
            uuid.nfsUuidBegin();
            assertThat(uuid.nfsUuidBegin()).isFalse();
        }

        @Test
        void end_without_a_server_claim_takes_the_uuid_off_nfs_uuids() {
            NfsUuid uuid = common.nfsUuidInit();
            uuid.nfsUuidBegin();
            uuid.nfsUuidEnd();
            assertThat(uuid.onList()).isNull();
            assertThat(uuid.netAccess()).isNull();
            assertThat(common.inFlightProbes()).isZero();
        }

        @Test
        void is_local_moves_the_uuid_to_the_servers_list_takes_a_dom_ref_and_publishes_net() {
            int domRefs = dom.ref().krefRead();
            NfsUuid uuid = localClient(common);
            assertThat(uuid.onList()).isEqualTo("nn->local_clients");
            assertThat(localClients.contains(uuid)).isTrue();
            assertThat(uuid.netAccess()).isSameAs(serverNet);
            assertThat(uuid.dom()).isSameAs(dom);
            assertThat(dom.ref().krefRead()).isEqualTo(domRefs + 1);
            assertThat(common.inFlightProbes()).isZero();
        }

        @Test
        void each_confirmed_client_holds_a_reference_on_the_nfsd_module() {
            localClient(common);
            localClient(common);
            assertThat(nfsdModule.moduleRefcount()).isEqualTo(2);
        }

        @Test
        void is_local_with_an_unknown_uuid_changes_nothing() {
            NfsUuid uuid = common.nfsUuidInit();
            uuid.nfsUuidBegin();
            common.nfsUuidIsLocal(new byte[NfsUuid.UUID_SIZE], localClients, serverNet, dom, nfsdModule);
            uuid.nfsUuidEnd();
            assertThat(uuid.netAccess()).isNull();
            assertThat(localClients.listEmpty()).isTrue();
            assertThat(nfsdModule.moduleRefcount()).as("references on the nfsd module").isZero();
            assertThat(kernel.trace().events(NfsCommonTrace.NfsUuidIsLocal.class)).singleElement()
                    .satisfies(e -> assertThat(e.found()).isFalse());
        }
    }

    @Nested
    class invalidation {

        @Test
        void invalidate_clients_clears_net_drops_dom_and_unlinks_every_client() {
            int domRefs = dom.ref().krefRead();
            NfsUuid a = localClient(common);
            NfsUuid b = localClient(common);
            common.nfsUuidInvalidateClients(localClients);
            for (NfsUuid u : List.of(a, b)) {
                assertThat(u.netAccess()).isNull();
                assertThat(u.dom()).isNull();
                assertThat(u.onList()).isNull();
            }
            assertThat(localClients.listEmpty()).isTrue();
            assertThat(dom.ref().krefRead()).isEqualTo(domRefs);
            assertThat(nfsdModule.moduleRefcount()).as("references on the nfsd module").isZero();
        }

        @Test
        void invalidate_one_client_is_the_disable_path() {
            NfsUuid a = localClient(common);
            NfsUuid b = localClient(common);
            a.nfsUuidInvalidateOneClient();
            assertThat(a.netAccess()).isNull();
            assertThat(localClients.entries()).containsExactly(b);
            assertThat(b.netAccess()).isSameAs(serverNet);
            assertThat(nfsdModule.moduleRefcount()).as("references on the nfsd module").isEqualTo(1);
        }

        @Test
        void a_client_without_net_gives_back_no_module_reference() {
            NfsUuid a = localClient(common);
            a.nfsUuidInvalidateOneClient();
            a.nfsUuidInvalidateOneClient();
            common.nfsUuidInvalidateClients(localClients);
            assertThat(nfsdModule.moduleRefcount()).isZero();
            assertThat(kernel.warnings()).isEmpty();
        }

        @Test
        void the_last_dom_reference_frees_the_domain() {
            NfsUuid a = localClient(common);
            dom.authDomainPut(); // the test's own reference
            assertThat(dom.isFreed()).isFalse();
            a.nfsUuidInvalidateOneClient();
            assertThat(dom.isFreed()).isTrue();
        }
    }

    @Nested
    class nfs_open_local_fh {

        @Test
        void a_client_that_is_not_local_gets_enxio_without_entering_nfsd() {
            NfsUuid uuid = common.nfsUuidInit();
            assertThat(uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, Cred.of(1000, 1000), FH,
                    Fmode.FMODE_READ).errno()).isEqualTo(Errno.ENXIO);
            assertThat(nfsd.calls).isEmpty();
        }

        @Test
        void a_failed_serv_try_get_is_enxio() {
            NfsUuid uuid = localClient(common);
            nfsd.tryGetSucceeds = false;
            assertThat(uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, Cred.of(1000, 1000), FH,
                    Fmode.FMODE_READ).errno()).isEqualTo(Errno.ENXIO);
            assertThat(nfsd.calls).containsExactly("try_get(c1) rcu=true");
        }

        @Test
        void try_get_runs_under_rcu_and_nfsd_gets_net_and_dom_outside_it() {
            NfsUuid uuid = localClient(common);
            ErrPtr<OpaqueNfsdFile> f = uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX,
                    Cred.of(1000, 1000), FH, Fmode.FMODE_READ);
            assertThat(f.value()).isSameAs(nfsd.file);
            assertThat(nfsd.calls).containsExactly("try_get(c1) rcu=true",
                    "open(c1, *, RPC_AUTH_UNIX) rcu=false");
        }

        @Test
        void an_nfsd_error_drops_the_serv_reference_and_is_returned() {
            NfsUuid uuid = localClient(common);
            nfsd.openError = Errno.EACCES;
            assertThat(uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, Cred.of(1000, 1000), FH,
                    Fmode.FMODE_READ).errno()).isEqualTo(Errno.EACCES);
            assertThat(nfsd.calls).containsExactly("try_get(c1) rcu=true",
                    "open(c1, *, RPC_AUTH_UNIX) rcu=false", "put(c1)");
        }

        @Test
        void the_put_local_helper_runs_inside_rcu() {
            common.nfsToNfsdFilePutLocal(nfsd.file);
            assertThat(nfsd.calls).containsExactly("file_put_local rcu=true");
        }

        @Test
        void the_pre_interlock_variant_enters_nfsd_without_a_serv_reference() {
            NfsLocalio pre = nfsLocalio(LocalioDesign.PRE_INTERLOCK);
            NfsUuid uuid = localClient(pre);
            nfsd.openError = Errno.EACCES;
            uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, Cred.of(1000, 1000), FH, Fmode.FMODE_READ);
            assertThat(nfsd.calls).containsExactly("open(c1, *, RPC_AUTH_UNIX) rcu=false");
        }
    }

    /** Design [D] (the newest mainline's fs/nfs_common/nfslocalio.c). */
    @Nested
    class design_d {

        private final NfsLocalio newest = nfsLocalio(LocalioDesign.NEWEST);

        @Test
        void an_open_caches_the_file_in_its_context_and_puts_nfs_commons_net_reference_outside_rcu() {
            NfsUuid uuid = localClient(newest);
            NfsFileLocalio nfl = new NfsFileLocalio();

            ErrPtr<OpaqueNfsdFile> open = uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, Cred.of(1000, 1000), FH, nfl,
                    nfl.slot(Fmode.FMODE_READ), Fmode.FMODE_READ);

            assertThat(open.isErr()).isFalse();
            assertThat(nfl.cached()).isEqualTo(1);
            assertThat(nfl.onFilesList()).isTrue();
            assertThat(nfsd.calls).containsExactly("net_try_get(c1) rcu=true", "open_cached(c1) rcu=false",
                    "net_put(c1) rcu=true");
        }

        @Test
        void disabling_the_client_puts_what_its_contexts_cached_file_first_then_its_net_reference() {
            NfsUuid uuid = localClient(newest);
            NfsFileLocalio nfl = new NfsFileLocalio();
            uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, Cred.of(1000, 1000), FH, nfl, nfl.slot(Fmode.FMODE_READ),
                    Fmode.FMODE_READ);
            nfsd.calls.clear();

            uuid.nfsLocalioDisableClient();

            assertThat(uuid.netAccess()).isNull();
            assertThat(nfl.cached()).isZero();
            assertThat(nfsd.calls).containsExactly("file_put_local(slot) rcu=false", "net_put(c1) rcu=true",
                    "file_put_local(slot empty) rcu=false");
            assertThat(localClients.entries()).isEmpty();
        }

        @Test
        void an_open_that_loses_the_race_with_the_clients_put_deletes_the_file_it_cached() {
            NfsUuid uuid = localClient(newest);
            NfsFileLocalio nfl = new NfsFileLocalio();
            // nfs_uuid_put() ran between the open's try_get and its nfs_uuid_add_file().
            uuid.nfsLocalioDisableClient();

            assertThat(uuid.nfsUuidAddFile(nfl)).isEqualTo(Errno.ENXIO.negative());
            assertThat(nfl.onFilesList()).isFalse();
        }

        @Test
        void without_the_check_the_same_race_leaves_the_file_on_a_client_nobody_will_put_again() {
            NfsLocalio unchecked = nfsLocalio(LocalioDesign.NEWEST_UNCHECKED_ADD_FILE);
            NfsUuid uuid = localClient(unchecked);
            NfsFileLocalio nfl = new NfsFileLocalio();
            uuid.nfsLocalioDisableClient();

            assertThat(uuid.nfsUuidAddFile(nfl)).isZero();
            assertThat(nfl.onFilesList()).isTrue();
        }

        @Test
        void closing_the_context_puts_its_files_and_takes_it_off_the_clients_list() {
            NfsUuid uuid = localClient(newest);
            NfsFileLocalio nfl = new NfsFileLocalio();
            uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, Cred.of(1000, 1000), FH, nfl, nfl.slot(Fmode.FMODE_WRITE),
                    Fmode.FMODE_WRITE);

            newest.nfsCloseLocalFh(nfl);

            assertThat(nfl.cached()).isZero();
            assertThat(nfl.onFilesList()).isFalse();
            assertThat(uuid.netAccess()).as("closing a file does not disable the client").isNotNull();
        }

        @Test
        void begin_refuses_a_client_that_is_local_already() {
            NfsUuid uuid = localClient(newest);
            assertThat(uuid.nfsUuidBegin()).isFalse();
        }
    }
}

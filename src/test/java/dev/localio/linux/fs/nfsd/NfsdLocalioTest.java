package dev.localio.linux.fs.nfsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.fs.File;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.SvcCred;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NfsdLocalioTest {

    @TempDir
    Path dir;
    private ServerFixture f;
    private NfsUuid uuid;

    @BeforeEach
    void setUp() {
        f = new ServerFixture(dir, "rw,insecure");
        uuid = f.probe();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void uuid_is_local_puts_the_client_on_the_namespaces_local_clients() {
        assertThat(uuid.netAccess()).isSameAs(f.c1.net());
        assertThat(uuid.dom().name()).isEqualTo("*");
        assertThat(f.nn().localClients().entries()).containsExactly(uuid);
        assertThat(f.host.subsystems().kernel().trace().counterValue("localio_proc_uuid_is_local")).isEqualTo(1);
    }

    @Test
    void a_local_open_reads_the_file_through_nfsd_file_file() throws Exception {
        OpaqueNfsdFile file = f.open(uuid, ServerFixture.USER, "data", Fmode.FMODE_READ).value();
        File fc = f.host.subsystems().nfsLocalio().nfsTo().nfsdFileFile(file);
        ByteBuffer buf = ByteBuffer.allocate(64);
        fc.vfsIterRead(buf, 0);
        assertThat(new String(buf.array(), 0, buf.position())).isEqualTo("hello localio");
        NfsdFile nf = (NfsdFile) file;
        assertThat(nf.nfNet()).isSameAs(f.c1.net());
        assertThat(nf.nfMay() & Vfs.NFSD_MAY_LOCALIO).isNotZero();
        f.host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(file);
        assertThat(nf.isFreed()).isTrue();
        assertThatThrownBy(() -> fc.vfsIterRead(ByteBuffer.allocate(1), 0))
                .as("the last put closed the file").isInstanceOf(ClosedChannelException.class);
    }

    @Test
    void every_last_put_is_counted_as_a_free_and_a_local_files_also_as_a_local_free() {
        OpaqueNfsdFile local = f.open(uuid, ServerFixture.USER, "data", Fmode.FMODE_READ).value();
        AtomicReference<NfsdFile> viaRpc = new AtomicReference<>();
        SvcFh fh = new SvcFh(f.fh("data"));
        assertThat(f.nfsd().filecache().nfsdFileAcquire(f.rqst(SvcCred.authUnix(1000, 1000)), fh, Vfs.NFSD_MAY_READ,
                viaRpc).ok()).isTrue();
        fh.fhPut();
        assertThat(f.host.subsystems().kernel().trace().counterValue("nfsd_file_free")).isZero();

        f.nfsd().filecache().nfsdFilePut(viaRpc.get());
        f.host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(local);

        assertThat(f.host.subsystems().kernel().trace().counterValue("nfsd_file_open")).isEqualTo(2);
        assertThat(f.host.subsystems().kernel().trace().counterValue("nfsd_file_free")).isEqualTo(2);
        assertThat(f.host.subsystems().kernel().trace().counterValue("nfsd_file_free_localio")).isEqualTo(1);
    }

    @Test
    void no_file_handle_longer_than_nfs4_fhsize_reaches_nfsd_and_the_largest_passes_the_size_check() {
        // struct nfs_fh holds at most NFS4_FHSIZE bytes: nfsd_open_local_fh()'s -EINVAL only guards that.
        assertThatThrownBy(() -> NfsFh.of(new byte[Nfs.NFS4_FHSIZE + 1]))
                .isInstanceOf(IllegalArgumentException.class);
        NfsFh largest = NfsFh.of(new byte[Nfs.NFS4_FHSIZE]);
        AuthDomain dom = uuid.dom();
        ErrPtr<OpaqueNfsdFile> r = f.host.subsystems().nfsLocalio().nfsTo().nfsdOpenLocalFh(f.c1.net(), dom,
                RpcAuthFlavor.RPC_AUTH_UNIX, ServerFixture.USER, largest, Fmode.FMODE_READ);
        assertThat(r.errno()).as("past the size check: a handle nfsd did not make").isEqualTo(Errno.EBADHANDLE);
        ErrPtr<OpaqueNfsdFile> viaCommon = uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX,
                ServerFixture.USER, largest, Fmode.FMODE_READ);
        assertThat(viaCommon.errno()).isEqualTo(Errno.EBADHANDLE);
        assertThat(f.nn().nfsdServRef().count()).as("the error path dropped the serv ref").isEqualTo(1);
    }

    @Test
    void a_handle_of_an_inode_that_does_not_exist_is_estale() {
        byte[] raw = f.fh("data").data();
        raw[10] = 0x7f; // another inode number
        ErrPtr<OpaqueNfsdFile> r = uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, ServerFixture.USER,
                NfsFh.of(raw), Fmode.FMODE_READ);
        assertThat(r.errno()).isEqualTo(Errno.ESTALE);
    }

    @Test
    void a_garbled_handle_is_ebadhandle() {
        ErrPtr<OpaqueNfsdFile> r = uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, ServerFixture.USER,
                NfsFh.of(new byte[] {9, 9, 9}), Fmode.FMODE_READ);
        assertThat(r.errno()).isEqualTo(Errno.EBADHANDLE);
    }

    @Test
    void a_directory_cannot_be_opened_for_io() {
        ErrPtr<OpaqueNfsdFile> r = f.open(uuid, ServerFixture.USER, "", Fmode.FMODE_READ);
        assertThat(r.errno()).isEqualTo(Errno.EISDIR);
    }

    @Test
    void the_flavor_check_is_skipped_for_localio_as_in_the_kernel() {
        // The client only presents handles RPC already vetted, so a local open has no flavor check.
        ErrPtr<OpaqueNfsdFile> r = uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_GSS_KRB5,
                ServerFixture.USER, f.fh("data"), Fmode.FMODE_READ);
        assertThat(r.isErr()).isFalse();
        f.host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(r.value());
    }

    @Nested
    class when_the_server_goes_away {

        @Test
        void after_nfsd_stops_the_open_is_enxio_because_the_serv_ref_is_dead() {
            NfsFh fh = f.fh("data");
            f.c1.nfsd().stop();
            assertThat(uuid.netAccess()).as("pre_exit did not run").isSameAs(f.c1.net());
            assertThat(uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, ServerFixture.USER, fh,
                    Fmode.FMODE_READ).errno()).isEqualTo(Errno.ENXIO);
            assertThat(f.host.subsystems().kernel().trace().counterValue("nfsd_serv_try_get_fail")).isEqualTo(1);
        }

        @Test
        void after_the_container_stops_the_open_is_enxio_because_net_was_cleared() {
            byte[] fh = f.fh("data").data();
            f.c1.stop();
            assertThat(uuid.netAccess()).isNull();
            assertThat(uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, ServerFixture.USER,
                    NfsFh.of(fh), Fmode.FMODE_READ).errno()).isEqualTo(Errno.ENXIO);
            assertThat(f.host.subsystems().kernel().kasan().reports()).isEmpty();
        }
    }

    @Test
    void the_open_uses_the_domain_captured_at_uuid_is_local() {
        Cred user = ServerFixture.USER;
        NfsFh fh = f.fh("data");
        AuthDomain other = f.host.subsystems().sunrpc().authDomainTable().unixDomainFind("10.0.0.0/8");
        ErrPtr<OpaqueNfsdFile> r = f.host.subsystems().nfsLocalio().nfsTo().nfsdOpenLocalFh(f.c1.net(), other,
                RpcAuthFlavor.RPC_AUTH_UNIX, user, fh, Fmode.FMODE_READ);
        assertThat(r.errno()).as("no export for that domain").isEqualTo(Errno.ESTALE);
    }

    @Nested
    class export_options_apply_as_for_rpc {

        @TempDir
        Path other;

        private Errno openAs(String options, Cred cred, String file, int fmode) {
            try (ServerFixture g = new ServerFixture(other, options)) {
                NfsUuid u = g.probe();
                ErrPtr<OpaqueNfsdFile> r = g.open(u, cred, file, fmode);
                if (!r.isErr()) {
                    g.host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(r.value());
                }
                return r.errno();
            }
        }

        @Test
        void root_squash_denies_root_a_root_only_file() {
            assertThat(f.open(uuid, ServerFixture.ROOT, "secret", Fmode.FMODE_READ).errno())
                    .isEqualTo(Errno.EACCES);
        }

        @Test
        void root_squash_lets_squashed_root_read_a_world_readable_file() {
            ErrPtr<OpaqueNfsdFile> r = f.open(uuid, ServerFixture.ROOT, "data", Fmode.FMODE_READ);
            assertThat(r.isErr()).isFalse();
            f.host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(r.value());
        }

        @Test
        void no_root_squash_lets_root_open_a_root_only_file_for_writing() {
            assertThat(openAs("rw,no_root_squash", ServerFixture.ROOT, "secret",
                    Fmode.FMODE_READ | Fmode.FMODE_WRITE)).isNull();
        }

        @Test
        void all_squash_maps_the_owner_away_from_their_own_file() {
            assertThat(openAs("rw,all_squash,anonuid=2000,anongid=2000", ServerFixture.USER, "mine",
                    Fmode.FMODE_READ)).isEqualTo(Errno.EACCES);
        }

        @Test
        void all_squash_opens_the_anonymous_users_file_for_anyone() {
            assertThat(openAs("rw,all_squash,anonuid=2000,anongid=2000", Cred.of(4242, 4242), "anon",
                    Fmode.FMODE_READ)).isNull();
        }

        @Test
        void anonuid_gives_squashed_root_that_users_files() {
            assertThat(openAs("rw,anonuid=1000,anongid=1000", ServerFixture.ROOT, "mine",
                    Fmode.FMODE_READ)).isNull();
        }

        @Test
        void a_read_only_export_refuses_a_write_open_with_erofs() {
            assertThat(openAs("ro,insecure", ServerFixture.USER, "mine", Fmode.FMODE_WRITE))
                    .isEqualTo(Errno.EROFS);
        }

        @Test
        void other_users_get_the_permission_bits() {
            assertThat(f.open(uuid, Cred.of(1001, 1001), "mine", Fmode.FMODE_READ).errno())
                    .isEqualTo(Errno.EACCES);
        }
    }
}

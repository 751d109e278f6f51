package dev.localio.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.net.sunrpc.RpcAuth;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcStatus;
import dev.localio.linux.net.sunrpc.Rpcbind;
import dev.localio.linux.net.sunrpc.xdr.Dirpath;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Args;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Res;
import dev.localio.linux.net.sunrpc.xdr.LocalioUuidArg;
import dev.localio.linux.net.sunrpc.xdr.Lookup3Args;
import dev.localio.linux.net.sunrpc.xdr.Lookup3Res;
import dev.localio.linux.net.sunrpc.xdr.Mount3;
import dev.localio.linux.net.sunrpc.xdr.Mountres3;
import dev.localio.linux.net.sunrpc.xdr.Mountstat3;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.Nfsstat3;
import dev.localio.linux.net.sunrpc.xdr.Read3Args;
import dev.localio.linux.net.sunrpc.xdr.Read3Res;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import dev.localio.linux.net.sunrpc.xdr.Write3Args;
import dev.localio.linux.net.sunrpc.xdr.Write3Res;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dcache.oncrpc4j.xdr.XdrVoid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nfsd and mountd of a container, called over real RPC on 127.0.0.1. */
class NfsdInstanceTest {

    private static final RpcAuth USER = RpcAuth.authUnix(1000, 1000, new int[0], "client");
    private static final RpcAuth ROOT = RpcAuth.authUnix(0, 0, new int[0], "client");

    @TempDir
    Path dir;
    private Host host;
    private Container c1;
    private final List<RpcClnt> clients = new ArrayList<>();

    @BeforeEach
    void boot() {
        host = new Host("h1");
        c1 = host.container("c1").export("*", dir, "rw,insecure").start();
        c1.nfsd().tree(dir).createFile("data", 1000, 1000, 0644, "hello localio".getBytes(StandardCharsets.UTF_8));
        c1.nfsd().tree(dir).createFile("secret", 0, 0, 0600, "root only".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void shutDown() {
        clients.forEach(RpcClnt::rpcShutdownClient);
        host.close();
    }

    private RpcClnt nfs(RpcAuth auth) {
        return track(RpcClnt.rpcCreate(new InetSocketAddress("127.0.0.1", c1.nfsd().nfsPort()),
                Nfs.NFS_RPC_PROGRAM, Nfs3.NFS3_VERSION, auth).value());
    }

    private RpcClnt track(RpcClnt clnt) {
        clients.add(clnt);
        return clnt;
    }

    private NfsFh root() {
        return c1.nfsd().fh("*", dir, "");
    }

    private NfsFh lookup(RpcClnt clnt, String name) {
        Lookup3Res res = new Lookup3Res();
        assertThat(clnt.rpcCallSync(Nfs3.NFS3PROC_LOOKUP, new Lookup3Args(root(), name), res))
                .isEqualTo(RpcStatus.SUCCESS);
        assertThat(res.status()).isEqualTo(Nfsstat3.NFS3_OK);
        return res.object();
    }

    @Test
    void nfsd_listens_on_loopback_and_registers_nfs_3_and_4_and_mount_but_not_localio() {
        Rpcbind rpcbind = c1.nfsd().rpcbind();

        assertThat(rpcbind.rpcbDump()).extracting(Rpcbind.RpcbMapping::prog, Rpcbind.RpcbMapping::vers)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Nfs.NFS_PROGRAM, 3),
                        org.assertj.core.groups.Tuple.tuple(Nfs.NFS_PROGRAM, 4),
                        org.assertj.core.groups.Tuple.tuple(Mount3.MOUNT_PROGRAM, 3));
        assertThat(rpcbind.isRegistered(Nfs.NFS_LOCALIO_PROGRAM)).isFalse();
        assertThat(c1.nfsd().serv().svcXprtAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(rpcbind.rpcbGetport(Nfs.NFS_PROGRAM, 3, Rpcbind.IPPROTO_TCP)).isEqualTo(c1.nfsd().nfsPort());
    }

    @Test
    void the_nfsv3_procedures_reach_nfs3proc_with_the_callers_credential() throws Exception {
        RpcClnt nfs = nfs(USER);
        NfsFh data = lookup(nfs, "data");

        Read3Res read = new Read3Res();
        assertThat(nfs.rpcCallSync(Nfs3.NFS3PROC_READ, new Read3Args(data, 6, 100), read))
                .isEqualTo(RpcStatus.SUCCESS);
        assertThat(new String(read.data(), StandardCharsets.UTF_8)).isEqualTo("localio");
        assertThat(read.eof()).isTrue();

        Write3Res write = new Write3Res();
        nfs.rpcCallSync(Nfs3.NFS3PROC_WRITE, new Write3Args(data, 0, StableHow.NFS_FILE_SYNC,
                "HELLO".getBytes(StandardCharsets.UTF_8)), write);
        assertThat(write.status()).isEqualTo(Nfsstat3.NFS3_OK);
        assertThat(write.verf()).isEqualTo(ByteBuffer.wrap(c1.nfsd().nfsdNet().nfsdCopyWriteVerifier()).getLong());
        assertThat(Files.readString(dir.resolve("data"))).isEqualTo("HELLO localio");
        assertThat(host.subsystems().kernel().trace().counterValue("nfsd3_READ")).isEqualTo(1);
    }

    @Test
    void root_squash_applies_over_rpc_through_fh_verify() {
        RpcClnt asRoot = nfs(ROOT);
        Read3Res read = new Read3Res();

        asRoot.rpcCallSync(Nfs3.NFS3PROC_READ, new Read3Args(lookup(asRoot, "secret"), 0, 10), read);

        assertThat(read.status()).isEqualTo(Nfsstat3.NFS3ERR_ACCES);
    }

    @Test
    void a_client_gets_the_domain_of_the_most_specific_export_that_names_its_address() throws Exception {
        c1.export("10.0.0.0/8", dir, "rw");
        c1.export("10.1.0.0/16", dir, "rw");
        c1.export("10.1.2.3", dir, "rw,all_squash");

        assertThat(c1.nfsd().authDomainFor(InetAddress.getByName("10.1.2.3")).name()).isEqualTo("10.1.2.3");
        assertThat(c1.nfsd().authDomainFor(InetAddress.getByName("10.1.9.9")).name()).isEqualTo("10.1.0.0/16");
        assertThat(c1.nfsd().authDomainFor(InetAddress.getByName("10.9.9.9")).name()).isEqualTo("10.0.0.0/8");
        assertThat(c1.nfsd().authDomainFor(InetAddress.getByName("192.0.2.1")).name()).as("'*' comes last")
                .isEqualTo("*");
    }

    @Test
    void exporting_a_directory_again_to_the_same_client_replaces_its_options() {
        RpcClnt asRoot = nfs(ROOT);
        NfsFh secret = lookup(asRoot, "secret");
        int exports = c1.nfsd().nfsdNet().exports().exports().size();

        c1.export("*", dir, "rw,insecure,no_root_squash");
        Read3Res read = new Read3Res();
        asRoot.rpcCallSync(Nfs3.NFS3PROC_READ, new Read3Args(secret, 0, 10), read);

        assertThat(read.status()).as("root is no longer squashed").isEqualTo(Nfsstat3.NFS3_OK);
        assertThat(c1.nfsd().nfsdNet().exports().exports()).hasSize(exports);
    }

    @Test
    void a_request_gets_the_domain_of_the_export_that_names_its_address_and_gives_it_back() {
        int before = host.subsystems().sunrpc().authDomainTable().authDomainFind("*").refcount();
        Getattr3Res res = new Getattr3Res();

        nfs(USER).rpcCallSync(Nfs3.NFS3PROC_GETATTR, new Getattr3Args(root()), res);

        assertThat(res.status()).isEqualTo(Nfsstat3.NFS3_OK);
        assertThat(host.subsystems().sunrpc().authDomainTable().authDomainFind("*").refcount()).as("find took one, the request none")
                .isEqualTo(before + 1);
    }

    @Test
    void mountd_answers_mnt_with_the_export_root_and_its_flavors() {
        RpcClnt mount = track(RpcClnt.rpcCreate(new InetSocketAddress("127.0.0.1", c1.nfsd().mountdPort()),
                Mount3.MOUNT_RPC_PROGRAM, Mount3.MOUNT_V3, ROOT).value());
        Mountres3 res = new Mountres3();

        assertThat(mount.rpcCallSync(Mount3.MOUNTPROC3_MNT, new Dirpath(dir.toString()), res))
                .isEqualTo(RpcStatus.SUCCESS);
        assertThat(res.fhsStatus()).isEqualTo(Mountstat3.MNT3_OK);
        assertThat(res.fhandle()).isEqualTo(root());
        assertThat(res.authFlavors()).extracting(f -> f.secName()).containsExactly("sys");

        Mountres3 none = new Mountres3();
        mount.rpcCallSync(Mount3.MOUNTPROC3_MNT, new Dirpath(dir.resolve("nope").toString()), none);
        assertThat(none.fhsStatus()).isEqualTo(Mountstat3.MNT3ERR_NOENT);
    }

    @Nested
    class the_localio_program {

        @Test
        void is_served_on_the_nfs_connection_and_uuid_is_local_claims_a_probing_client() {
            RpcClnt nfs = nfs(USER);
            NfsUuid uuid = host.subsystems().nfsLocalio().nfsUuidInit();
            assertThat(uuid.nfsUuidBegin()).isTrue();
            RpcClnt localio = track(nfs.rpcBindNewProgram(Nfs.NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).value());

            ByteBuffer raw = ByteBuffer.wrap(uuid.uuid());
            RpcStatus status = localio.rpcCallSync(Nfs.LOCALIOPROC_UUID_IS_LOCAL,
                    new LocalioUuidArg(new UUID(raw.getLong(), raw.getLong())), new XdrVoid());
            uuid.nfsUuidEnd();

            assertThat(status).isEqualTo(RpcStatus.SUCCESS);
            LocalioAssertions.assertThat(uuid).isLocalTo(c1.net());
            assertThat(uuid.dom().name()).isEqualTo("*");
            assertThat(c1.nfsd().serv().svcConnections()).isEqualTo(1);
        }

        @Test
        void is_absent_from_a_kernel_built_without_config_nfs_localio() throws Exception {
            try (Host plain = Host.builder("plain").kconfig(Kconfig.NO_LOCALIO).build()) {
                Container c = plain.container("c").export("*", dir, "rw").start();
                RpcClnt nfs = track(RpcClnt.rpcCreate(new InetSocketAddress("127.0.0.1", c.nfsd().nfsPort()),
                        Nfs.NFS_RPC_PROGRAM, 3, USER).value());

                RpcStatus ping = nfs.rpcBindNewProgram(Nfs.NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).status();

                assertThat(ping.kind()).isEqualTo("RPC_PROG_UNAVAIL");
                assertThat(c.nfsd().serv().svStats().calls(Nfs.NFS_LOCALIO_PROGRAM, 1, 1)).isZero();
                assertThat(plain.subsystems().nfsLocalio().nfsTo()).as("nfsd_localio_ops_init() not built").isNull();
            }
        }
    }

    @Nested
    class stopping_nfsd {

        @Test
        void frees_its_port_and_ends_its_threads_and_a_start_opens_a_new_server() throws Exception {
            int nfsPort = c1.nfsd().nfsPort();
            int mountdPort = c1.nfsd().mountdPort();
            var serv = c1.nfsd().serv();
            List<Thread> threads = new ArrayList<>();
            Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith(serv.threadPrefix())).forEach(threads::add);

            c1.nfsd().stop();

            assertThat(threads).noneMatch(Thread::isAlive);
            for (int port : new int[] {nfsPort, mountdPort}) {
                assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
            }
            assertThat(serv.isFreed()).isTrue();
            assertThat(c1.nfsd().rpcbind().rpcbDump()).isEmpty();

            c1.nfsd().start();
            assertThat(c1.nfsd().serv()).isNotSameAs(serv);
            assertThat(nfs(USER).rpcPing()).isEqualTo(RpcStatus.SUCCESS);
        }
    }

    @Test
    void the_pre_interlock_design_serves_the_same_programs() {
        try (Host old = new Host("old", LocalioDesign.PRE_INTERLOCK)) {
            Container c = old.container("c").export("*", dir, "rw").start();
            RpcClnt nfs = track(RpcClnt.rpcCreate(new InetSocketAddress("127.0.0.1", c.nfsd().nfsPort()),
                    Nfs.NFS_RPC_PROGRAM, 3, USER).value());
            assertThat(track(nfs.rpcBindNewProgram(Nfs.NFSLOCALIO_RPC_PROGRAM, Nfs.LOCALIO_V1).value()).rpcPing())
                    .isEqualTo(RpcStatus.SUCCESS);
        }
    }
}

package dev.localio.linux.fs.nfs;

import static dev.localio.linux.fs.nfs.NfsWorld.C1;
import static dev.localio.linux.fs.nfs.NfsWorld.ROOT;
import static dev.localio.linux.fs.nfs.NfsWorld.USER;
import static dev.localio.linux.fs.nfs.NfsWorld.contents;
import static dev.localio.linux.fs.nfs.NfsWorld.mount;
import static dev.localio.linux.fs.nfs.NfsWorld.open;
import static dev.localio.linux.fs.nfs.NfsWorld.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.Await;
import dev.localio.linux.Container;
import dev.localio.linux.Host;
import dev.localio.linux.HostTrace;
import dev.localio.linux.fs.AddressSpace;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.KasanUseAfterFree;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads, writes and commits on a mount: which path serves them, and that both paths agree. */
class NfsServerTest {

    @TempDir
    Path dir;
    private final NfsWorld world = new NfsWorld();
    private Host h1;
    private Container c1;

    @AfterEach
    void shutDown() {
        world.close();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(NfsIo io) {
        return new String(io.data(), StandardCharsets.UTF_8);
    }

    private static long rpcCalls(NfsServer m, int proc) {
        return m.connectionStats().calls(Nfs.NFS_PROGRAM, Nfs3.NFS3_VERSION, proc);
    }

    /** h1 with container c1 exporting {@code dir}, and a mount of it from h1 itself. */
    private NfsServer localMount(LocalioDesign design, String exportOptions) {
        h1 = world.host("h1", "10.0.0.1", design, Kconfig.LOCALIO);
        c1 = NfsWorld.serve(h1, dir, exportOptions);
        return mount(h1, C1, dir, "vers=3");
    }

    /** A mount of c1 from another host, h2, through h1's address forwarded to c1. */
    private NfsServer remoteMount() {
        Host h2 = world.host("h2", "10.0.0.2");
        world.lan.forward("10.0.0.1", c1);
        return mount(h2, "10.0.0.1", dir, "vers=3");
    }

    @Nested
    class on_the_same_host {

        @Test
        void reads_writes_and_commits_go_local_and_no_read_write_or_commit_is_sent() {
            NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
            NfsOpenContext f = open(m, USER, "data", Fmode.FMODE_READ | Fmode.FMODE_WRITE);

            NfsIo write = f.write(0, bytes("HELLO"), StableHow.NFS_UNSTABLE);
            NfsIo readBack = f.read(0, 100);
            NfsIo commit = f.commit(0, 0);

            assertThat(write.wentLocal()).isTrue();
            assertThat(readBack.wentLocal()).isTrue();
            assertThat(commit.wentLocal()).isTrue();
            assertThat(text(readBack)).isEqualTo("HELLO localio");
            assertThat(readBack.eof()).isTrue();
            assertThat(rpcCalls(m, Nfs3.NFS3PROC_READ) + rpcCalls(m, Nfs3.NFS3PROC_WRITE)
                    + rpcCalls(m, Nfs3.NFS3PROC_COMMIT)).isZero();
            assertThat(m.nfsClient().localioFilesHeld()).as("each IO put its file").isZero();
            assertThat(h1.subsystems().kernel().trace().counterValue("nfs_local_read")).isEqualTo(1);
            assertThat(h1.subsystems().kernel().trace().counterValue("nfs_local_write")).isEqualTo(1);
            assertThat(h1.subsystems().kernel().trace().counterValue("nfs_local_commit")).isEqualTo(1);
        }

        @Test
        void a_local_write_replies_with_the_clients_own_boot_verifier_and_the_stability_asked_for() {
            NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
            NfsOpenContext f = open(m, USER, "data", Fmode.FMODE_WRITE);

            NfsIo unstable = f.write(0, bytes("a"), StableHow.NFS_UNSTABLE);
            NfsIo fileSync = f.write(1, bytes("b"), StableHow.NFS_FILE_SYNC);
            NfsIo dataSync = f.write(2, bytes("c"), StableHow.NFS_DATA_SYNC);
            NfsIo commit = f.commit(0, 3);

            long boot = m.nfsClient().nfsCopyBootVerifier();
            assertThat(unstable.verf()).isEqualTo(boot);
            assertThat(fileSync.verf()).isEqualTo(boot);
            assertThat(dataSync.verf()).isEqualTo(boot);
            assertThat(commit.verf()).isEqualTo(boot);
            assertThat(unstable.committed()).isEqualTo(StableHow.NFS_UNSTABLE);
            assertThat(fileSync.committed()).isEqualTo(StableHow.NFS_FILE_SYNC);
            assertThat(dataSync.committed()).isEqualTo(StableHow.NFS_DATA_SYNC);
            assertThat(commit.committed()).isEqualTo(StableHow.NFS_FILE_SYNC);
            assertThat(contents(dir.resolve("data"))).isEqualTo("abclo localio");
        }
    }

    @Nested
    class the_servers_page_cache {

        private boolean dirty(String file) {
            return c1.nfsd().tree(dir).lookupPath(file).iMapping().mappingTagged(AddressSpace.PAGECACHE_TAG_DIRTY);
        }

        @Test
        void a_local_unstable_write_leaves_the_file_dirty_and_a_local_commit_syncs_it() {
            NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
            NfsOpenContext f = open(m, USER, "data", Fmode.FMODE_WRITE);

            assertThat(f.write(0, bytes("x"), StableHow.NFS_UNSTABLE).wentLocal()).isTrue();
            assertThat(dirty("data")).isTrue();
            assertThat(f.commit(0, 0).wentLocal()).isTrue();
            assertThat(dirty("data")).isFalse();
            assertThat(f.write(0, bytes("y"), StableHow.NFS_DATA_SYNC).wentLocal()).isTrue();
            assertThat(dirty("data")).as("a DATA_SYNC write syncs before it replies").isFalse();
        }

        @Test
        void over_rpc_an_unstable_write_leaves_the_same_mark_and_commit_clears_it() {
            localMount(LocalioDesign.INTERLOCK, "rw");
            NfsServer m = remoteMount();
            NfsOpenContext f = open(m, USER, "data", Fmode.FMODE_WRITE);

            assertThat(f.write(0, bytes("x"), StableHow.NFS_UNSTABLE).path()).isEqualTo(NfsIo.Path.RPC);
            assertThat(dirty("data")).isTrue();
            assertThat(f.commit(0, 0).path()).isEqualTo(NfsIo.Path.RPC);
            assertThat(dirty("data")).isFalse();
        }
    }

    @Nested
    class across_paths {

        @Test
        void what_one_path_writes_the_other_reads_in_the_same_real_file() {
            NfsServer local = localMount(LocalioDesign.INTERLOCK, "rw");
            NfsServer remote = remoteMount();

            NfsIo localWrite = open(local, USER, "data", Fmode.FMODE_WRITE).write(0, bytes("LOCAL"),
                    StableHow.NFS_FILE_SYNC);
            NfsIo rpcRead = read(remote, USER, "data");
            NfsIo rpcWrite = open(remote, USER, "data", Fmode.FMODE_WRITE).write(6, bytes("RPC"),
                    StableHow.NFS_FILE_SYNC);
            NfsIo localRead = read(local, USER, "data");

            assertThat(localWrite.wentLocal()).isTrue();
            assertThat(rpcRead.path()).isEqualTo(NfsIo.Path.RPC);
            assertThat(text(rpcRead)).isEqualTo("LOCAL localio");
            assertThat(rpcWrite.path()).isEqualTo(NfsIo.Path.RPC);
            assertThat(localRead.wentLocal()).isTrue();
            assertThat(text(localRead)).isEqualTo("LOCAL RPCalio");
            assertThat(contents(dir.resolve("data"))).isEqualTo("LOCAL RPCalio");
            NfsIo rpcCommit = open(remote, USER, "data", Fmode.FMODE_WRITE).commit(0, 0);
            assertThat(rpcCommit.path()).isEqualTo(NfsIo.Path.RPC);
            assertThat(rpcCommit.verf()).as("an RPC commit carries the server's verifier")
                    .isEqualTo(ByteBuffer.wrap(c1.nfsd().nfsdNet().nfsdCopyWriteVerifier()).getLong());
        }

        @Test
        void an_rpc_write_replies_with_the_servers_verifier_which_a_restart_of_nfsd_changes() {
            NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
            Localio.nfsLocalDisable(m.nfsClient());
            Localio.nfsLocalEnable(m.nfsClient()); // flag only: the uuid was let go, so opens fail and go RPC
            NfsOpenContext f = open(m, USER, "data", Fmode.FMODE_WRITE);

            NfsIo before = f.write(0, bytes("x"), StableHow.NFS_UNSTABLE);

            assertThat(before.path()).isEqualTo(NfsIo.Path.RPC);
            assertThat(before.localioError()).isEqualTo(Errno.ENXIO);
            long server = ByteBuffer.wrap(c1.nfsd().nfsdNet().nfsdCopyWriteVerifier()).getLong();
            assertThat(before.verf()).isEqualTo(server).isNotEqualTo(m.nfsClient().nfsCopyBootVerifier());
            c1.nfsd().restart();
            NfsIo local = f.write(0, bytes("y"), StableHow.NFS_UNSTABLE);
            assertThat(local.wentLocal()).as("the ENXIO re-probed").isTrue();
            h1.subsystems().nfs().setLocalioEnabled(false);
            NfsIo after = f.write(0, bytes("z"), StableHow.NFS_UNSTABLE);
            assertThat(after.verf()).as("a new nfsd, a new verifier").isNotEqualTo(before.verf());
            assertThat(local.verf()).isEqualTo(m.nfsClient().nfsCopyBootVerifier());
        }
    }

    @Nested
    class when_the_servers_container_restarts_under_a_mounted_client {

        @Test
        void with_the_interlock_the_next_io_gets_enxio_goes_rpc_and_the_reprobe_makes_the_one_after_local() {
            NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
            assertThat(read(m, USER, "data").wentLocal()).isTrue();

            c1.restart();
            NfsIo first = read(m, USER, "data");
            NfsIo second = read(m, USER, "data");

            assertThat(first.path()).isEqualTo(NfsIo.Path.RPC);
            assertThat(first.localioError()).isEqualTo(Errno.ENXIO);
            assertThat(first.ok()).isTrue();
            assertThat(text(first)).isEqualTo("hello localio");
            assertThat(m.nfsClient().probes()).isEqualTo(2);
            assertThat(second.wentLocal()).isTrue();
            assertThat(m.connectionStats().calls(Nfs.NFS_LOCALIO_PROGRAM, 1, Nfs.LOCALIOPROC_UUID_IS_LOCAL))
                    .isEqualTo(2);
            assertThat(h1.subsystems().kernel().trace().eventTypes()).containsSubsequence(HostTrace.ContainerStop.class,
                    NfsCommonTrace.NfsUuidInvalidateClients.class, HostTrace.ContainerStart.class,
                    NfsTrace.NfsLocalOpenFh.class, NfsTrace.NfsLocalDisable.class, NfsTrace.NfsLocalProbe.class,
                    NfsTrace.NfsLocalEnable.class, NfsTrace.NfsLocalFallback.class, NfsTrace.NfsInitiateRead.class,
                    NfsTrace.NfsDoLocalRead.class);
            assertThat(h1.subsystems().kernel().kasan().reports()).isEmpty();
            assertThat(h1.subsystems().kernel().trace().counterValue("nfsd_serv_try_get_ok"))
                    .isEqualTo(h1.subsystems().kernel().trace().counterValue("nfsd_serv_put"));
        }

        @Test
        void with_the_interlock_a_reprobe_while_the_container_is_still_down_leaves_the_client_on_rpc() {
            NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
            NfsOpenContext f = open(m, USER, "data", Fmode.FMODE_READ);

            c1.stop();
            NfsIo whileDown = f.read(0, 5);
            c1.start();
            NfsIo afterwards = f.read(0, 5);

            assertThat(whileDown.localioError()).isEqualTo(Errno.ENXIO);
            assertThat(whileDown.error()).isEqualTo(Errno.ECONNREFUSED);
            assertThat(afterwards.ok()).isTrue();
            assertThat(afterwards.path()).as("[A] probes again only on ENXIO, and a remote client gets none")
                    .isEqualTo(NfsIo.Path.RPC);
            assertThat(m.nfsClient().probes()).isEqualTo(2);
            assertThat(h1.subsystems().kernel().trace().events(NfsTrace.NfsLocalProbe.class)).last()
                    .satisfies(e -> assertThat(e.reason()).startsWith("rpc_bind_new_program"));
            h1.subsystems().nfs().nfsKillSuper(m);
            assertThat(read(mount(h1, C1, dir, "vers=3"), USER, "data").wentLocal()).as("a new mount probes").isTrue();
        }

        @Test
        void with_the_interlock_io_racing_restarts_ends_ok_or_in_a_transport_error_never_in_a_crash() {
            NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
            NfsOpenContext f = open(m, USER, "data", Fmode.FMODE_READ);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong done = new AtomicLong();
            AtomicLong local = new AtomicLong();
            Set<Errno> errors = ConcurrentHashMap.newKeySet();
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                readers.add(Await.start("reader-" + i, () -> {
                    while (!stop.get()) {
                        NfsIo io = f.read(0, 5);
                        if (!io.ok()) {
                            errors.add(io.error());
                        } else if (io.wentLocal()) {
                            local.incrementAndGet();
                        }
                        done.incrementAndGet();
                    }
                }));
            }
            for (int cycle = 0; cycle < 3; cycle++) {
                long seen = done.get();
                Await.until("reads go on", () -> done.get() > seen + 20);
                c1.restart();
            }
            long seen = done.get();
            Await.until("reads go on after the last restart", () -> done.get() > seen + 20);
            stop.set(true);
            readers.forEach(Await::joined);

            assertThat(local.get()).as("local before the first restart").isPositive();
            assertThat(errors).isSubsetOf(Errno.ECONNREFUSED, Errno.ECONNRESET, Errno.ENOTCONN, Errno.EIO);
            assertThat(h1.subsystems().kernel().kasan().reports()).isEmpty();
            assertThat(h1.subsystems().kernel().warnings()).isEmpty();
            assertThat(h1.subsystems().kernel().trace().counterValue("nfsd_serv_try_get_ok"))
                    .isEqualTo(h1.subsystems().kernel().trace().counterValue("nfsd_serv_put"));
            assertThat(m.nfsClient().localioFilesHeld()).isZero();
        }

        @Test
        void before_the_interlock_the_same_client_path_crashes() {
            NfsServer m = localMount(LocalioDesign.PRE_INTERLOCK, "rw");
            assertThat(read(m, USER, "data").wentLocal()).isTrue();

            c1.restart();

            assertThatThrownBy(() -> read(m, USER, "data"))
                    .isInstanceOfAny(KasanUseAfterFree.class, NullPointerException.class);
            assertThat(h1.subsystems().kernel().kasan().reports()).singleElement()
                    .satisfies(r -> assertThat(r.object()).isEqualTo("struct net \"c1\""));
        }

        @Test
        void before_the_interlock_a_stopped_nfsd_is_a_null_pointer_dereference() {
            NfsServer m = localMount(LocalioDesign.PRE_INTERLOCK, "rw");
            NfsOpenContext f = open(m, USER, "data", Fmode.FMODE_READ);
            c1.nfsd().stop();

            assertThatThrownBy(() -> f.read(0, 10)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void an_nfsd_restart_in_the_same_namespace_keeps_the_client_local() {
        NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
        c1.nfsd().restart();

        NfsIo io = read(m, USER, "data");

        assertThat(io.wentLocal()).isTrue();
        assertThat(m.nfsClient().probes()).as("no ENXIO, no re-probe").isEqualTo(1);
    }

    @ParameterizedTest(name = "[{index}] {0} as uid {1} reading {2}")
    @CsvSource({
        "'rw,root_squash',                              0,    secret",
        "'rw,root_squash',                              0,    data",
        "'rw,no_root_squash',                           0,    secret",
        "'rw,all_squash,anonuid=1000,anongid=1000',     4242, data",
        "'rw,all_squash',                               1000, data",
        "'rw,anonuid=1000,anongid=1000',                0,    secret",
    })
    void squashing_gives_the_same_answer_on_both_paths(String options, int uid, String file) {
        NfsServer local = localMount(LocalioDesign.INTERLOCK, options);
        NfsServer remote = remoteMount();
        Cred cred = Cred.of(uid, uid);

        NfsIo viaLocalio = read(local, cred, file);
        NfsIo viaRpc = read(remote, cred, file);

        assertThat(viaRpc.path()).isEqualTo(NfsIo.Path.RPC);
        assertThat(viaLocalio.error()).isEqualTo(viaRpc.error());
        assertThat(viaLocalio.data()).isEqualTo(viaRpc.data());
        if (viaLocalio.ok()) {
            assertThat(viaLocalio.wentLocal()).isTrue();
        } else {
            assertThat(viaLocalio.localioError()).as("refused by the local open, then by RPC")
                    .isEqualTo(viaLocalio.error());
        }
    }

    @Test
    void a_local_open_refused_for_this_io_only_goes_rpc_without_a_reprobe() {
        NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");

        NfsIo io = read(m, ROOT, "secret");

        assertThat(io.localioError()).isEqualTo(Errno.EACCES);
        assertThat(io.error()).isEqualTo(Errno.EACCES);
        assertThat(io.path()).isEqualTo(NfsIo.Path.RPC);
        assertThat(m.nfsClient().probes()).isEqualTo(1);
        assertThat(Localio.nfsServerIsLocal(m.nfsClient())).isTrue();
    }

    @Test
    void a_user_can_read_write_and_commit_by_path_on_the_mount() {
        NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");

        assertThat(m.write(USER, "data", 0, bytes("PATH"), StableHow.NFS_UNSTABLE).wentLocal()).isTrue();
        assertThat(m.commit(USER, "data", 0, 0).committed()).isEqualTo(StableHow.NFS_FILE_SYNC);
        assertThat(text(m.read(USER, "data", 0, 4))).isEqualTo("PATH");
        assertThat(m.read(USER, "nope", 0, 4).error()).isEqualTo(Errno.ENOENT);
    }

    @Test
    void an_open_context_allows_only_the_io_its_mode_allows() {
        NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
        NfsOpenContext readOnly = open(m, USER, "data", Fmode.FMODE_READ);

        assertThat(readOnly.write(0, bytes("x"), StableHow.NFS_FILE_SYNC).error()).isEqualTo(Errno.EBADF);
        assertThat(readOnly.commit(0, 0).error()).isEqualTo(Errno.EBADF);
        assertThat(contents(dir.resolve("data"))).isEqualTo("hello localio");
    }

    @Test
    void create_and_getattr_go_over_rpc_and_the_new_file_is_owned_by_the_user() {
        NfsServer m = localMount(LocalioDesign.INTERLOCK, "rw");
        c1.nfsd().tree(dir).rootInode().setPermissions(0777);

        assertThat(m.create(USER, "new", 0640).isErr()).isFalse();
        NfsIo write = open(m, USER, "new", Fmode.FMODE_WRITE).write(0, bytes("fresh"), StableHow.NFS_FILE_SYNC);

        assertThat(write.wentLocal()).isTrue();
        assertThat(m.getattr(USER, "new").value().uid()).isEqualTo(1000);
        assertThat(m.getattr(USER, "new").value().size()).isEqualTo(5);
        assertThat(m.lookup(USER, "missing").errno()).isEqualTo(Errno.ENOENT);
    }
}

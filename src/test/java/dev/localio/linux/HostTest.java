package dev.localio.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.KasanUseAfterFree;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostTest {

    @TempDir
    Path dir;
    private Host host;
    private static final Cred USER = Cred.of(1000, 1000);

    @AfterEach
    void tearDown() {
        if (host != null) {
            host.close();
        }
    }

    /** A host of {@code design} whose container c1 exports {@code dir}, with file "data". */
    private Container boot(LocalioDesign design) {
        host = new Host("h1", design);
        Container c1 = host.container("c1").export("*", dir, "rw,insecure").start();
        c1.nfsd().tree(dir).createFile("data", 1000, 1000, 0644,
                "hello".getBytes(StandardCharsets.UTF_8));
        return c1;
    }

    private ErrPtr<OpaqueNfsdFile> open(NfsUuid uuid, NfsFh fh) {
        return uuid.nfsOpenLocalFh(RpcAuthFlavor.RPC_AUTH_UNIX, USER, fh, Fmode.FMODE_READ);
    }

    /** A container's export as a local client has it mounted: its uuid and a file's handle. */
    private record Mounted(Container c1, NfsUuid uuid, NfsFh fh) {
    }

    /** Boots {@code design}, probes from a client on the same host and gets the handle of "data". */
    private Mounted mount(LocalioDesign design) {
        Container c1 = boot(design);
        NfsUuid uuid = LocalioProbe.probe(host, c1);
        return new Mounted(c1, uuid, c1.nfsd().fh("*", dir, "data"));
    }

    /** Opens locally, checks the open worked, and drops the file (and its serv reference). */
    private void assertLocalOpenWorks(NfsUuid uuid, NfsFh fh) {
        ErrPtr<OpaqueNfsdFile> f = open(uuid, fh);
        LocalioAssertions.assertThat(f).as("local open of %s", fh).succeeds();
        host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(f.value());
    }

    @Nested
    class with_the_interlock {

        @Test
        void a_container_restart_under_a_mounted_client_gives_enxio_then_a_reprobe_works() {
            Mounted m = mount(LocalioDesign.INTERLOCK);
            assertLocalOpenWorks(m.uuid(), m.fh());

            m.c1().restart();

            LocalioAssertions.assertThat(open(m.uuid(), m.fh())).failsWith(Errno.ENXIO);
            LocalioProbe.reprobe(m.uuid(), m.c1());
            LocalioAssertions.assertThat(m.uuid()).isLocalTo(m.c1().net());
            assertLocalOpenWorks(m.uuid(), m.fh()); // same fsid and inode after the restart
            assertThat(host.subsystems().kernel().kasan().reports()).isEmpty();
        }

        @Test
        void an_nfsd_restart_in_the_same_namespace_gives_enxio_while_down_and_works_after() {
            Mounted m = mount(LocalioDesign.INTERLOCK);
            m.c1().nfsd().stop();
            LocalioAssertions.assertThat(open(m.uuid(), m.fh())).failsWith(Errno.ENXIO);
            m.c1().nfsd().start();
            assertLocalOpenWorks(m.uuid(), m.fh());
        }
    }

    @Test
    void container_stops_racing_local_opens_end_in_ok_or_enxio_and_never_in_a_use_after_free() {
        Mounted m = mount(LocalioDesign.INTERLOCK);
        for (int cycle = 0; cycle < 5; cycle++) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong ok = new AtomicLong();
            AtomicLong enxio = new AtomicLong();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                workers.add(Await.start("client-io-" + i, () -> {
                    while (!stop.get()) {
                        ErrPtr<OpaqueNfsdFile> f = open(m.uuid(), m.fh());
                        if (f.isErr()) {
                            assertThat(f.errno()).isEqualTo(Errno.ENXIO);
                            enxio.incrementAndGet();
                        } else {
                            host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(f.value());
                            ok.incrementAndGet();
                        }
                    }
                }));
            }
            Await.until("local opens succeed", () -> ok.get() > 50);
            m.c1().stop();
            Await.until("opens fail once the container is gone", () -> enxio.get() > 50);
            stop.set(true);
            workers.forEach(Await::joined);
            m.c1().start();
            LocalioProbe.reprobe(m.uuid(), m.c1());
        }
        assertThat(host.subsystems().kernel().kasan().reports()).isEmpty();
        assertThat(host.subsystems().kernel().warnings()).isEmpty();
        assertThat(host.subsystems().kernel().oopses()).isEmpty();
        assertThat(host.subsystems().kernel().trace().counterValue("nfsd_serv_try_get_ok"))
                .isEqualTo(host.subsystems().kernel().trace().counterValue("nfsd_serv_put"));
    }

    @Nested
    class before_the_interlock {

        @Test
        void a_container_stop_under_a_mounted_client_is_a_use_after_free_of_struct_net() {
            Mounted m = mount(LocalioDesign.PRE_INTERLOCK);
            assertLocalOpenWorks(m.uuid(), m.fh());

            m.c1().restart();

            assertThat(m.uuid().netAccess()).as("nothing cleared ->net").isNotNull();
            assertThatThrownBy(() -> open(m.uuid(), m.fh())).isInstanceOf(KasanUseAfterFree.class)
                    .hasMessageContaining("struct net \"c1\"");
            assertThat(host.subsystems().kernel().kasan().reports()).hasSize(1);
        }

        @Test
        void an_nfsd_stop_under_a_mounted_client_is_a_null_pointer_dereference() {
            Mounted m = mount(LocalioDesign.PRE_INTERLOCK);
            m.c1().nfsd().stop();
            assertThatThrownBy(() -> open(m.uuid(), m.fh())).isInstanceOf(NullPointerException.class);
        }

        @Test
        void with_nfsd_running_a_local_open_works() {
            Mounted m = mount(LocalioDesign.PRE_INTERLOCK);
            assertLocalOpenWorks(m.uuid(), m.fh());
        }
    }

    @Test
    void a_client_on_another_host_is_not_local() {
        Container c1 = boot(LocalioDesign.INTERLOCK);
        try (Host other = new Host("h2")) {
            LocalioAssertions.assertThat(LocalioProbe.probe(other, c1)).isNotLocal();
        }
    }

    @Test
    void the_hosts_own_nfsd_serves_from_init_net() {
        host = new Host("h1");
        host.hostNfsd().export("127.0.0.1", dir, "rw,insecure");
        host.startNfsd().tree(dir).createFile("data", 1000, 1000, 0644, new byte[1]);
        NfsUuid uuid = LocalioProbe.probe(host, host);
        LocalioAssertions.assertThat(uuid).isLocalTo(host.net());
        assertLocalOpenWorks(uuid, host.hostNfsd().fh("127.0.0.1", dir, "data"));
    }

    @Test
    void close_stops_every_container_and_the_kernels_threads() {
        Container c1 = boot(LocalioDesign.INTERLOCK);
        Container c2 = host.container("c2").export("*", dir, "rw").start();
        Net n1 = c1.net();
        Net n2 = c2.net();
        host.subsystems().kernel().rcu().callRcu(() -> { });
        host.close();
        assertThat(c1.isRunning()).isFalse();
        assertThat(c2.isRunning()).isFalse();
        assertThat(n1.isFreed()).isTrue();
        assertThat(n2.isFreed()).isTrue();
        assertThat(host.subsystems().kernel().rcu().gpKthreadAlive()).isFalse();
        assertThat(host.subsystems().netns().nets()).containsExactly(host.net());
        host.close(); // idempotent
        assertThat(host.subsystems().kernel().warnings()).isEmpty();
        assertThat(host.subsystems().kernel().kasan().reports()).isEmpty();
    }

    @Test
    void mountd_hands_out_the_export_root_only_to_clients_the_export_names() throws Exception {
        host = new Host("h1");
        Container c1 = host.container("c1").export("127.0.0.0/8", dir, "rw").start();
        NfsFh root = c1.nfsd().mnt(LocalioProbe.loopback(), dir);
        assertThat(root).isEqualTo(c1.nfsd().fh("127.0.0.0/8", dir, ""));
        assertThat(c1.nfsd().mnt(InetAddress.getByName("192.0.2.1"), dir)).isNull();
    }

    @Test
    void an_nfsd_restart_keeps_the_namespace_and_the_clients() {
        Mounted m = mount(LocalioDesign.INTERLOCK);
        Net net = m.c1().net();
        m.c1().nfsd().restart();
        assertThat(m.c1().net()).isSameAs(net);
        assertThat(m.uuid().netAccess()).isSameAs(net);
        assertLocalOpenWorks(m.uuid(), m.fh());
    }

    @Test
    void without_panic_on_warn_a_broken_rule_is_recorded_and_counted() {
        try (Host lenient = new Host("lenient", LocalioDesign.INTERLOCK, false)) {
            lenient.startNfsd();
            boolean got = lenient.subsystems().nfsLocalio().nfsTo().nfsdServTryGet(lenient.net()); // no rcu_read_lock()
            assertThat(got).isTrue();
            assertThat(lenient.subsystems().kernel().warnings()).extracting(w -> w.check())
                    .containsExactly("nfsd_serv_try_get() outside rcu_read_lock()");
            lenient.subsystems().kernel().rcu().rcuReadLock();
            lenient.subsystems().nfsLocalio().nfsTo().nfsdServPut(lenient.net());
            lenient.subsystems().kernel().rcu().rcuReadUnlock();
        }
    }
}

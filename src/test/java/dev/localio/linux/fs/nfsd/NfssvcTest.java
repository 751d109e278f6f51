package dev.localio.linux.fs.nfsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.Await;
import dev.localio.linux.HostTrace;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.fs.nfsd.NfsdTrace.NfsdDestroyServ.Step;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.KernelTrace;
import dev.localio.linux.lib.PercpuRefTrace;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.NetTrace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NfssvcTest {

    @TempDir
    Path dir;
    private ServerFixture f;

    @BeforeEach
    void setUp() {
        f = new ServerFixture(dir, "rw,insecure");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private boolean tryGet(Net net) {
        f.host.subsystems().kernel().rcu().rcuReadLock();
        try {
            boolean ok = f.nfsd().nfssvc().nfsdServTryGet(net);
            if (ok) {
                f.nfsd().nfssvc().nfsdServPut(net);
            }
            return ok;
        } finally {
            f.host.subsystems().kernel().rcu().rcuReadUnlock();
        }
    }

    @Test
    void a_running_nfsd_hands_out_serv_references() {
        assertThat(f.c1.nfsd().isRunning()).isTrue();
        assertThat(tryGet(f.c1.net())).isTrue();
        assertThat(f.nn().nfsdServRef().count()).isEqualTo(1);
    }

    @Nested
    class when_a_local_open_holds_a_serv_reference {

        private NfsUuid uuid;
        private OpaqueNfsdFile file;

        @BeforeEach
        void open() {
            uuid = f.probe();
            file = f.open(uuid, ServerFixture.USER, "data", Fmode.FMODE_READ).value();
            assertThat(f.nn().nfsdServRef().count()).isEqualTo(2);
        }

        @Test
        void nfsd_destroy_serv_waits_for_it_and_completes_when_it_is_put() {
            NfsdNet nn = f.nn();
            Thread stopper = Await.start("rpc.nfsd-0", () -> f.c1.nfsd().stop());
            Await.until("nfsd_destroy_serv waits for free_done", () -> nn.nfsdServFreeDone().waiters() == 1);

            // Killed and confirmed: no new LOCALIO open can enter nfsd.
            assertThat(nn.nfsdServConfirmDone().completionDone()).isFalse(); // consumed by the wait
            assertThat(tryGet(f.c1.net())).isFalse();
            assertThat(f.open(uuid, ServerFixture.USER, "data", Fmode.FMODE_READ).errno())
                    .isEqualTo(Errno.ENXIO);
            assertThat(nn.nfsdServ()).isNotNull();

            f.host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(file);
            Await.joined(stopper);
            assertThat(nn.nfsdServ()).isNull();
            assertThat(f.host.subsystems().kernel().trace().events(NfsdTrace.NfsdDestroyServ.class))
                    .extracting(NfsdTrace.NfsdDestroyServ::step).containsExactly(Step.BEGIN, Step.CONFIRM_DONE,
                            Step.FREE_DONE, Step.END);
        }

        @Test
        void the_put_returns_the_reference() {
            f.host.subsystems().nfsLocalio().nfsToNfsdFilePutLocal(file);
            assertThat(f.nn().nfsdServRef().count()).isEqualTo(1);
        }
    }

    @Nested
    class when_nfsd_stops_in_a_namespace_that_stays {

        @BeforeEach
        void stop() {
            f.c1.nfsd().stop();
        }

        @Test
        void try_get_fails_and_the_service_is_gone() {
            assertThat(f.c1.nfsd().isRunning()).isFalse();
            assertThat(f.nn().nfsdServ()).isNull();
            assertThat(f.nn().nfsdServRef().percpuRefIsDying()).isTrue();
            assertThat(tryGet(f.c1.net())).isFalse();
        }

        @Test
        void a_restart_re_initialises_the_ref_and_try_get_works_again() {
            f.nfsd().nfssvc().nfsdSvc(4, f.c1.net());
            assertThat(f.nfsd().nfssvc().nfsdNrthreads(f.c1.net())).isEqualTo(4);
            assertThat(tryGet(f.c1.net())).isTrue();
            assertThat(f.host.subsystems().kernel().trace().events(PercpuRefTrace.PercpuRefInit.class)).hasSize(2);
        }

        @Test
        void the_namespace_is_still_alive() {
            assertThat(f.c1.net().isFreed()).isFalse();
            assertThat(f.c1.net().refcount()).isEqualTo(1);
        }
    }

    @Test
    void nfsd_holds_its_namespace_while_it_runs() {
        assertThat(f.c1.net().refcount()).isEqualTo(2);
    }

    @Test
    void a_container_stop_shuts_nfsd_down_then_tears_the_namespace_down_in_order() {
        NfsUuid uuid = f.probe();
        Net net = f.c1.net();
        NfsdNet nn = f.nn();
        f.c1.stop();
        assertThat(f.host.subsystems().kernel().trace().eventTypes()).containsSubsequence(HostTrace.ContainerStop.class,
                NfsdTrace.NfsdDestroyServ.class, PercpuRefTrace.PercpuRefExit.class, NetTrace.CleanupNet.class,
                NetTrace.OpsPreExitList.class, NfsCommonTrace.NfsUuidInvalidateClients.class,
                KernelTrace.SynchronizeRcu.class, NetTrace.OpsExitList.class, NetTrace.NetFree.class);
        assertThat(uuid.netAccess()).isNull();
        assertThat(net.isFreed()).isTrue();
        assertThat(nn.isFreed()).isTrue();
        assertThat(f.host.subsystems().kernel().kasan().reports()).isEmpty();
    }
}

package dev.localio.linux.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.KasanUseAfterFree;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelTrace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NetNamespaceTest {

    private final Kernel kernel = new Kernel("netns-test");
    private final NetNamespace netns = new NetNamespace(kernel);
    private final List<String> calls = new ArrayList<>();

    @AfterEach
    void close() {
        kernel.close();
    }

    /** Per-net data that KASAN tracks, as nfsd_net is. */
    private final class Data extends KasanObject {
        Data(Net net) {
            super(kernel, "data of " + net.name());
        }
    }

    private final class Ops implements PernetOperations<Data> {
        private final String name;
        private final String failFor;

        /** Ops whose init fails with ENOMEM for the namespace called {@code failFor}. */
        Ops(String name, String failFor) {
            this.name = name;
            this.failFor = failFor;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public ErrPtr<Data> init(Net net) {
            calls.add(name + ".init(" + net.name() + ")");
            return net.name().equals(failFor) ? ErrPtr.err(Errno.ENOMEM) : ErrPtr.ptr(new Data(net));
        }

        @Override
        public void preExit(Net net, Data data) {
            calls.add(name + ".pre_exit(" + net.name() + ")");
        }

        @Override
        public void exit(Net net, Data data) {
            calls.add(name + ".exit(" + net.name() + ")");
        }
    }

    @Test
    void registering_runs_init_for_every_live_namespace() {
        Ops a = new Ops("a", null);
        netns.registerPernetSubsys(a);
        assertThat(calls).containsExactly("a.init(init_net)");
        assertThat(netns.initNet().netGeneric(a)).isNotNull();
    }

    @Test
    void a_new_namespace_runs_every_init_in_registration_order() {
        netns.registerPernetSubsys(new Ops("a", null));
        netns.registerPernetSubsys(new Ops("b", null));
        calls.clear();
        Net c1 = netns.copyNetNs("c1").value();
        assertThat(calls).containsExactly("a.init(c1)", "b.init(c1)");
        assertThat(netns.nets()).containsExactly(netns.initNet(), c1);
    }

    @Test
    void teardown_runs_pre_exits_then_a_grace_period_then_exits_then_frees() {
        Ops a = new Ops("a", null);
        netns.registerPernetSubsys(a);
        netns.registerPernetSubsys(new Ops("b", null));
        Net c1 = netns.copyNetNs("c1").value();
        Data data = c1.netGeneric(a);
        calls.clear();
        long gpsBefore = kernel.rcu().completedGracePeriods();

        netns.putNet(c1);

        assertThat(calls).containsExactly("b.pre_exit(c1)", "a.pre_exit(c1)", "b.exit(c1)", "a.exit(c1)");
        assertThat(kernel.rcu().completedGracePeriods()).isGreaterThan(gpsBefore);
        assertThat(kernel.trace().eventTypes()).containsSubsequence(NetTrace.CleanupNet.class,
                NetTrace.OpsPreExitList.class, NetTrace.OpsPreExitList.class, KernelTrace.SynchronizeRcu.class,
                NetTrace.OpsExitList.class, NetTrace.OpsExitList.class, KernelTrace.Kfree.class, KernelTrace.Kfree.class,
                NetTrace.NetFree.class);
        assertThat(data.isFreed()).isTrue();
        assertThat(c1.isFreed()).isTrue();
        assertThat(netns.nets()).containsExactly(netns.initNet());
    }

    @Test
    void following_a_pointer_to_a_freed_namespace_is_a_use_after_free() {
        Ops a = new Ops("a", null);
        netns.registerPernetSubsys(a);
        Net c1 = netns.copyNetNs("c1").value();
        netns.putNet(c1);
        assertThatThrownBy(() -> c1.netGeneric(a)).isInstanceOf(KasanUseAfterFree.class)
                .hasMessageContaining("struct net \"c1\"");
        assertThat(kernel.kasan().reports()).hasSize(1);
    }

    @Test
    void the_namespace_lives_until_the_last_counted_reference_goes() {
        Net c1 = netns.copyNetNs("c1").value();
        netns.getNet(c1);
        netns.putNet(c1);
        assertThat(c1.isFreed()).isFalse();
        netns.putNet(c1);
        assertThat(c1.isFreed()).isTrue();
    }

    @Test
    void a_failing_init_unwinds_the_inits_that_ran_and_fails_the_setup() {
        netns.registerPernetSubsys(new Ops("a", null));
        netns.registerPernetSubsys(new Ops("b", "c1"));
        calls.clear();
        assertThat(netns.copyNetNs("c1").errno()).isEqualTo(Errno.ENOMEM);
        assertThat(calls).containsExactly("a.init(c1)", "b.init(c1)", "a.pre_exit(c1)", "a.exit(c1)");
        assertThat(netns.nets()).containsExactly(netns.initNet());
    }

    @Test
    void a_subsystem_whose_init_fails_in_a_live_namespace_is_not_registered() {
        Ops a = new Ops("a", "init_net");
        assertThat(netns.registerPernetSubsys(a).errno()).isEqualTo(Errno.ENOMEM);
        assertThat(netns.initNet().netGeneric(a)).isNull();
    }

    @Test
    void unregistering_tears_the_subsystem_down_in_every_namespace() {
        Ops a = new Ops("a", null);
        netns.registerPernetSubsys(a);
        calls.clear();
        netns.unregisterPernetSubsys(a);
        assertThat(calls).containsExactly("a.pre_exit(init_net)", "a.exit(init_net)");
        assertThat(netns.initNet().netGeneric(a)).isNull();
    }
}

package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KasanUseAfterFree;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelWarning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthDomainTest {

    private final Kernel kernel = new Kernel("h1");
    private final AuthDomainTable svcauth = new AuthDomainTable(kernel);
    private final AuthDomain dom = svcauth.unixDomainFind("127.0.0.1");

    @AfterEach
    void closeKernel() {
        kernel.close();
    }

    @Test
    void starts_with_the_creators_reference_and_the_last_put_releases_it() {
        dom.ref().krefGet();
        dom.authDomainPut();

        assertThat(dom.refcount()).isEqualTo(1);
        dom.authDomainPut();
        assertThat(dom.isFreed()).isTrue();
        assertThat(svcauth.authDomainFind("127.0.0.1")).as("unhashed by the last put").isNull();
    }

    @Test
    void an_address_based_domain_is_of_flavour_auth_unix() {
        assertThat(dom.flavour()).isEqualTo(RpcAuthFlavor.RPC_AUTH_UNIX);
        assertThat(dom.name()).isEqualTo("127.0.0.1");
    }

    @Test
    void finding_a_live_name_takes_a_reference_on_the_same_domain() {
        AuthDomain again = svcauth.unixDomainFind("127.0.0.1");

        assertThat(again).isSameAs(dom);
        assertThat(dom.refcount()).isEqualTo(2);
    }

    @Test
    void using_a_released_domain_fails_fast() {
        dom.authDomainPut();

        assertThatThrownBy(() -> dom.ref().krefGet()).isInstanceOf(KasanUseAfterFree.class)
                .hasMessageContaining("use-after-free");
        assertThatThrownBy(dom::authDomainPut).isInstanceOf(KasanUseAfterFree.class)
                .hasMessageContaining("dom->ref");
        assertThat(kernel.kasan().reports()).hasSize(2);
    }

    @Test
    void a_get_on_a_count_of_zero_warns_as_refcount_t_does() {
        Kernel strict = new Kernel("strict");
        AuthDomain unhashed = new AuthDomain(strict, "10.0.0.0/8", RpcAuthFlavor.RPC_AUTH_UNIX, d -> { });
        unhashed.ref().krefPut(unhashed, d -> { }); // zero, but not freed: only the count is wrong

        assertThatThrownBy(() -> unhashed.ref().krefGet()).isInstanceOf(KernelWarning.class)
                .hasMessageContaining("addition on 0; use-after-free");
    }

    @Test
    void counts_gets_and_puts_from_many_threads_exactly() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    dom.ref().krefGet();
                    dom.authDomainPut();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(dom.refcount()).isEqualTo(1);
    }
}

package dev.localio.linux.net.sunrpc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthDomainTest {

    private final AuthDomain dom = new AuthDomain("127.0.0.1", RpcAuthFlavor.RPC_AUTH_UNIX);

    @Test
    void starts_with_the_creators_reference_and_the_last_put_releases_it() {
        dom.authDomainGet();
        dom.authDomainPut();

        assertThat(dom.refcount()).isEqualTo(1);
        dom.authDomainPut();
        assertThat(dom.isReleased()).isTrue();
    }

    @Test
    void using_a_released_domain_fails_fast() {
        dom.authDomainPut();

        assertThatThrownBy(dom::authDomainGet).hasMessageContaining("use-after-free");
        assertThatThrownBy(dom::authDomainPut).hasMessageContaining("underflow");
    }

    @Test
    void counts_gets_and_puts_from_many_threads_exactly() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    dom.authDomainGet();
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

package dev.localio.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.fs.nfsd.ExportOptions;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDefaultsTest {

    @Test
    void export_read_write_to_auth_sys_only_and_squash_root() {
        ExportOptions options = ExportOptions.parse(PageDefaults.EXPORT_OPTIONS);

        assertThat(options.readOnly()).isFalse();
        assertThat(options.rootSquash()).isTrue();
        assertThat(options.allSquash()).isFalse();
        assertThat(options.flavors()).containsExactly(RpcAuthFlavor.RPC_AUTH_UNIX);
    }

    @Test
    void know_alice_carol_and_root_by_name() {
        assertThat(PageDefaults.user("alice")).isEqualTo(Cred.of(1000, 1000)).isEqualTo(PageDefaults.ALICE);
        assertThat(PageDefaults.user("root")).isEqualTo(Cred.of(0, 0));
        assertThat(PageDefaults.user("carol").groups()).as("carol's supplementary groups").hasSize(17)
                .startsWith(2001).endsWith(2017);
    }

    @Test
    void name_the_users_they_know_when_asked_for_another() {
        assertThatThrownBy(() -> PageDefaults.user("bob")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no user \"bob\" on the page; known: [alice, carol, root]");
    }

    @Test
    void hand_out_hello_txts_content_as_a_copy_no_caller_can_spoil() {
        PageDefaults.helloContent()[0] = 'J';

        assertThat(new String(PageDefaults.helloContent(), StandardCharsets.UTF_8))
                .isEqualTo("Hello from the server's disk.\n");
    }
}

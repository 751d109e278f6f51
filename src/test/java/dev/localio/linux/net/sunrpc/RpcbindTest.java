package dev.localio.linux.net.sunrpc;

import org.junit.jupiter.api.Test;

import static dev.localio.linux.net.sunrpc.Rpcbind.IPPROTO_TCP;
import static org.assertj.core.api.Assertions.assertThat;

class RpcbindTest {

    private final Rpcbind rpcbind = new Rpcbind();

    @Test
    void answers_a_lookup_with_the_registered_port_and_counts_it() {
        rpcbind.rpcbRegister(100003, 3, IPPROTO_TCP, 2049);

        assertThat(rpcbind.rpcbGetport(100003, 3, IPPROTO_TCP)).isEqualTo(2049);
        assertThat(rpcbind.rpcbGetport(100003, 4, IPPROTO_TCP)).isZero();
        assertThat(rpcbind.getportQueries()).isEqualTo(2);
    }

    @Test
    void registering_port_0_removes_the_mapping() {
        rpcbind.rpcbRegister(100003, 3, IPPROTO_TCP, 2049);

        rpcbind.rpcbRegister(100003, 3, IPPROTO_TCP, 0);

        assertThat(rpcbind.rpcbDump()).isEmpty();
        assertThat(rpcbind.isRegistered(100003)).isFalse();
    }

    @Test
    void dumps_its_table_sorted_without_counting_lookups() {
        rpcbind.rpcbRegister(100227, 3, IPPROTO_TCP, 2049);
        rpcbind.rpcbRegister(100003, 4, IPPROTO_TCP, 2049);
        rpcbind.rpcbRegister(100003, 3, IPPROTO_TCP, 2049);

        assertThat(rpcbind.rpcbDump()).extracting(Rpcbind.RpcbMapping::prog, Rpcbind.RpcbMapping::vers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100003, 3),
                        org.assertj.core.groups.Tuple.tuple(100003, 4),
                        org.assertj.core.groups.Tuple.tuple(100227, 3));
        assertThat(rpcbind.getportQueries()).isZero();
    }
}

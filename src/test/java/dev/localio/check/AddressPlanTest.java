package dev.localio.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressPlanTest {

    @Test
    void puts_hosts_on_one_network_and_containers_on_their_hosts_bridge_after_the_bridge_itself() {
        assertThat(AddressPlan.host(2)).isEqualTo("10.0.0.2");
        assertThat(AddressPlan.bridge(1)).isEqualTo("172.17.0.2");
        assertThat(AddressPlan.bridge(3)).isEqualTo("172.17.0.4");
    }

    @Test
    void gives_each_hosts_containers_routable_addresses_of_that_hosts_pod_network() {
        assertThat(AddressPlan.routable(1, 1)).isEqualTo("10.244.1.2");
        assertThat(AddressPlan.routable(2, 1)).isEqualTo("10.244.2.2");
        assertThat(AddressPlan.routable(2, 3)).isEqualTo("10.244.2.4");
    }

    @Test
    void hands_out_extra_pod_addresses_past_every_containers_own() {
        assertThat(AddressPlan.extraRoutable(1, 0)).isEqualTo("10.244.1.10");
        assertThat(AddressPlan.extraRoutable(1, 5)).isEqualTo("10.244.1.15");
        assertThat(AddressPlan.routable(1, 8)).isEqualTo("10.244.1.9");
    }

    @Test
    void refuses_numbers_outside_the_plan_rather_than_hand_out_a_taken_or_invalid_address() {
        assertThatThrownBy(() -> AddressPlan.host(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host 0 is not in 1..254 of the address plan");
        assertThatThrownBy(() -> AddressPlan.routable(1, 9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("container 9 is not in 1..8 of the address plan");
        assertThatThrownBy(() -> AddressPlan.extraRoutable(1, 245)).isInstanceOf(IllegalArgumentException.class);
    }
}

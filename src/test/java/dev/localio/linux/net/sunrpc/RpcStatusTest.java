package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.Errno;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RpcStatusTest {

    @Test
    void maps_each_reply_to_the_errno_rpc_call_sync_returns() {
        assertThat(RpcStatus.SUCCESS.tkStatus()).isZero();
        assertThat(RpcStatus.progUnavail().errno()).isEqualTo(Errno.EPFNOSUPPORT);
        assertThat(RpcStatus.progUnavail().tkStatus()).isEqualTo(-96);
        assertThat(RpcStatus.progMismatch(3, 4).errnoName()).isEqualTo("EPROTONOSUPPORT");
        assertThat(RpcStatus.procUnavail().errno()).isEqualTo(Errno.EOPNOTSUPP);
        assertThat(RpcStatus.garbageArgs().tkStatus()).isEqualTo(-5);
        assertThat(RpcStatus.systemErr().tkStatus()).isEqualTo(-5);
        assertThat(RpcStatus.rpcMismatch(2, 2).tkStatus()).isEqualTo(-93);
        assertThat(RpcStatus.authError(RpcAuthStat.RPC_AUTH_BADCRED).tkStatus()).isEqualTo(-13);
        assertThat(RpcStatus.transportError(Errno.ETIMEDOUT, "t").tkStatus()).isEqualTo(-110);
    }

    @Test
    void names_each_outcome_by_its_wire_status() {
        assertThat(RpcStatus.SUCCESS.kind()).isEqualTo("RPC_SUCCESS");
        assertThat(RpcStatus.progMismatch(3, 4).kind()).isEqualTo("RPC_PROG_MISMATCH");
        assertThat(RpcStatus.rpcMismatch(2, 2).kind()).isEqualTo("RPC_MISMATCH");
        assertThat(RpcStatus.authError(RpcAuthStat.RPC_AUTH_TOOWEAK).kind()).isEqualTo("RPC_AUTH_TOOWEAK");
        assertThat(RpcStatus.transportError(Errno.ECONNREFUSED, "r").kind()).isEqualTo("ECONNREFUSED");
    }

    @Test
    void an_error_result_needs_a_failed_status_and_cannot_be_dereferenced() {
        assertThatThrownBy(() -> RpcResult.err(RpcStatus.SUCCESS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RpcStatus.Accepted(RpcAcceptStat.RPC_SUCCESS, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RpcResult.err(RpcStatus.progUnavail()).value())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("-96");
        assertThat(RpcResult.ptr("x").status()).isEqualTo(RpcStatus.SUCCESS);
    }

    @Test
    void maps_wire_numbers_back_to_enumerators() {
        assertThat(XdrEnum.fromValue(RpcAuthStat.class, 13)).isEqualTo(RpcAuthStat.RPCSEC_GSS_CREDPROBLEM);
        assertThat(XdrEnum.fromValue(RpcAcceptStat.class, 6)).isNull();
        assertThat(XdrEnum.fromValue(RpcAuthFlavor.class, 390004)).isEqualTo(RpcAuthFlavor.RPC_AUTH_GSS_KRB5I);
    }

    @Test
    void knows_the_krb5_pseudoflavors_by_service_and_by_sec_name() {
        assertThat(RpcAuthFlavor.gssSvcToPseudoflavor(3)).isEqualTo(RpcAuthFlavor.RPC_AUTH_GSS_KRB5P);
        assertThat(RpcAuthFlavor.gssSvcToPseudoflavor(4)).isNull();
        assertThat(RpcAuthFlavor.fromSecName("sys")).isEqualTo(RpcAuthFlavor.RPC_AUTH_UNIX);
        assertThat(RpcAuthFlavor.RPC_AUTH_GSS_KRB5.wireFlavor()).isEqualTo(6);
        assertThat(RpcAuthFlavor.RPC_AUTH_UNIX.isGss()).isFalse();
    }
}

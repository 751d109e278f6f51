package dev.localio.linux.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ErrPtrTest {

    @Test
    void a_pointer_is_not_an_error_and_yields_its_value() {
        ErrPtr<String> p = ErrPtr.ptr("file");
        assertThat(p.isErr()).isFalse();
        assertThat(p.value()).isEqualTo("file");
        assertThat(p.errno()).isNull();
    }

    @Test
    void an_error_pointer_carries_its_errno_and_cannot_be_dereferenced() {
        ErrPtr<String> p = ErrPtr.err(Errno.ENXIO);
        assertThat(p.isErr()).isTrue();
        assertThat(p.errno()).isEqualTo(Errno.ENXIO);
        assertThatThrownBy(p::value).hasMessage("dereference of ERR_PTR(-6)");
        ErrPtr<Integer> cast = p.errCast();
        assertThat(cast.errno()).isEqualTo(Errno.ENXIO);
    }

    @Test
    void errno_values_match_the_kernel() {
        assertThat(Errno.ENXIO.value()).isEqualTo(6);
        assertThat(Errno.EINVAL.negative()).isEqualTo(-22);
        assertThat(Errno.ESTALE.value()).isEqualTo(116);
        assertThat(Errno.fromValue(-13)).isEqualTo(Errno.EACCES);
    }
}

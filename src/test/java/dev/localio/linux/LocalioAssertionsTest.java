package dev.localio.linux;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import org.junit.jupiter.api.Test;

class LocalioAssertionsTest {

    @Test
    void fails_with_reports_a_pointer_or_another_errno_in_kernel_terms() {
        LocalioAssertions.assertThat(ErrPtr.err(Errno.ENXIO)).failsWith(Errno.ENXIO);
        assertThatThrownBy(() -> LocalioAssertions.assertThat(ErrPtr.ptr("file")).failsWith(Errno.ENXIO))
                .hasMessageContaining("expected ERR_PTR(-ENXIO) but got the pointer file");
        assertThatThrownBy(() -> LocalioAssertions.assertThat(ErrPtr.err(Errno.EACCES)).failsWith(Errno.ENXIO))
                .hasMessageContaining("but got ERR_PTR(-EACCES)");
    }

    @Test
    void succeeds_reports_the_error() {
        LocalioAssertions.assertThat(ErrPtr.ptr("file")).succeeds();
        assertThatThrownBy(() -> LocalioAssertions.assertThat(ErrPtr.err(Errno.ESTALE)).succeeds())
                .hasMessageContaining("expected a pointer but got ERR_PTR(-ESTALE)");
    }
}

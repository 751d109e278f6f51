package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.dcache.oncrpc4j.xdr.Xdr;
import org.junit.jupiter.api.Test;

class OpaqueArgumentTest {

    private static final byte[] FIVE = {1, 2, 3, 4, 5};

    @Test
    void the_fixed_form_is_the_bytes_padded_to_four_with_no_length_word() throws IOException {
        assertThat(encode(new OpaqueArgument(FIVE, false))).containsExactly(1, 2, 3, 4, 5, 0, 0, 0);
    }

    @Test
    void the_variable_form_puts_the_length_first() throws IOException {
        assertThat(encode(new OpaqueArgument(FIVE, true))).containsExactly(0, 0, 0, 5, 1, 2, 3, 4, 5, 0, 0, 0);
    }

    @Test
    void is_only_ever_sent() {
        Xdr xdr = new Xdr(new byte[8]);
        xdr.beginDecoding();

        assertThatThrownBy(() -> new OpaqueArgument(FIVE, false).xdrDecode(xdr))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static byte[] encode(OpaqueArgument argument) throws IOException {
        Xdr xdr = new Xdr(Xdr.INITIAL_XDR_SIZE);
        xdr.beginEncoding();
        argument.xdrEncode(xdr);
        xdr.endEncoding();
        return xdr.getBytes();
    }
}

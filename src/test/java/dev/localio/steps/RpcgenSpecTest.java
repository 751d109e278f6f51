package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RpcgenSpecTest {

    /** The page's LOCALIO program, as docs/localio.adoc gives it. */
    private static final String LOCALIO = """
            /* a raw RFC 9562 UUID */
            const UUID_SIZE = 16;
            typedef opaque uuid_t[UUID_SIZE];

            program NFS_LOCALIO_PROGRAM {
                version LOCALIO_V1 {
                    void NULL(void) = 0;
                    void UUID_IS_LOCAL(uuid_t) = 1;
                } = 1;
            } = 400122;
            """;

    @Test
    void reads_the_pages_localio_program_with_its_constants_and_fixed_opaque_argument() {
        RpcgenSpec spec = RpcgenSpec.parse(LOCALIO);

        assertThat(spec.programName).isEqualTo("NFS_LOCALIO_PROGRAM");
        assertThat(spec.program).isEqualTo(400122);
        assertThat(spec.versions).containsExactly(new RpcgenSpec.Version("LOCALIO_V1", 1, List.of(
                new RpcgenSpec.Procedure("NULL", RpcgenSpec.Type.VOID, 0),
                new RpcgenSpec.Procedure("UUID_IS_LOCAL", new RpcgenSpec.Type("uuid_t", 16, false), 1))));
    }

    @Test
    void takes_angle_brackets_for_variable_length_opaque_and_names_for_every_number() {
        RpcgenSpec spec = RpcgenSpec.parse("""
                const PROG = 99; const V2 = 2; const MAX = 8; const PING = 3;
                typedef opaque blob<MAX>;
                program P { version ONE { void NULL(void) = 0; } = 1;
                            version TWO { void SEND(blob) = PING; } = V2; } = PROG;
                """);

        assertThat(spec.program).isEqualTo(99);
        assertThat(spec.versions).extracting(RpcgenSpec.Version::number).containsExactly(1, 2);
        assertThat(spec.versions.get(1).procedures()).containsExactly(
                new RpcgenSpec.Procedure("SEND", new RpcgenSpec.Type("blob", 8, true), 3));
    }

    @Test
    void ignores_what_is_inside_comments() {
        RpcgenSpec spec = RpcgenSpec.parse(LOCALIO.replace("void NULL(void) = 0;", "/* void GONE(void) = 7; */ void NULL(void) = 0;"));

        assertThat(spec.versions.get(0).procedures()).extracting(RpcgenSpec.Procedure::name)
                .containsExactly("NULL", "UUID_IS_LOCAL");
    }

    @Nested
    class refuses_a_spec_it_could_not_check_in_full {

        @Test
        void without_a_program() {
            assertThatThrownBy(() -> RpcgenSpec.parse("const UUID_SIZE = 16;"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 'program NAME");
        }

        @Test
        void whose_program_declares_no_version() {
            assertThatThrownBy(() -> RpcgenSpec.parse("program P { } = 1;"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("program P declares no version");
        }

        @Test
        void whose_procedure_takes_a_type_it_does_not_declare() {
            assertThatThrownBy(() -> RpcgenSpec.parse(LOCALIO.replace("(uuid_t)", "(nonce_t)")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("procedure UUID_IS_LOCAL takes undeclared type nonce_t");
        }

        @Test
        void that_uses_a_constant_it_does_not_define() {
            assertThatThrownBy(() -> RpcgenSpec.parse(LOCALIO.replace("= 400122;", "= LOCALIO_PROG;")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("undefined constant LOCALIO_PROG");
        }

        @Test
        void whose_version_declares_something_other_than_a_void_procedure() {
            assertThatThrownBy(() -> RpcgenSpec.parse(LOCALIO.replace("void UUID_IS_LOCAL", "int UUID_IS_LOCAL")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("version LOCALIO_V1: cannot check 'int UUID_IS_LOCAL(uuid_t) = 1'");
        }
    }
}

package dev.localio.linux.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The index of kernel symbols is read from the model's annotations: it must hold the symbols the page
 * leans on, give each one Java home, and name only files a kernel tree has.
 */
class KernelSymbolsTest {

    /** The forms KernelSymbol's Javadoc allows. */
    private static final Pattern SYMBOL_FORM = Pattern.compile(
            "(struct )?_*[a-z][a-z0-9_]*(\\(\\))?|[a-z][a-z0-9_]*->[a-z][a-z0-9_]*|[A-Z][A-Z0-9_]*|-E[A-Z0-9]+"
                    + "|[a-z][a-z0-9]*\\.[a-z][a-z0-9_]*");

    @Test
    void the_models_index_builds_without_a_symbol_claimed_twice() {
        assertThat(KernelSymbols.model().entries()).hasSizeGreaterThan(80);
    }

    @Test
    void a_kernel_function_leads_to_the_method_that_models_it() {
        KernelSymbols.Entry entry = KernelSymbols.model().find("nfs_uuid_begin()").orElseThrow();
        assertThat(entry.element()).isEqualTo("fs.nfs_common.NfsUuid.nfsUuidBegin()");
        assertThat(entry.file()).isEqualTo("fs/nfs_common/nfslocalio.c");
        assertThat(entry.type().getSimpleName()).isEqualTo("NfsUuid");
    }

    @Test
    void structs_fields_and_constants_lead_to_their_classes_accessors_and_constants() {
        KernelSymbols index = KernelSymbols.model();
        assertThat(index.find("struct nfsd_net").orElseThrow().element()).isEqualTo("fs.nfsd.NfsdNet");
        assertThat(index.find("nn->nfsd_serv").orElseThrow().element()).isEqualTo("fs.nfsd.NfsdNet.nfsdServ()");
        assertThat(index.find("UUID_SIZE").orElseThrow().element()).isEqualTo("fs.nfs_common.NfsUuid.UUID_SIZE");
        assertThat(index.find("nfs.localio_enabled").orElseThrow().file()).isEqualTo("fs/nfs/localio.c");
    }

    @Test
    void every_file_is_a_path_in_the_kernel_tree() {
        assertThat(KernelSymbols.model().entries())
                .allSatisfy(e -> assertThat(e.file()).as("file of %s (%s)", e.symbol(), e.element())
                        .matches(KernelSymbols.KERNEL_PATH).doesNotContain(".."));
    }

    @Test
    void every_symbol_is_written_as_a_kernel_reader_writes_it() {
        assertThat(KernelSymbols.model().entries())
                .allSatisfy(e -> assertThat(e.symbol()).as("symbol on %s", e.element()).matches(SYMBOL_FORM));
    }

    @Test
    void a_symbol_claimed_by_two_elements_is_refused_naming_both() {
        assertThatThrownBy(() -> KernelSymbols.of(List.of(First.class, Second.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nfs_uuid_begin() is modelled by ")
                .hasMessageContaining("KernelSymbolsTest.First.begin()")
                .hasMessageContaining("KernelSymbolsTest.Second");
    }

    @Test
    void a_misspelt_symbol_gets_the_closest_names_first() {
        assertThat(KernelSymbols.model().closest("nfs_uuid_begn()", 3)).first().isEqualTo("nfs_uuid_begin()");
        assertThat(KernelSymbols.distance("kitten", "sitting")).isEqualTo(3);
    }

    static final class First {
        @KernelSymbol(value = "nfs_uuid_begin()", file = "fs/nfs_common/nfslocalio.c")
        void begin() {
        }
    }

    @KernelSymbol(value = "nfs_uuid_begin()", file = "fs/nfs_common/nfslocalio.c")
    static final class Second {
    }
}

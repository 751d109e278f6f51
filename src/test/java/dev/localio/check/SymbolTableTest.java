package dev.localio.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.localio.linux.kernel.KernelSymbols;

/** README's symbol table is the one the model's annotations give, so it cannot go stale unnoticed. */
class SymbolTableTest {

    @Test
    void readmes_kernel_symbol_table_is_the_one_the_model_gives() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(SymbolTable.current(readme)).as("README's table between the kernel-symbols markers is stale:"
                + " run ./mvnw -q exec:exec@symbol-table and commit README.md")
                .isEqualTo(SymbolTable.render(KernelSymbols.model()));
    }

    @Test
    void the_table_has_a_row_per_symbol_naming_file_and_java_element() {
        assertThat(SymbolTable.render(KernelSymbols.model()))
                .contains("| `nfs_uuid_begin()` | `fs/nfs_common/nfslocalio.c` | `fs.nfs_common.NfsUuid.nfsUuidBegin()` |");
    }

    @Test
    void replacing_keeps_the_text_around_the_markers() {
        String readme = "before\n" + SymbolTable.BEGIN + "\nold\n" + SymbolTable.END + "\nafter\n";
        String replaced = SymbolTable.replace(readme, "new\n");
        assertThat(replaced).startsWith("before\n").endsWith(SymbolTable.END + "\nafter\n");
        assertThat(SymbolTable.current(replaced)).isEqualTo("new\n");
        assertThatThrownBy(() -> SymbolTable.replace("no markers", "new\n")).isInstanceOf(IllegalArgumentException.class);
    }
}

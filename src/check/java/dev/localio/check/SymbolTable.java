package dev.localio.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.localio.linux.kernel.KernelSymbols;

/**
 * README's table "From a kernel symbol to its Java home", generated from the model's
 * {@code @KernelSymbol} annotations ({@link KernelSymbols}): a row per symbol, by kernel file. It
 * lives in README between {@link #BEGIN} and {@link #END}; {@code SymbolTableTest} fails the build
 * when the two differ, and {@code ./mvnw -q exec:exec@symbol-table} (after a build) writes it anew.
 */
public final class SymbolTable {

    public static final String BEGIN = "<!-- kernel-symbols: generated from the model's @KernelSymbol annotations"
            + " by ./mvnw -q exec:exec@symbol-table; do not edit -->";
    public static final String END = "<!-- /kernel-symbols -->";

    private SymbolTable() {
    }

    /** The table, in Markdown, as README holds it between the markers. */
    public static String render(KernelSymbols index) {
        StringBuilder out = new StringBuilder("| kernel symbol | v6.12 file | Java (`dev.localio.linux.…`) |\n")
                .append("| --- | --- | --- |\n");
        for (KernelSymbols.Entry e : index.entries()) {
            out.append("| `").append(e.symbol()).append("` | `").append(e.file()).append("` | `")
                    .append(e.element()).append("` |\n");
        }
        return out.toString();
    }

    /** What README holds between the markers, or null if it lacks them. */
    public static String current(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            return null;
        }
        return readme.substring(begin + BEGIN.length(), end).strip() + "\n";
    }

    /** README with the table between the markers replaced. */
    public static String replace(String readme, String table) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("README has no markers " + BEGIN + " ... " + END);
        }
        return readme.substring(0, begin + BEGIN.length()) + "\n" + table + readme.substring(end);
    }

    /** Writes the table into the README named by the first argument (default {@code README.md}). */
    public static void main(String[] args) throws IOException {
        Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String table = render(KernelSymbols.model());
        if (table.equals(current(text))) {
            System.out.println("symbol-table: " + readme + " is up to date");
            return;
        }
        Files.writeString(readme, replace(text, table), StandardCharsets.UTF_8);
        System.out.println("symbol-table: wrote " + KernelSymbols.model().entries().size() + " symbols into " + readme);
    }
}

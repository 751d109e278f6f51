package dev.localio.steps;

import java.util.List;
import java.util.Optional;

import dev.localio.linux.kernel.KernelSymbols;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;

/**
 * The three steps the toolchain writes for the prose of a page ({@code <page>.prose.feature}): a fact
 * the page states is the model's value ({@link ModelFacts}); a kernel symbol it names as code is
 * modelled by an element of the model ({@link KernelSymbols}, read from the model's
 * {@code @KernelSymbol} annotations); a symbol its list of unmodelled symbols names is not.
 *
 * <p>Each symbol step attaches where the symbol lives in the kernel the page describes (v6.12, at
 * git.kernel.org: the file, without a line number) and, when modelled, the Java element; the site
 * links the symbol there. These scenarios touch no machine: they are tagged {@code @prose}, which the
 * world's hooks skip.
 */
public class ProseSteps {

    /** The kernel tree the page and the model describe, by file: append the file, then {@link #AT}. */
    static final String KERNEL = "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/";
    static final String AT = "?h=v6.12";
    private static final String SYMBOL_JSON = "application/vnd.livingdocs.symbol+json";

    private Scenario scenario;

    @Before("@prose")
    public void scenario(Scenario s) {
        scenario = s;
    }

    @Then("the fact {string} reads {string}")
    public void theFactReads(String name, String value) {
        String wrong = ModelFacts.check(name, value);
        if (wrong != null) {
            throw new AssertionError(wrong);
        }
    }

    @Then("the symbol {string} is known")
    public void theSymbolIsKnown(String symbol) {
        Optional<KernelSymbols.Entry> entry = KernelSymbols.model().find(symbol);
        if (entry.isEmpty()) {
            List<String> near = KernelSymbols.model().closest(symbol, 3);
            throw new AssertionError("no such symbol in the model; did you mean " + String.join(", ", near)
                    + "? (model it with @KernelSymbol, or list it in the page's [.unmodelled-symbols] table)");
        }
        KernelSymbols.Entry e = entry.get();
        attach(e.file(), KernelSymbols.ROOT + "." + e.element());
    }

    @Then("the symbol {string} in {string} is not modelled")
    public void theSymbolIsNotModelled(String symbol, String file) {
        Optional<KernelSymbols.Entry> entry = KernelSymbols.model().find(symbol);
        if (entry.isPresent()) {
            throw new AssertionError("modelled by " + KernelSymbols.ROOT + "." + entry.get().element() + " ("
                    + entry.get().file() + "): remove it from the list");
        }
        if (!KernelSymbols.KERNEL_PATH.matcher(file).matches()) {
            throw new AssertionError("'" + file + "' is not a path in the kernel tree (such as fs/nfsd/netns.h)");
        }
        attach(file, null);
    }

    private void attach(String file, String resolvedBy) {
        StringBuilder json = new StringBuilder("{\"link\": ").append(quoted(KERNEL + file + AT));
        if (resolvedBy != null) {
            json.append(", \"resolvedBy\": ").append(quoted(resolvedBy));
        }
        scenario.attach(json.append('}').toString(), SYMBOL_JSON, null);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

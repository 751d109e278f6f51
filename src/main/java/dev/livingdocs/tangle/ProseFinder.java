package dev.livingdocs.tangle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.asciidoctor.ast.Document;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.DocError;
import dev.livingdocs.DocLocation;
import dev.livingdocs.FactMacro;
import dev.livingdocs.Html;

/**
 * Tangle's reading of a page's prose: its facts, the inline code its symbol pattern counts as
 * symbols, and its list of symbols it names but does not model; each becomes a {@link ProseCheck}.
 *
 * <p>Which inline code is a symbol is the page's to say, with a Java regular expression that the
 * whole code text must match, in the document attribute {@value ProseWalker#SYMBOLS_ATTRIBUTE} (set in the
 * page's header, or for every page with {@code -a}); a page without it has no symbol checks. One
 * span opts out with the role {@value ProseWalker#NO_SYMBOL_ROLE}.
 */
final class ProseFinder implements ProseWalker.Visitor {

    private static final Pattern FACT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Pattern CODE = Pattern.compile("^<code(?:\\s[^>]*)?>(.*)</code>$", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:!?[A-Za-z0-9_][A-Za-z0-9_-]*!?:(?:\\s.*)?$");
    private static final Pattern DELIMITER = Pattern.compile("^(?:-{4,}|\\.{4,}|\\+{4,}|/{4,}|```.*)$");
    private static final Pattern IN_GHERKIN = Pattern.compile("(?<![\\w\\\\])" + FactMacro.NAME + ":[^\\s\\[]+\\[");

    private final List<DocError> errors;
    private final Pattern symbols;
    private final List<ProseCheck> checks = new ArrayList<>();
    private final Map<String, ProseCheck> listed = new LinkedHashMap<>();

    private ProseFinder(Pattern symbols, List<DocError> errors) {
        this.symbols = symbols;
        this.errors = errors;
    }

    /**
     * The checks of a page, in document order; adds what is wrong to {@code errors}.
     *
     * @param titleAt where the page's title is: the line a page-wide problem is reported at
     * @param title   the raw title line (a fact there could not be shown checked)
     */
    static List<ProseCheck> find(Asciidoc asciidoc, SourceFiles sources, Document doc, DocLocation titleAt,
                                 String title, List<DocError> errors) {
        ProseFinder finder = new ProseFinder(pattern(doc, titleAt, errors), errors);
        boolean isTitle = title != null && (title.startsWith("= ") || title.startsWith("# "));
        if (isTitle && title.contains(FactMacro.NAME + ":")) {
            errors.add(new DocError(titleAt, "a fact in the document title cannot be shown checked; state it in the text"));
        }
        new ProseWalker(asciidoc, sources, false).walk(doc, finder);
        List<ProseCheck> checks = finder.finish();
        if (!checks.isEmpty()) {
            bodyAttributeEntries(sources.lines(asciidoc.projectDir().resolve(titleAt.path())), titleAt, errors);
        }
        return checks;
    }

    /**
     * Tangle reads each paragraph on its own, with the header's attributes: an attribute entry further
     * down (which the page's conversion applies from where it stands) would make the page show other
     * values than those checked. On a page with checks, they belong in the header.
     */
    private static void bodyAttributeEntries(List<String> raw, DocLocation titleAt, List<DocError> errors) {
        int line = titleAt.line();
        while (line <= raw.size() && !raw.get(line - 1).isBlank()) {
            line++;
        }
        String verbatim = null;
        for (; line <= raw.size(); line++) {
            String text = raw.get(line - 1);
            if (verbatim != null) {
                verbatim = text.equals(verbatim) ? null : verbatim;
            } else if (DELIMITER.matcher(text).matches()) {
                verbatim = text;
            } else if (ATTRIBUTE_ENTRY.matcher(text).matches()) {
                errors.add(new DocError(new DocLocation(titleAt.path(), line), "an attribute entry below the header of a page"
                        + " with checked facts or symbols: tangle reads the text with the header's attributes, so the page would"
                        + " show other values than those checked; move it into the header"));
            }
        }
    }

    /** Facts in Gherkin are not macros (the block is verbatim): the reader would see the markup. */
    static void checkGherkin(GherkinBlock block, List<DocError> errors) {
        for (SourceLine line : block.lines()) {
            if (IN_GHERKIN.matcher(line.text()).find()) {
                errors.add(new DocError(line.origin(), "a fact cannot be stated inside a gherkin block: it is shown as"
                        + " written and never checked; use a step, or state it in the prose"));
            }
        }
    }

    private static Pattern pattern(Document doc, DocLocation titleAt, List<DocError> errors) {
        Object value = doc.getAttribute(ProseWalker.SYMBOLS_ATTRIBUTE);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        // Attribute values get the header substitutions: "<", ">" and "&" arrive as entities.
        String regex = Html.plain(value.toString());
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            errors.add(new DocError(titleAt, ":" + ProseWalker.SYMBOLS_ATTRIBUTE + ": is not a valid pattern: "
                    + e.getDescription() + " near index " + e.getIndex() + " of '" + regex + "'"));
            return null;
        }
    }

    @Override
    public String fact(ProseWalker.Mention mention, String name, String value) {
        String plain = Html.plain(value);
        if (!FACT_NAME.matcher(name).matches()) {
            errors.add(new DocError(mention.at(), "fact name '" + name + "' is not a name: letters, digits, '.', '_' and"
                    + " '-', starting with a letter"));
        } else if (plain == null || plain.isEmpty()) {
            errors.add(new DocError(mention.at(), "fact " + name + " has no value: write " + FactMacro.NAME + ":" + name
                    + "[VALUE], the value as the reader should read it"));
        } else {
            checks.add(new ProseCheck(ProseCheck.Kind.FACT, mention.at(), mention.ordinal(), mention.sections(),
                    mention.section(), name, plain, null));
        }
        return value;
    }

    @Override
    public String code(ProseWalker.Mention mention, String text, List<String> roles, String inner) {
        if (symbols != null && !roles.contains(ProseWalker.NO_SYMBOL_ROLE) && symbols.matcher(text).matches()) {
            checks.add(new ProseCheck(ProseCheck.Kind.SYMBOL, mention.at(), mention.ordinal(), mention.sections(),
                    mention.section(), text, null, null));
        }
        return null;
    }

    @Override
    public String unmodelledRow(ProseWalker.Mention mention, List<String> cells) {
        String symbol = cells.isEmpty() ? null : code(cells.get(0));
        String file = cells.size() < 2 ? "" : Html.plain(cells.get(1));
        String reason = cells.size() < 3 ? "" : Html.plain(cells.get(2));
        if (symbol == null || file == null || file.isEmpty() || reason == null || reason.isEmpty()) {
            errors.add(new DocError(mention.at(), "a row of the [." + ProseWalker.UNMODELLED_ROLE + "] table holds the"
                    + " symbol as inline code, the file it lives in, and why it is not modelled (and the table a header row)"));
            return null;
        }
        ProseCheck row = new ProseCheck(ProseCheck.Kind.UNMODELLED, mention.at(), mention.ordinal(), mention.sections(),
                mention.section(), symbol, file, reason);
        ProseCheck earlier = listed.putIfAbsent(symbol, row);
        if (earlier != null) {
            errors.add(new DocError(mention.at(), "symbol " + symbol + " is already listed at " + earlier.at()));
        } else {
            checks.add(row);
        }
        return null;
    }

    @Override
    public void problem(DocError error) {
        errors.add(error);
    }

    /** The one inline code span a cell holds, as the reader reads it; null if it holds anything else. */
    private static String code(String cell) {
        Matcher m = CODE.matcher(cell.strip());
        if (!m.matches() || m.group(1).contains("<code")) {
            return null;
        }
        String text = Html.plain(m.group(1));
        return text == null || text.isEmpty() ? null : text.replaceAll("\\s+", " ");
    }

    /** Mentions of listed symbols are the list's to answer; every listed symbol must be mentioned. */
    private List<ProseCheck> finish() {
        if (!listed.isEmpty() && symbols == null) {
            errors.add(new DocError(listed.values().iterator().next().at(), "a [." + ProseWalker.UNMODELLED_ROLE
                    + "] table needs the page's symbol pattern (:" + ProseWalker.SYMBOLS_ATTRIBUTE + ": in the header)"));
        }
        Set<String> mentioned = new HashSet<>();
        List<ProseCheck> result = new ArrayList<>(checks.size());
        for (ProseCheck check : checks) {
            ProseCheck row = check.kind() == ProseCheck.Kind.SYMBOL ? listed.get(check.subject()) : null;
            if (row != null) {
                mentioned.add(check.subject());
                result.add(new ProseCheck(ProseCheck.Kind.LISTED, check.at(), check.ordinal(), check.sections(),
                        check.section(), check.subject(), row.value(), row.reason()));
            } else {
                result.add(check);
            }
        }
        if (symbols != null) {
            for (ProseCheck row : listed.values()) {
                if (!mentioned.contains(row.subject())) {
                    errors.add(new DocError(row.at(), "symbol " + row.subject() + " is listed as not modelled, but the page never"
                            + " names it as inline code: drop the row"));
                }
            }
        }
        return result;
    }
}

package dev.livingdocs.tangle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.DocError;
import dev.livingdocs.DocLocation;
import dev.livingdocs.FactMacro;
import dev.livingdocs.Html;
import dev.livingdocs.Pages;

/**
 * Walks the prose of a parsed page, the way a reader reads it: every paragraph, list item, table
 * cell and title, converted by Asciidoctor (so includes, conditionals, {@code {attribute}}
 * references, passthroughs and escapes are what they are for the reader), reporting each fact and
 * each inline code span with the line it stands on.
 *
 * <p>Tangle and weave walk a page with the same code, so both find the same things at the same
 * places: tangle turns them into checks, weave shows each check's outcome where it stands. A mention
 * is named by its line and its ordinal among the mentions of that line.
 *
 * <p>Asciidoctor knows where a block, list item or cell starts, not where inside it a phrase is: the
 * walker finds that line in the raw source, in order (the third fact of a paragraph is the third
 * occurrence of its markup), or, for one that an {@code {attribute}} brings in, the line of that
 * reference; failing both, the block's first line.
 *
 * <p>Gherkin, listing and literal blocks are code, not prose: they are not walked (a fact there is
 * tangle's error). A table with the {@value #UNMODELLED_ROLE} role is the page's list of symbols it
 * names without modelling: its rows are handed over as such, not walked as prose.
 */
public final class ProseWalker {

    /** The role of the table that lists symbols the page names but does not model. */
    public static final String UNMODELLED_ROLE = "unmodelled-symbols";

    /** The document attribute holding the page's symbol pattern. */
    public static final String SYMBOLS_ATTRIBUTE = "livingdocs-symbols";

    /** The role that takes one inline code span out of the symbol check: {@code [.no-symbol]`h1`}. */
    public static final String NO_SYMBOL_ROLE = "no-symbol";

    private static final String ATTRIBUTE_MISSING = "attribute-missing";
    private static final Pattern CODE = Pattern.compile("<code((?:\\s+[a-z-]+=\"[^\"]*\")*)>(.*?)</code>", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("\\bclass=\"([^\"]*)\"");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[(.*)\\]\\s*$");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([A-Za-z0-9_][A-Za-z0-9_-]*)\\}");
    private static final Pattern SKIPPED_LINE = Pattern.compile("^(?:(?:ifdef|ifndef|ifeval|endif|include)::\\S*\\[.*\\]\\s*|//(?!/).*)$");
    /** Where a fact macro seems to start: "fact:" not inside a word, not escaped, not in a passthrough. */
    private static final Pattern FACT_START = Pattern.compile("(?<![\\w\\\\+`])" + FactMacro.NAME + ":");
    /** Asciidoctor's own rule for an inline macro with a target (Extensions::InlineMacroProcessor). */
    private static final Pattern FACT_MACRO = Pattern.compile(FactMacro.NAME + ":(\\S+?)\\[(|.*?[^\\\\])\\]");

    /**
     * A fact or code span, where the reader sees it.
     *
     * @param at         its line
     * @param ordinal    its place among the mentions of that line, from 1
     * @param sections   titles of the enclosing sections, outermost first
     * @param section    where the innermost enclosing section's title is, or null in the preamble
     * @param inTitle    whether it is in a section or block title (which tables of contents repeat)
     * @param inLink     whether it is inside a link already
     * @param node       the section, block, list item or cell whose text holds it
     */
    public record Mention(DocLocation at, int ordinal, List<String> sections, DocLocation section,
                          boolean inTitle, boolean inLink, StructuralNode node) {
    }

    /** What the walker reports, in document order. */
    public interface Visitor {

        /** A fact; returns the HTML to render in its place. {@code value} is converted text (HTML). */
        String fact(Mention mention, String name, String value);

        /**
         * An inline code span ({@code <code>} in the converted text); returns the HTML to put inside the
         * {@code <code>} element instead of {@code inner}, or null to leave it.
         *
         * @param text  the code as the reader reads it: tags stripped, entities decoded, spaces collapsed
         * @param roles the span's roles, e.g. {@value #NO_SYMBOL_ROLE}
         */
        String code(Mention mention, String text, List<String> roles, String inner);

        /**
         * A body row of an {@value #UNMODELLED_ROLE} table, at its first cell; returns the HTML for its
         * first cell instead of {@code cells.get(0)}, or null to leave it.
         *
         * @param cells the row's cells, converted (HTML)
         */
        String unmodelledRow(Mention mention, List<String> cells);

        /** Markup the walker finds wrong: a malformed fact, a fact where none can be checked. */
        void problem(DocError error);
    }

    private final Asciidoc asciidoc;
    private final SourceFiles sources;
    private final boolean writeBack;
    private final Map<DocLocation, Integer> ordinals = new HashMap<>();
    private final Map<String, Path> files = new HashMap<>();
    private final Set<DocError> problems = new LinkedHashSet<>();
    private Visitor visitor;
    private Document document;
    private boolean symbols;

    /**
     * @param writeBack whether to put what the visitor returns into the document (weave), or only to
     *                  look (tangle)
     */
    ProseWalker(Asciidoc asciidoc, SourceFiles sources, boolean writeBack) {
        this.asciidoc = asciidoc;
        this.sources = sources;
        this.writeBack = writeBack;
    }

    /** A walker that puts the visitor's HTML into the document, for the weave. */
    public static ProseWalker rewriting(Asciidoc asciidoc) {
        return new ProseWalker(asciidoc, new SourceFiles(), true);
    }

    /** Walks a whole document; call once per walker. */
    public void walk(Document doc, Visitor visitor) {
        this.visitor = visitor;
        this.document = doc;
        this.symbols = doc.getAttribute(SYMBOLS_ATTRIBUTE) != null;
        // Converting a block out of the converter's run skips the body's attribute entries (pages with
        // checks have none, ProseFinder sees to that): a reference only they set is no error here; the
        // page's own conversion still reports one that nothing sets.
        Map<String, Object> attributes = doc.getAttributes();
        Object missing = attributes.get(ATTRIBUTE_MISSING);
        attributes.put(ATTRIBUTE_MISSING, "skip");
        try {
            walkChildren(doc, new Context(List.of(), null));
        } finally {
            attributes.put(ATTRIBUTE_MISSING, missing);
        }
        problems.forEach(visitor::problem);
    }

    /** The titles of the enclosing sections, and where the innermost one is. */
    private record Context(List<String> sections, DocLocation section) {
        Context enter(String title, DocLocation at) {
            List<String> inner = new ArrayList<>(sections);
            inner.add(title);
            return new Context(inner, at);
        }
    }

    private void walkChildren(StructuralNode node, Context context) {
        for (StructuralNode child : new ArrayList<>(node.getBlocks())) {
            walk(child, context);
        }
    }

    private void walk(StructuralNode node, Context context) {
        if (node instanceof Section section) {
            DocLocation at = locate(section, null);
            // Mentions in a title count to the enclosing section: the title is what names this one.
            text(new Slot(section, Slot.Kind.TITLE, at, at.line(), context));
            walkChildren(section, context.enter(Html.plain(section.getTitle()), at));
            return;
        }
        DocLocation at = locate(node, null);
        checkAttributes(node, at);
        // Converting the title tells whether there is one; AsciidoctorJ has no cheaper question.
        DocLocation title = titleLine(at);
        text(new Slot(node, Slot.Kind.TITLE, title, title.line(), context));
        if (node instanceof Table table) {
            table(table, context);
        } else if (node instanceof org.asciidoctor.ast.List list) {
            for (StructuralNode item : list.getItems()) {
                listItem((ListItem) item, context);
            }
        } else if (node instanceof DescriptionList list) {
            for (DescriptionListEntry entry : list.getItems()) {
                entry.getTerms().forEach(term -> listItem(term, context));
                if (entry.getDescription() != null) {
                    listItem(entry.getDescription(), context);
                }
            }
        } else if (node instanceof Block block && ":simple".equals(contentModel(block))) {
            text(new Slot(block, Slot.Kind.BLOCK, at, at.line() + span(at, block.getLines().size()) - 1, context));
        } else if (":compound".equals(contentModel(node))) {
            walkChildren(node, context);
        }
        // Verbatim (listing, literal, source), raw (pass) and empty (image, ...) blocks are not prose.
    }

    private void listItem(ListItem item, Context context) {
        if (item.hasText()) {
            DocLocation at = locate(item, null);
            text(new Slot(item, Slot.Kind.ITEM, at, at.line() + span(at, lineCount(item.getSource())) - 1, context));
        }
        walkChildren(item, context);
    }

    private void table(Table table, Context context) {
        boolean unmodelled = table.hasRole(UNMODELLED_ROLE);
        List<List<Row>> parts = List.of(table.getHeader(), table.getBody(), table.getFooter());
        for (int part = 0; part < parts.size(); part++) {
            for (Row row : parts.get(part)) {
                if (unmodelled && part == 1) {
                    unmodelledRow(table, row, context);
                    continue;
                }
                for (Cell cell : row.getCells()) {
                    cell(table, cell, context);
                }
            }
        }
    }

    private void cell(Table table, Cell cell, Context context) {
        String style = cell.getStyle();
        if ("asciidoc".equals(style)) {
            walkChildren(cell.getInnerDocument(), context);
        } else if (!"literal".equals(style)) {
            DocLocation at = locate(cell, table);
            text(new Slot(cell, "monospaced".equals(style) ? Slot.Kind.CODE_CELL : Slot.Kind.CELL, at,
                    at.line() + span(at, lineCount(cell.getSource())) - 1, context));
        }
    }

    private void unmodelledRow(Table table, Row row, Context context) {
        List<Cell> cells = row.getCells();
        DocLocation at = locate(cells.get(0), table);
        Slot first = new Slot(cells.get(0), Slot.Kind.CELL, at, at.line() + span(at, lineCount(cells.get(0).getSource())) - 1, context);
        List<String> converted = new ArrayList<>();
        for (Cell cell : cells) {
            converted.add(asciidoc.facts().during((parent, name, value) -> fact(first, name, value), cell::getText));
        }
        String html = visitor.unmodelledRow(mention(first, at, false), converted);
        if (html != null && writeBack) {
            cells.get(0).setSource(passthrough(html));
        }
    }

    /** A piece of prose: one text the converter handles on its own. */
    private record Slot(StructuralNode node, Kind kind, DocLocation first, int last, Context context, Position facts,
                        Position code) {
        enum Kind { BLOCK, ITEM, CELL, CODE_CELL, TITLE }

        Slot(StructuralNode node, Kind kind, DocLocation first, int last, Context context) {
            this(node, kind, first, Math.max(first.line(), last), context, new Position(first.line()), new Position(first.line()));
        }
    }

    /** How far into a slot's source the search for the next fact, or code span, has got. */
    private static final class Position {
        int line;
        int column;

        Position(int line) {
            this.line = line;
        }
    }

    private void text(Slot slot) {
        if (!symbols && !mayHoldFact(slot)) {
            // Nothing here for either stage: not converting it keeps tangle's cost on a page without
            // checks near what it was. Both stages skip the same texts, so they count the same mentions.
            return;
        }
        String html = asciidoc.facts().during((parent, name, value) -> fact(slot, name, value), () -> convert(slot));
        if (html == null) {
            return;
        }
        checkFactMarkup(slot);
        String decorated = slot.kind() == Slot.Kind.CODE_CELL ? codeCell(slot, html) : codeSpans(slot, html);
        if (writeBack) {
            // Every text converted here is stored, changed or not: converting it again would count its
            // footnotes and counters twice.
            store(slot, decorated);
        }
    }

    /** Whether a text's source has a fact, or an attribute reference that may bring one in. */
    private static boolean mayHoldFact(Slot slot) {
        String source = switch (slot.kind()) {
            case BLOCK -> ((Block) slot.node()).getSource();
            case ITEM -> ((ListItem) slot.node()).getSource();
            case CELL, CODE_CELL -> ((Cell) slot.node()).getSource();
            case TITLE -> null;
        };
        return source == null || source.contains(FactMacro.NAME + ":") || source.contains("{");
    }

    private String fact(Slot slot, String name, String value) {
        // As Asciidoctor matches it: an unclosed "fact:name[" before it is text, not this fact.
        DocLocation at = find(slot, slot.facts(), List.of(Pattern.compile("(?<!\\\\)" + FactMacro.NAME + ":"
                + Pattern.quote(name) + "\\[(|.*?[^\\\\])\\]")));
        return visitor.fact(mention(slot, at, false), name, value);
    }

    private String codeSpans(Slot slot, String html) {
        Matcher m = CODE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(2);
            String text = codeText(inner);
            List<String> roles = roles(m.group(1));
            DocLocation at = find(slot, slot.code(), needles(text));
            String replaced = visitor.code(mention(slot, at, insideLink(html, m.start())), text, roles, inner);
            m.appendReplacement(out, Matcher.quoteReplacement(replaced == null ? m.group()
                    : "<code" + m.group(1) + ">" + replaced + "</code>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A cell of an {@code m} column: the converter sets the whole text as code. */
    private String codeCell(Slot slot, String html) {
        String text = codeText(html);
        if (text.isEmpty()) {
            return html;
        }
        DocLocation at = find(slot, slot.code(), needles(text));
        String replaced = visitor.code(mention(slot, at, false), text, List.of(), html);
        return replaced == null ? html : replaced;
    }

    private static String codeText(String inner) {
        String plain = Html.plain(inner);
        return plain == null ? "" : plain.replaceAll("\\s+", " ").strip();
    }

    /** How a code span may be written: in backticks, as a passthrough, or (split over lines) its first word. */
    private static List<Pattern> needles(String text) {
        List<Pattern> needles = new ArrayList<>();
        for (String needle : List.of("`" + text, "+" + text, text, text.split(" ", 2)[0])) {
            needles.add(Pattern.compile(Pattern.quote(needle)));
        }
        return needles;
    }

    private static List<String> roles(String attributes) {
        Matcher m = CLASS.matcher(attributes);
        return m.find() ? List.of(m.group(1).trim().split("\\s+")) : List.of();
    }

    private static boolean insideLink(String html, int at) {
        String before = html.substring(0, at);
        return before.lastIndexOf("<a ") > before.lastIndexOf("</a>");
    }

    private Mention mention(Slot slot, DocLocation at, boolean inLink) {
        int ordinal = ordinals.merge(at, 1, Integer::sum);
        return new Mention(at, ordinal, slot.context().sections(), slot.context().section(),
                slot.kind() == Slot.Kind.TITLE, inLink, slot.node());
    }

    private static String convert(Slot slot) {
        return switch (slot.kind()) {
            case BLOCK -> {
                Object content = slot.node().getContent();
                yield content == null ? null : content.toString();
            }
            case ITEM -> ((ListItem) slot.node()).getText();
            case CELL, CODE_CELL -> ((Cell) slot.node()).getText();
            case TITLE -> slot.node().getTitle();
        };
    }

    /**
     * Puts converted HTML back in place of a slot's source, as a passthrough, so the final conversion
     * shows it as it is (and meets no fact a second time).
     */
    private static void store(Slot slot, String html) {
        String pass = passthrough(html);
        switch (slot.kind()) {
            case BLOCK -> ((Block) slot.node()).setLines(List.of(pass));
            case ITEM -> ((ListItem) slot.node()).setSource(pass);
            case CELL, CODE_CELL -> ((Cell) slot.node()).setSource(pass);
            case TITLE -> slot.node().setTitle(pass);
        }
    }

    /** {@code +++...+++} passes text through every substitution; a "+" inside is written as an entity. */
    private static String passthrough(String html) {
        return "+++" + html.replace("+", "&#43;") + "+++";
    }

    /**
     * The line of the next occurrence of any needle in the slot's source, from where the last one was
     * found on; else the line of an attribute reference whose value holds a needle; else the slot's
     * first line.
     */
    private DocLocation find(Slot slot, Position from, List<Pattern> needles) {
        Path file = file(slot.first());
        List<String> raw = file == null ? List.of() : sources.lines(file);
        int last = Math.min(slot.last(), raw.size());
        for (Pattern needle : needles) {
            for (int line = from.line, column = from.column; line <= last; line++, column = 0) {
                String text = raw.get(line - 1);
                Matcher m = needle.matcher(text);
                if (column <= text.length() && m.find(column)) {
                    from.line = line;
                    from.column = m.start() + 1;
                    return new DocLocation(slot.first().path(), line);
                }
            }
        }
        for (int line = from.line, column = from.column; line <= last; line++, column = 0) {
            Matcher m = ATTRIBUTE_REFERENCE.matcher(raw.get(line - 1));
            while (m.find()) {
                Object value = document.getAttribute(m.group(1));
                if (m.start() >= column && value != null && needles.stream().anyMatch(n -> n.matcher(value.toString()).find())) {
                    from.line = line;
                    from.column = m.end();
                    return new DocLocation(slot.first().path(), line);
                }
            }
        }
        return slot.first();
    }

    /**
     * Every "fact:" in the slot's source that Asciidoctor will not take for a macro: the reader would
     * see the markup, and nothing would be checked.
     */
    private void checkFactMarkup(Slot slot) {
        Path file = file(slot.first());
        if (file == null) {
            return;
        }
        List<String> raw = sources.lines(file);
        for (int line = slot.first().line(); line <= Math.min(slot.last(), raw.size()); line++) {
            String text = raw.get(line - 1);
            Matcher start = FACT_START.matcher(text);
            while (start.find()) {
                Matcher macro = FACT_MACRO.matcher(text).region(start.start(), text.length());
                if (!macro.lookingAt()) {
                    problems.add(new DocError(new DocLocation(slot.first().path(), line), "malformed fact '"
                            + excerpt(text, start.start()) + "': write " + FactMacro.NAME + ":NAME[VALUE], or \\"
                            + FactMacro.NAME + ": to show the text as it is"));
                }
            }
        }
    }

    /**
     * A block's attributes (a quote's attribution, an image's alt text, a reason) are shown as written:
     * a fact there would show its markup and be checked by nobody.
     */
    private void checkAttributes(StructuralNode node, DocLocation at) {
        String named = null;
        for (Map.Entry<String, Object> attribute : node.getAttributes().entrySet()) {
            // The title is prose, walked as such.
            if (!attribute.getKey().equals("title") && attribute.getValue() instanceof String value && value.contains(FactMacro.NAME + ":")
                    && FACT_MACRO.matcher(value).find()
                    // A positional attribute is also there by its name (attribution, alt, ...): say that one.
                    && (named == null || named.chars().allMatch(Character::isDigit))) {
                named = attribute.getKey();
            }
        }
        if (named != null) {
            problems.add(new DocError(at, "a fact in the block attribute '" + named
                    + "' is shown as written and never checked; state it in the text"));
        }
    }

    private static String excerpt(String line, int from) {
        String rest = line.substring(from);
        int end = rest.indexOf(' ', FactMacro.NAME.length() + 1);
        int bracket = rest.indexOf(']');
        int cut = bracket >= 0 && (end < 0 || bracket < end) ? bracket + 1 : end < 0 ? rest.length() : end;
        return rest.substring(0, Math.min(cut, 60));
    }

    /** How many raw lines from {@code at} hold {@code count} lines of content (directives and comments skipped). */
    private int span(DocLocation at, int count) {
        Path file = file(at);
        if (file == null || count <= 1) {
            return Math.max(count, 1);
        }
        List<String> raw = sources.lines(file);
        int seen = 0;
        int line = at.line();
        for (; line <= raw.size(); line++) {
            if (!SKIPPED_LINE.matcher(raw.get(line - 1)).matches() && ++seen == count) {
                break;
            }
        }
        return line - at.line() + 1;
    }

    private static int lineCount(String source) {
        return source == null || source.isEmpty() ? 1 : source.split("\n", -1).length;
    }

    /** A block's title sits above it, after any attribute lines: the nearest line starting with ".". */
    private DocLocation titleLine(DocLocation block) {
        Path file = file(block);
        if (file != null) {
            List<String> raw = sources.lines(file);
            for (int line = block.line() - 1; line >= Math.max(1, block.line() - 5); line--) {
                String text = raw.get(line - 1);
                if (text.startsWith(".") && !text.startsWith("..") && text.length() > 1 && !Character.isWhitespace(text.charAt(1))) {
                    return new DocLocation(block.path(), line);
                }
            }
        }
        return block;
    }

    /** Where a node starts; a node without a source location (made by an extension) takes its parent's. */
    private DocLocation locate(StructuralNode node, StructuralNode fallback) {
        if (usable(node.getSourceLocation())) {
            return intoInclude(asciidoc.locate(node.getSourceLocation()), node);
        }
        if (fallback != null) {
            return locate(fallback, null);
        }
        if (node.getParent() instanceof StructuralNode parent) {
            return locate(parent, null);
        }
        return new DocLocation(Pages.displayPath(asciidoc.projectDir(), asciidoc.docsDir()), 1);
    }

    /**
     * Asciidoctor places a block that ends an included file at the {@code include::} line that brought
     * it in (its reader has left the file by the time it records where the block started). The reader
     * would fix the included file: the block is there, the last one whose first line this is.
     */
    private DocLocation intoInclude(DocLocation at, StructuralNode node) {
        Path file = file(at);
        if (file == null || at.line() > sources.lines(file).size()) {
            return at;
        }
        Matcher include = INCLUDE.matcher(sources.lines(file).get(at.line() - 1));
        if (!include.matches()) {
            return at;
        }
        Path target = file.resolveSibling(include.group(1)).normalize();
        if (!java.nio.file.Files.isRegularFile(target)) {
            return at;
        }
        List<String> lines = sources.lines(target);
        String first = firstLine(node);
        int found = 0;
        for (int i = lines.size(); i >= 1 && first != null; i--) {
            if (lines.get(i - 1).contains(first)) {
                found = i;
                break;
            }
        }
        return found > 0 ? new DocLocation(Pages.displayPath(asciidoc.projectDir(), target), found) : at;
    }

    /** The first line of a node's own text, as written, or null. */
    private static String firstLine(StructuralNode node) {
        String source = node instanceof Block block && !block.getLines().isEmpty() ? block.getLines().get(0)
                : node instanceof ListItem item ? item.getSource()
                : node instanceof Cell cell ? cell.getSource()
                : null;
        if (source == null || source.isBlank()) {
            return null;
        }
        return source.split("\n", 2)[0].strip();
    }

    private static boolean usable(Cursor cursor) {
        return cursor != null && cursor.getFile() != null && cursor.getLineNumber() > 0;
    }

    private Path file(DocLocation at) {
        return files.computeIfAbsent(at.path(), p -> {
            Path file = asciidoc.projectDir().resolve(p).normalize();
            return java.nio.file.Files.isRegularFile(file) ? file : null;
        });
    }

    private static String contentModel(StructuralNode node) {
        String model = node.getContentModel();
        return model == null ? "" : model.startsWith(":") ? model : ":" + model;
    }
}

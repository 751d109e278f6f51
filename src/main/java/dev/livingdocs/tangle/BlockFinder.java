package dev.livingdocs.tangle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.DocError;
import dev.livingdocs.DocErrorsException;
import dev.livingdocs.DocLocation;
import dev.livingdocs.Html;
import dev.livingdocs.Pages;

/**
 * Finds the Gherkin blocks of a page in the document Asciidoctor parsed, so that includes,
 * conditionals and attribute references are resolved exactly as for the reader.
 */
public final class BlockFinder {

    /**
     * Substitutions a Gherkin block may have: the defaults of a source block (specialcharacters, or
     * highlight in its place when the page sets a source highlighter; callouts), and attributes.
     */
    private static final Set<String> ALLOWED_SUBS = Set.of("specialcharacters", "highlight", "callouts", "attributes");
    private static final Pattern DELIMITER = Pattern.compile("^(?:-{4,}|\\.{4,}|```.*)$");

    private final Asciidoc asciidoc;
    private final SourceFiles sources = new SourceFiles();

    public BlockFinder(Asciidoc asciidoc) {
        this.asciidoc = asciidoc;
    }

    /** The page and its Gherkin blocks; fails with every problem found, each at its line. */
    public Page find(Path page) {
        List<DocError> errors = new ArrayList<>();
        // A cross-reference to nowhere does not change what runs: the weave reports it, with the site's problems.
        Page found = asciidoc.checked(() -> read(page, asciidoc.parse(page), errors), dangling -> { });
        if (!errors.isEmpty()) {
            throw new DocErrorsException(errors);
        }
        return found;
    }

    private Page read(Path page, Document doc, List<DocError> errors) {
        String display = Pages.displayPath(asciidoc.projectDir(), page);
        int titleLine = titleLine(page);
        DocLocation titleAt = new DocLocation(display, titleLine);
        // The prose first: it converts titles and paragraphs, and a title converted before is not again.
        List<String> raw = raw(page);
        List<ProseCheck> checks = ProseFinder.find(asciidoc, sources, doc, titleAt,
                titleLine <= raw.size() ? raw.get(titleLine - 1) : null, errors);
        String title = Html.plain(doc.getDoctitle());
        List<GherkinBlock> blocks = new ArrayList<>();
        for (StructuralNode node : doc.findBy(Map.of("context", ":listing", "style", "source"))) {
            if ("gherkin".equals(node.getAttributes().get("language"))) {
                GherkinBlock block = block((Block) node, errors);
                ProseFinder.checkGherkin(block, errors);
                blocks.add(block);
            }
        }
        if (title == null && blocks.stream().anyMatch(GherkinBlock::executable)) {
            errors.add(new DocError(titleAt, "a page with scenarios needs a document title (= Title): it names the Feature"));
        }
        return new Page(page, Pages.name(asciidoc.docsDir(), page), title, titleAt, blocks, claims(doc, errors), checks);
    }

    private List<Claim> claims(Document doc, List<DocError> errors) {
        List<Claim> claims = new ArrayList<>();
        for (StructuralNode node : doc.findBy(Map.of("role", Claim.ROLE))) {
            DocLocation at = asciidoc.locate(node.getSourceLocation());
            String id = node.getId();
            if (id == null || !id.startsWith(Claim.PREFIX)) {
                errors.add(new DocError(at, "a claim needs an id starting with '" + Claim.PREFIX
                        + "' ([.claim#" + Claim.PREFIX + "...]): scenarios refer to it by that tag"));
                continue;
            }
            Object reason = node.getAttributes().get("reason");
            // The words as the reader sees them: converted, then stripped of markup.
            String text = node instanceof Block block ? Html.plain(String.valueOf(block.getContent())) : Html.plain(node.getTitle());
            claims.add(new Claim(id, at, text == null ? "" : text.strip(), reason == null ? null : reason.toString()));
        }
        return claims;
    }

    private GherkinBlock block(Block block, List<DocError> errors) {
        Cursor cursor = block.getSourceLocation();
        DocLocation at = asciidoc.locate(cursor);
        List<String> subs = block.getSubstitutions();
        for (String sub : subs) {
            if (!ALLOWED_SUBS.contains(sub)) {
                errors.add(new DocError(at, "a gherkin block may substitute only attributes (subs=\"attributes+\"); '"
                        + sub + "' would make the text that runs differ from the text shown"));
            }
        }
        boolean attributes = subs.contains("attributes");
        boolean callouts = subs.contains("callouts");
        String text;
        if (attributes) {
            // Apply only the attribute substitution: the others would turn the text into HTML.
            block.setSubstitutions("attributes");
            text = String.valueOf(block.getContent());
        } else {
            text = block.getSource();
        }
        List<String> processed = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            processed.add(callouts ? Callouts.strip(line) : line);
        }

        Path file = Path.of(cursor.getFile());
        List<String> raw = raw(file);
        int opening = cursor.getLineNumber();
        boolean delimited = opening <= raw.size() && DELIMITER.matcher(raw.get(opening - 1)).matches();
        int first = delimited ? opening + 1 : opening;
        int last = lastContentLine(raw, opening, delimited);
        List<DocLocation> origins = LineAligner.align(at.path(), raw, first, last, processed, attributes, callouts);
        List<SourceLine> lines = new ArrayList<>(processed.size());
        for (int i = 0; i < processed.size(); i++) {
            lines.add(new SourceLine(processed.get(i), origins.get(i)));
        }

        LinkedList<String> sections = new LinkedList<>();
        DocLocation sectionAt = null;
        for (ContentNode parent = block.getParent(); parent instanceof StructuralNode node; parent = parent.getParent()) {
            if (node instanceof Section section) {
                sections.addFirst(Html.plain(section.getTitle()));
                if (sectionAt == null) {
                    sectionAt = asciidoc.locate(section.getSourceLocation());
                }
            }
            if (node instanceof Document) {
                break;
            }
        }
        Object reason = block.getAttributes().get("reason");
        return new GherkinBlock(at, sections, sectionAt, lines, !block.isOption(GherkinBlock.NOEXEC),
                reason == null ? null : reason.toString());
    }

    private static int lastContentLine(List<String> raw, int opening, boolean delimited) {
        if (delimited) {
            String delimiter = raw.get(opening - 1);
            String closing = delimiter.startsWith("```") ? "```" : delimiter;
            for (int r = opening + 1; r <= raw.size(); r++) {
                if (raw.get(r - 1).equals(closing)) {
                    return r - 1;
                }
            }
            return raw.size();
        }
        for (int r = opening; r <= raw.size(); r++) {
            if (raw.get(r - 1).isBlank()) {
                return r - 1;
            }
        }
        return raw.size();
    }

    /** The line of the document title: the first line that starts with "= " (or "# "). */
    private int titleLine(Path page) {
        List<String> raw = raw(page);
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).startsWith("= ") || raw.get(i).startsWith("# ")) {
                return i + 1;
            }
        }
        return 1;
    }

    private List<String> raw(Path file) {
        return sources.lines(file);
    }
}

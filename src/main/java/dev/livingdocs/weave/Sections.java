package dev.livingdocs.weave;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Table;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import dev.livingdocs.Html;
import dev.livingdocs.tangle.Claim;

/**
 * Every section of every page and how it stands: the outcomes of the scenarios it holds (its own, and
 * with its subsections), the claims it makes and the sections it refers to. The table of contents
 * shows a dot per section from it, and the landing page lists each section, those without a scenario
 * of their own too, with what backs them instead.
 *
 * <p>Runs after {@link ScenarioDecorator}, whose roles on each Gherkin block say how it ran.
 */
final class Sections extends Treeprocessor {

    /** One section: {@code path} is its title and its parents', as a rule name of the tangled feature. */
    record Info(String page, String id, String title, String path, int level, EnumMap<Outcome, Integer> own,
                EnumMap<Outcome, Integer> all, List<String> claims, List<String> refs, boolean hasSubsections, String text) {

        /** How a reader should take the section: "passed", "failed" (some red) or "none" (nothing ran). */
        Status status() {
            return Status.of(all);
        }
    }

    /** A dot's colour and what it stands for. */
    enum Status {
        PASSED("ld-passed", "every scenario passed"),
        FAILED("ld-failed", "some scenarios did not pass"),
        NONE("ld-not-executed", "no scenario ran here");

        final String cssClass;
        final String meaning;

        Status(String cssClass, String meaning) {
            this.cssClass = cssClass;
            this.meaning = meaning;
        }

        static Status of(Map<Outcome, Integer> counts) {
            boolean red = counts.keySet().stream().anyMatch(o -> o != Outcome.PASSED && o != Outcome.NOT_EXECUTED && o != Outcome.NOT_RUN);
            if (red) {
                return FAILED;
            }
            return counts.getOrDefault(Outcome.PASSED, 0) > 0 && !counts.containsKey(Outcome.NOT_RUN) ? PASSED : NONE;
        }
    }

    /** The blocks whose text is the page's prose (not code, not the weave's own panels). */
    private static final Set<String> PROSE = Set.of("paragraph", "admonition", "quote", "verse", "sidebar", "example");

    private static final Pattern REF = Pattern.compile("<<([^,>\\s]+)|xref:([^\\[\\s]+)\\[");

    private final Map<String, List<Info>> byPage = new LinkedHashMap<>();
    private String page;

    /** Sets the page about to be converted (its name on the site), or null for a generated page. */
    void page(String name) {
        this.page = name;
    }

    /** The sections of a page, in order; empty for a page not converted (yet). */
    List<Info> of(String pageName) {
        return byPage.getOrDefault(pageName, List.of());
    }

    @Override
    public Document process(Document document) {
        if (page == null) {
            return document;
        }
        List<Info> infos = new ArrayList<>();
        walk(document, List.of(), infos);
        byPage.put(page, infos);
        return document;
    }

    /** Returns the counts of {@code node}'s subtree; records each section on the way, in document order. */
    private EnumMap<Outcome, Integer> walk(StructuralNode node, List<String> path, List<Info> infos) {
        EnumMap<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (StructuralNode child : node.getBlocks()) {
            if (child instanceof Section section) {
                List<String> inner = new ArrayList<>(path);
                inner.add(Html.plain(section.getTitle()));
                int at = infos.size();
                infos.add(null);
                EnumMap<Outcome, Integer> own = new EnumMap<>(Outcome.class);
                Set<String> claims = new LinkedHashSet<>();
                Set<String> refs = new LinkedHashSet<>();
                StringBuilder text = new StringBuilder();
                boolean subsections = false;
                for (StructuralNode b : section.getBlocks()) {
                    if (b instanceof Section) {
                        subsections = true;
                    } else {
                        own(b, own, claims, refs, text);
                    }
                }
                EnumMap<Outcome, Integer> sub = walk(section, inner, infos);
                EnumMap<Outcome, Integer> total = new EnumMap<>(own);
                sub.forEach((o, n) -> total.merge(o, n, Integer::sum));
                infos.set(at, new Info(page, section.getId(), Html.plain(section.getTitle()), String.join(" › ", inner),
                        section.getLevel(), own, total, List.copyOf(claims), List.copyOf(refs), subsections, text.toString().strip()));
                total.forEach((o, n) -> all.merge(o, n, Integer::sum));
            } else if (node instanceof Document) {
                // The preamble's scenarios count for the page, not for a section.
                own(child, all, new LinkedHashSet<>(), new LinkedHashSet<>(), new StringBuilder());
            }
        }
        return all;
    }

    private static final Pattern FACT = Pattern.compile("fact:[A-Za-z0-9_.-]+\\[((?:\\\\]|[^\\]])*)\\]");
    private static final Pattern XREF_TEXT = Pattern.compile("<<[^,>]+,([^>]+)>>");
    private static final Pattern MARKUP = Pattern.compile("\\[\\[[^\\]]*\\]\\]|<<|>>|[`*]|\\+(?=\\S)|(?<=\\S)\\+|\\s+");

    /** The source of a paragraph as a reader would search it: the values of facts, the text of links, no markup. */
    private static String readable(String source) {
        String text = FACT.matcher(source).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace("\\]", "]")));
        text = XREF_TEXT.matcher(text).replaceAll("$1");
        return MARKUP.matcher(text).replaceAll(m -> m.group().isBlank() ? " " : "").strip();
    }

    /** Adds what a block (and the blocks inside it, no section among them) holds. */
    private static void own(StructuralNode b, Map<Outcome, Integer> counts, Set<String> claims, Set<String> refs, StringBuilder text) {
        if (b.hasRole("ld-gherkin")) {
            for (Outcome o : Outcome.values()) {
                if (b.hasRole(o.cssClass())) {
                    counts.merge(o, 1, Integer::sum);
                }
            }
        }
        if (b.hasRole(Claim.ROLE) && b.getId() != null) {
            claims.add(b.getId());
        }
        String source = null;
        if (b instanceof Block block && PROSE.contains(block.getContext())) {
            source = block.getSource();
        } else if (b instanceof ListItem item) {
            source = item.getSource();
        }
        if (source != null) {
            Matcher m = REF.matcher(source);
            while (m.find()) {
                String ref = m.group(1) != null ? m.group(1) : m.group(2);
                refs.add(ref.startsWith("#") ? ref.substring(1) : ref);
            }
            text.append(readable(source)).append(' ');
        }
        if (b instanceof Table table) {
            for (Row row : table.getBody()) {
                for (Cell cell : row.getCells()) {
                    if (cell.getSource() != null) {
                        text.append(readable(cell.getSource())).append(' ');
                    }
                }
            }
        }
        for (StructuralNode inner : b.getBlocks()) {
            own(inner, counts, claims, refs, text);
        }
        if (b instanceof org.asciidoctor.ast.List list) {
            for (StructuralNode item : list.getItems()) {
                own(item, counts, claims, refs, text);
            }
        }
    }
}

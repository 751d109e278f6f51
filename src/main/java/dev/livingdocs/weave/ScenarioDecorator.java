package dev.livingdocs.weave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.DocLocation;
import dev.livingdocs.tangle.SourceLine;

/**
 * Decorates every Gherkin block of a page with the outcome of its scenarios, in place.
 *
 * <p>A block that holds several scenarios is split at each scenario (the lines stay exactly those
 * of the block, with the block's own substitutions), and each scenario is followed by its result
 * panel. Line numbers show the page's own lines, and the lines of the steps that did not pass are
 * highlighted. A block the weave cannot match to a tangled one is recorded, and the weave fails:
 * the page would otherwise show a scenario that did not run as if it had.
 */
final class ScenarioDecorator extends Treeprocessor {

    private final Asciidoc asciidoc;
    private Map<DocLocation, BlockReport> blocks = Map.of();
    private Map<String, ClaimReport> claims = Map.of();
    private final List<DocLocation> unmatched = new ArrayList<>();
    private final Map<DocLocation, List<dev.livingdocs.bite.BiteReport.TargetResult>> bite;
    /** The drift's panel under each scenario (its verdict on a variant), by the scenario's page line. */
    private Map<DocLocation, String> variants = Map.of();

    /** {@code bite}: the bite gate's runs by the page line of their scenario (empty without a report). */
    ScenarioDecorator(Asciidoc asciidoc, Map<DocLocation, List<dev.livingdocs.bite.BiteReport.TargetResult>> bite) {
        this.asciidoc = asciidoc;
        this.bite = bite;
    }

    /** Sets the page about to be converted. */
    void page(PageReport page) {
        Map<DocLocation, BlockReport> byLocation = new HashMap<>();
        for (BlockReport block : page.blocks()) {
            byLocation.put(block.block().location(), block);
        }
        blocks = byLocation;
        Map<String, ClaimReport> byId = new HashMap<>();
        page.claims().forEach(c -> byId.put(c.claim().id(), c));
        claims = byId;
        unmatched.clear();
    }

    /** Sets the panels that show each scenario's verdict on a variant (see {@link Drift}). */
    void variants(Map<DocLocation, String> panels) {
        variants = Map.copyOf(panels);
    }

    /** Gherkin blocks of the page just converted that tangle did not see. */
    List<DocLocation> unmatched() {
        return List.copyOf(unmatched);
    }

    @Override
    public Document process(Document document) {
        for (StructuralNode node : document.findBy(Map.of("context", ":listing", "style", "source"))) {
            if (!"gherkin".equals(node.getAttributes().get("language"))) {
                continue;
            }
            DocLocation at = asciidoc.locate(node.getSourceLocation());
            BlockReport report = blocks.get(at);
            if (report == null) {
                unmatched.add(at);
                continue;
            }
            decorate((Block) node, report);
        }
        for (StructuralNode node : document.findBy(Map.of("role", dev.livingdocs.tangle.Claim.ROLE))) {
            ClaimReport claim = node.getId() == null ? null : claims.get(node.getId());
            if (claim != null) {
                node.addRole("ld-claim");
                node.addRole(claim.outcome().cssClass());
                insertAfter((StructuralNode) node.getParent(), node,
                        new ArrayList<>(List.of(createBlock((StructuralNode) node.getParent(), "pass", ClaimPanel.html(claim)))));
            }
        }
        return document;
    }

    private void decorate(Block block, BlockReport report) {
        StructuralNode parent = (StructuralNode) block.getParent();
        List<String> raw = new ArrayList<>(block.getLines());
        List<SourceLine> tangled = report.block().lines();
        block.addRole("ld-gherkin");
        if (!report.block().executable() || raw.size() != tangled.size()) {
            // Not split: an illustration is shown whole; so is a block whose lines changed count
            // between tangle and weave (cannot happen with one parser; better safe than misplaced).
            Outcome worst = report.scenarios().stream().map(ScenarioReport::outcome).reduce(Outcome::worst).orElse(Outcome.NOT_RUN);
            block.addRole(worst.cssClass());
            List<StructuralNode> after = new ArrayList<>();
            for (ScenarioReport s : report.scenarios()) {
                after.add(panel(parent, s, report.block().reason()));
            }
            insertAfter(parent, block, after);
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        Map<Integer, ScenarioReport> startsAt = new HashMap<>();
        for (ScenarioReport s : report.scenarios()) {
            cuts.add(s.firstIndex());
            startsAt.put(s.firstIndex(), s);
        }
        cuts.add(raw.size());
        List<Integer> bounds = new ArrayList<>(cuts);
        List<StructuralNode> inserted = new ArrayList<>();
        Map<Object, Object> options = new HashMap<>();
        boolean originalUsed = false;
        for (int k = 0; k + 1 < bounds.size(); k++) {
            int from = bounds.get(k);
            int to = bounds.get(k + 1);
            while (to > from && raw.get(to - 1).isBlank()) {
                to--;
            }
            while (from < to && raw.get(from).isBlank()) {
                from++;
            }
            ScenarioReport scenario = startsAt.get(bounds.get(k));
            if (from == to) {
                continue;
            }
            Block piece;
            if (!originalUsed) {
                // The first piece stays the original block: its title, id and attributes stay put.
                originalUsed = true;
                piece = block;
                block.setLines(new ArrayList<>(raw.subList(from, to)));
            } else {
                piece = createBlock(parent, "listing", new ArrayList<>(raw.subList(from, to)), attributes(block), options);
                // The converter reads the style from the node, not from its attributes.
                piece.setStyle("source");
                piece.setSubstitutions(block.getSubstitutions().toArray(new String[0]));
                piece.addRole("ld-gherkin");
                inserted.add(piece);
            }
            number(piece, tangled.subList(from, to), scenario);
            if (scenario != null) {
                piece.addRole("ld-scenario");
                piece.addRole(scenario.outcome().cssClass());
                inserted.add(panel(parent, scenario, null));
            }
        }
        insertAfter(parent, block, inserted);
    }

    /** Shows the page's line numbers and highlights the lines of steps and rows that did not pass. */
    private static void number(Block piece, List<SourceLine> lines, ScenarioReport scenario) {
        DocLocation first = lines.get(0).origin();
        boolean contiguous = true;
        for (int i = 1; i < lines.size(); i++) {
            contiguous &= lines.get(i).origin().equals(first.plus(i));
        }
        TreeSet<Integer> highlight = new TreeSet<>();
        if (scenario != null) {
            List<DocLocation> marked = new ArrayList<>();
            scenario.problems().forEach(p -> marked.add(p.at()));
            scenario.rows().stream().filter(r -> r.outcome() != Outcome.PASSED).forEach(r -> marked.add(r.at()));
            for (int i = 0; i < lines.size(); i++) {
                if (marked.contains(lines.get(i).origin())) {
                    highlight.add(contiguous ? lines.get(i).origin().line() : i + 1);
                }
            }
        }
        if (contiguous) {
            // Asciidoctor numbers source lines when the "linenums" attribute is set (not the option).
            piece.setAttribute("linenums", "", true);
            piece.setAttribute("start", Integer.toString(first.line()), true);
        }
        if (!highlight.isEmpty()) {
            piece.setAttribute("highlight", String.join(",", highlight.stream().map(String::valueOf).toList()), true);
        }
    }

    private StructuralNode panel(StructuralNode parent, ScenarioReport scenario, String reason) {
        return createBlock(parent, "pass", ResultPanel.html(scenario, reason,
                variants.getOrDefault(scenario.at(), "") + BitePanel.scenario(bite.get(scenario.at()))));
    }

    private static Map<String, Object> attributes(Block block) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("style", "source");
        attributes.put("language", "gherkin");
        return attributes;
    }

    private static void insertAfter(StructuralNode parent, StructuralNode block, List<StructuralNode> nodes) {
        List<StructuralNode> siblings = parent.getBlocks();
        int index = -1;
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).equals(block)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            throw new IllegalStateException("block at " + block.getSourceLocation() + " not found among its parent's blocks");
        }
        Collections.reverse(nodes);
        for (StructuralNode node : nodes) {
            siblings.add(index + 1, node);
        }
    }
}

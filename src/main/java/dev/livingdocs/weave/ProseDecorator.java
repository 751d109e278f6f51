package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.DocError;
import dev.livingdocs.Messages;
import dev.livingdocs.tangle.ProseCheck;
import dev.livingdocs.tangle.ProseWalker;

/**
 * Shows each check of a page's prose where it stands: a fact as its value, marked with its outcome
 * (its name and the glue's word on hover); a symbol as its code, linked where the glue gave a link,
 * naming what resolves it on hover. A check that did not pass also gets a note under its paragraph,
 * list or table, with the glue's message and the command that re-runs it.
 *
 * <p>It walks the page with tangle's own walker, so it meets the same facts and symbols at the same
 * lines and ordinals; a check it does not meet, or a fact tangle did not, fails the weave: the page
 * would otherwise show something as checked that was not.
 */
final class ProseDecorator extends Treeprocessor {

    /** Parents whose children are parts of one block: a note goes after the whole list or table. */
    private static final Set<String> PARTS = Set.of("list_item", "ulist", "olist", "colist", "dlist");

    private final Asciidoc asciidoc;
    private Map<String, CheckReport> checks = Map.of();
    private final List<String> problems = new ArrayList<>();
    private final List<String> met = new ArrayList<>();

    ProseDecorator(Asciidoc asciidoc) {
        this.asciidoc = asciidoc;
    }

    /** Sets the page about to be converted. */
    void page(PageReport page) {
        Map<String, CheckReport> byAnchor = new HashMap<>();
        page.checks().forEach(c -> byAnchor.put(c.check().anchor(), c));
        checks = byAnchor;
        problems.clear();
        met.clear();
        // A fact the walk does not meet is in a place tangle does not read either: it was never checked.
        asciidoc.facts().outside((parent, name, value) -> {
            problems.add(where(parent) + ": fact " + name + " is in a place tangle does not read, so nothing checked it;"
                    + " move it into a paragraph, list item, table cell or title");
            return value;
        });
    }

    /** Why the page just converted cannot be shown as checked; empty when it can. */
    List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        checks.values().stream().filter(c -> !met.contains(c.check().anchor()))
                .forEach(c -> all.add(c.check().at() + ": " + c.check().label()
                        + " was checked, but the weave did not find it on the page"));
        return all;
    }

    /** Stops answering facts: a conversion after the weave's renders them plain. */
    void done() {
        asciidoc.facts().outside(null);
    }

    @Override
    public Document process(Document document) {
        if (checks.isEmpty()) {
            return document;
        }
        List<Note> notes = new ArrayList<>();
        ProseWalker.rewriting(asciidoc).walk(document, new ProseWalker.Visitor() {
            @Override
            public String fact(ProseWalker.Mention mention, String name, String value) {
                CheckReport c = take(mention, ProseCheck.Kind.FACT);
                if (c == null) {
                    return value;
                }
                note(notes, mention, c);
                return "<span class=\"ld-fact " + c.outcome().cssClass() + "\"" + id(mention, c) + " title=\""
                        + escape(hover(c)) + "\">" + value + "</span>";
            }

            @Override
            public String code(ProseWalker.Mention mention, String text, List<String> roles, String inner) {
                CheckReport c = take(mention, ProseCheck.Kind.SYMBOL, ProseCheck.Kind.LISTED);
                if (c == null) {
                    return null;
                }
                note(notes, mention, c);
                return symbol(mention, c, inner);
            }

            @Override
            public String unmodelledRow(ProseWalker.Mention mention, List<String> cells) {
                CheckReport c = take(mention, ProseCheck.Kind.UNMODELLED);
                if (c == null) {
                    return null;
                }
                note(notes, mention, c);
                String cell = cells.get(0);
                int open = cell.indexOf('>', cell.indexOf("<code")) + 1;
                int close = cell.lastIndexOf("</code>");
                return cell.substring(0, open) + symbol(mention, c, cell.substring(open, close)) + cell.substring(close);
            }

            @Override
            public void problem(DocError error) {
                // Tangle reported it already, and failed the build before anything ran.
            }
        });
        for (Note note : notes) {
            note.insert(this);
        }
        return document;
    }

    /** The check met at a mention, if it is one of these kinds; it counts as shown. */
    private CheckReport take(ProseWalker.Mention mention, ProseCheck.Kind... kinds) {
        CheckReport c = checks.get(ProseCheck.anchor(kinds[0], mention.at(), mention.ordinal()));
        if (c == null || !List.of(kinds).contains(c.check().kind())) {
            return null;
        }
        met.add(c.check().anchor());
        return c;
    }

    private static String symbol(ProseWalker.Mention mention, CheckReport c, String inner) {
        CheckReport.Symbol data = c.symbol();
        String classes = "ld-symbol " + c.outcome().cssClass() + (c.check().kind() == ProseCheck.Kind.SYMBOL ? "" : " ld-listed");
        boolean link = data != null && data.link() != null && !mention.inTitle() && !mention.inLink();
        return (link ? "<a href=\"" + escape(data.link()) + "\"" : "<span") + " class=\"" + classes + "\"" + id(mention, c)
                + " title=\"" + escape(hover(c)) + "\">" + inner + (link ? "</a>" : "</span>");
    }

    /** A title is shown twice (in the table of contents too): an id there would not be unique. */
    private static String id(ProseWalker.Mention mention, CheckReport c) {
        return mention.inTitle() ? "" : " id=\"" + escape(c.check().anchor()) + "\"";
    }

    /** What the reader sees on hover: what was checked and how it stands. */
    static String hover(CheckReport c) {
        ProseCheck check = c.check();
        String what = switch (check.kind()) {
            case FACT -> "fact " + check.subject();
            case SYMBOL -> c.symbol() != null && c.symbol().resolvedBy() != null ? "resolved by " + c.symbol().resolvedBy() : "symbol";
            case LISTED, UNMODELLED -> "not modelled (" + check.value() + "): " + check.reason();
        };
        if (c.outcome() == Outcome.PASSED) {
            return what;
        }
        return what + " — " + c.outcome().label() + (c.message().isEmpty() ? "" : ": " + Messages.brief(c.message()));
    }

    /**
     * Whether a check gets a note under its block: one that ran and did not pass. One that did not run
     * keeps its grey mark only: with the tests skipped, or one scenario re-run, that is expected, and
     * when it is not the build's verdict says so.
     */
    static boolean hasNote(CheckReport c) {
        return c.outcome() != Outcome.PASSED && c.outcome() != Outcome.NOT_RUN;
    }

    /** The id of what the site shows about a check: its note if it has one, else the check itself. */
    static String target(CheckReport c) {
        return c.check().anchor() + (hasNote(c) ? "-note" : "");
    }

    private void note(List<Note> notes, ProseWalker.Mention mention, CheckReport c) {
        if (!hasNote(c)) {
            return;
        }
        StructuralNode after = mention.node();
        boolean first = after instanceof Section && mention.inTitle();
        while (!first) {
            if (after instanceof Cell cell) {
                after = cell.getColumn().getTable();
            } else if (after.getParent() instanceof StructuralNode parent && PARTS.contains(parent.getContext())) {
                after = parent;
            } else {
                break;
            }
        }
        for (Note note : notes) {
            if (note.after.equals(after) && note.first == first) {
                note.checks.add(c);
                return;
            }
        }
        notes.add(new Note(after, first, new ArrayList<>(List.of(c))));
    }

    /** The checks that did not pass, shown under the block that states them (or first in a section). */
    private record Note(StructuralNode after, boolean first, List<CheckReport> checks) {

        void insert(ProseDecorator processor) {
            StructuralNode parent = first ? after : (StructuralNode) after.getParent();
            StructuralNode block = processor.createBlock(parent, "pass", html(checks));
            List<StructuralNode> siblings = parent.getBlocks();
            if (first) {
                siblings.add(0, block);
                return;
            }
            for (int i = 0; i < siblings.size(); i++) {
                if (siblings.get(i).equals(after)) {
                    siblings.add(i + 1, block);
                    return;
                }
            }
            throw new IllegalStateException("block at " + after.getSourceLocation() + " not found among its parent's blocks");
        }
    }

    /** The note under a block, one line per check that did not pass. */
    static String html(List<CheckReport> checks) {
        StringBuilder out = new StringBuilder("<div class=\"ld-prose-problems\">\n");
        for (CheckReport c : checks) {
            Outcome o = c.outcome();
            out.append("<div class=\"ld-problem ").append(o.cssClass()).append("\" id=\"").append(escape(c.check().anchor()))
                    .append("-note\">").append(ResultPanel.badge(o)).append(' ').append(escape(c.check().noun()))
                    .append(" <code>").append(escape(c.check().subject())).append("</code> <span class=\"ld-at\">")
                    .append(escape(c.check().at().toString())).append("</span>");
            if (!c.message().isBlank()) {
                out.append("\n<pre class=\"ld-error\">").append(escape(c.message().strip())).append("</pre>");
            }
            if (c.rerun() != null) {
                out.append("\n<div class=\"ld-rerun\">Re-run just this check: <code>").append(escape(c.rerun())).append("</code></div>");
            }
            out.append("</div>\n");
        }
        return out.append("</div>").toString();
    }

    private String where(StructuralNode parent) {
        for (ContentNode n = parent; n instanceof StructuralNode s; n = n.getParent()) {
            if (s.getSourceLocation() != null && s.getSourceLocation().getFile() != null) {
                return asciidoc.locate(s.getSourceLocation()).toString();
            }
        }
        Object file = parent.getDocument().getAttribute("docfile");
        return file == null ? "(a page generated by the weave)" : file.toString();
    }
}

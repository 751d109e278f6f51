package dev.livingdocs;

import java.util.Map;
import java.util.Objects;

import org.asciidoctor.ast.ContentModel;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * {@code fact:NAME[VALUE]}: a value the prose states that the glue checks, e.g.
 * {@code fact:localio.program[400122]}. The reader sees the value only.
 *
 * <p>The brackets hold the value as text, not as an attribute list: a value may have commas, quotes
 * and spaces ({@code ]} is written {@code \]}). Asciidoctor applies the paragraph's substitutions
 * before the macro runs, so an {@code {attribute}} in the value is resolved, as it is for the reader.
 *
 * <p>Every stage parses pages with this macro registered ({@link Asciidoc}), so a page renders and
 * tangles alike. What a fact turns into depends on who is converting: tangle records it, weave
 * renders it with its outcome. A {@link Handler} says so; the one set with {@link #outside} answers
 * facts met while no stage is walking the prose.
 */
@Name(FactMacro.NAME)
@ContentModel(":text")
public final class FactMacro extends InlineMacroProcessor {

    /** The macro's name, as authors write it. */
    public static final String NAME = "fact";

    /** What a fact becomes. */
    public interface Handler {
        /**
         * @param parent the block, list item or cell whose text holds the fact
         * @param name   what stands before the brackets
         * @param value  the converted text between them (HTML: substitutions have run)
         * @return the HTML to render in the fact's place
         */
        String fact(StructuralNode parent, String name, String value);
    }

    /** Outside any walk, a fact renders as its value: a stray conversion must not break a page. */
    private static final Handler PLAIN = (parent, name, value) -> value;

    private Handler outside = PLAIN;
    private Handler current;

    FactMacro() {
        // Registered as an instance through an extension group, which takes the name from here.
        super(NAME);
    }

    /** Sets what answers facts met outside {@link #during}; null restores the plain value. */
    public void outside(Handler handler) {
        this.outside = handler == null ? PLAIN : handler;
    }

    /** Runs {@code conversion} with {@code handler} answering every fact it meets. */
    public <T> T during(Handler handler, java.util.function.Supplier<T> conversion) {
        Handler previous = current;
        current = Objects.requireNonNull(handler);
        try {
            return conversion.get();
        } finally {
            current = previous;
        }
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Object text = attributes.get("text");
        String html = (current != null ? current : outside).fact(parent, target, text == null ? "" : text.toString());
        return createPhraseNode(parent, "quoted", html);
    }
}

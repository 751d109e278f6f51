package dev.livingdocs.tangle;

import java.util.List;

import dev.livingdocs.DocLocation;

/**
 * Something a page's prose states that the glue must confirm: a fact, a symbol the text names, or an
 * entry of the page's list of symbols it names but does not model. Each becomes a one-step scenario
 * of the page's prose feature, at the check's line, so a wrong one fails naming that line.
 *
 * @param kind     what is checked
 * @param at       the line the reader sees it on
 * @param ordinal  its place among the checks of that line, from 1; with {@code at} it names the check
 *                 on the site
 * @param sections titles of the enclosing sections, outermost first; empty in the preamble
 * @param section  where the innermost enclosing section's title is, or null in the preamble
 * @param subject  the fact's name, or the symbol as the reader reads it
 * @param value    the fact's value as the reader reads it; for a listed symbol (its row or a mention),
 *                 the file it lives in; null otherwise
 * @param reason   why a listed symbol is not modelled; null otherwise
 */
public record ProseCheck(Kind kind, DocLocation at, int ordinal, List<String> sections, DocLocation section,
                         String subject, String value, String reason) {

    /** The tag of every scenario of a prose feature, so a glue's hooks can tell them apart. */
    public static final String TAG = "@prose";

    public enum Kind {
        /** {@code fact:name[value]}: the glue confirms the value. */
        FACT("fact"),
        /** Inline code that matches the page's symbol pattern: the glue resolves it. */
        SYMBOL("symbol"),
        /** Inline code naming a symbol of the page's unmodelled list: the list's row answers for it. */
        LISTED("symbol"),
        /** A row of the unmodelled list: the glue confirms it does not resolve the symbol. */
        UNMODELLED("unmodelled");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** How messages and anchors name the kind: "fact", "symbol", "unmodelled". */
        public String word() {
            return word;
        }
    }

    public ProseCheck {
        sections = List.copyOf(sections);
    }

    /** Whether a scenario checks it; a mention of a listed symbol is answered by the list's row. */
    public boolean runs() {
        return kind != Kind.LISTED;
    }

    /** The step the glue answers; the only Gherkin the toolchain writes for the prose. */
    public String step() {
        return switch (kind) {
            case FACT -> "Then the fact " + quoted(subject) + " reads " + quoted(value);
            case SYMBOL -> "Then the symbol " + quoted(subject) + " is known";
            case UNMODELLED -> "Then the symbol " + quoted(subject) + " in " + quoted(value) + " is not modelled";
            case LISTED -> throw new IllegalStateException("a listed symbol's mention has no step of its own");
        };
    }

    /** What it is, in messages: "fact", "symbol" or "unmodelled symbol". */
    public String noun() {
        return kind == Kind.UNMODELLED ? "unmodelled symbol" : kind == Kind.FACT ? "fact" : "symbol";
    }

    /** How messages name it: "fact localio.program", "symbol nfs_uuid_begin()". */
    public String label() {
        return noun() + " " + subject;
    }

    /** The scenario's name, as reports list it. */
    public String scenarioName() {
        return switch (kind) {
            case FACT -> "fact " + subject + " reads " + value;
            case SYMBOL -> "symbol " + subject + " is known";
            case UNMODELLED -> "symbol " + subject + " in " + value + " is not modelled";
            case LISTED -> "symbol " + subject + " is listed as not modelled";
        };
    }

    /** The HTML id of the check on the site: kind, page line and ordinal. */
    public String anchor() {
        return anchor(kind, at, ordinal);
    }

    /** The HTML id of a check of this kind at this line and ordinal (a symbol's, listed or not, alike). */
    public static String anchor(Kind kind, DocLocation at, int ordinal) {
        return "ld-" + kind.word() + "-" + at.path().replaceAll("[^A-Za-z0-9]+", "-") + "-" + at.line() + "-" + ordinal;
    }

    /** The Rule name: the section titles joined as reports show them. */
    public String ruleName() {
        return String.join(" › ", sections);
    }

    /** A Cucumber {@code {string}} argument: in double quotes, inner quotes escaped. */
    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }
}

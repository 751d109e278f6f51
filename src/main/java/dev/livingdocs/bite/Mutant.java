package dev.livingdocs.bite;

import java.util.List;

import dev.livingdocs.DocLocation;

/**
 * One small change to what a scenario states: the text {@code original} at columns
 * {@code start..end} of feature line {@code line} becomes {@code replacement}.
 *
 * @param target      the scenario (or example row) whose run judges it
 * @param kind        what sort of change it is
 * @param line        the feature line changed
 * @param start       the first column changed, from 0
 * @param end         the column after the last one changed
 * @param original    the text as the page has it
 * @param replacement what it becomes
 * @param at          the page line of the change
 * @param anchors     where a {@code # unchecked} comment may stand to excuse it, and the word it
 *                    names it by there
 */
public record Mutant(Target target, Kind kind, int line, int start, int end, String original, String replacement,
                     DocLocation at, List<Anchor> anchors) {

    public Mutant {
        anchors = List.copyOf(anchors);
    }

    /** The sorts of change the gate makes. */
    public enum Kind {
        /** A number an argument states, one more or one less. */
        NUMBER("number"),
        /** A quoted string an argument states, replaced. */
        STRING("string"),
        /** An argument of another parameter type, replaced by another value of that type. */
        ARGUMENT("argument"),
        /** A line of a doc string, emptied. */
        DOCSTRING("doc string line"),
        /** A cell of a step's data table, replaced. */
        TABLE_CELL("table cell"),
        /** A cell of an outline's example row, replaced. */
        EXAMPLE_CELL("example cell"),
        /** The step swapped for the one the glue declares its negative. */
        NEGATION("negation");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A place a {@code # unchecked} comment may stand to excuse this mutant: directly above feature
     * line {@code line}, naming it {@code name} (the argument as written, {@code <column>},
     * {@code docstring}, {@code table} or {@code negation}).
     */
    public record Anchor(int line, String name) {
    }

    /** The feature text with this change made. */
    public String apply(String featureText) {
        String[] lines = featureText.split("\n", -1);
        String changed = lines[line - 1];
        lines[line - 1] = changed.substring(0, start) + replacement + changed.substring(end);
        return String.join("\n", lines);
    }

    /** "\"fresh data\" → \"results\"", as the report shows the change. */
    public String change() {
        return (original.isEmpty() ? "(empty)" : original) + " → " + (replacement.isEmpty() ? "(empty)" : replacement);
    }
}

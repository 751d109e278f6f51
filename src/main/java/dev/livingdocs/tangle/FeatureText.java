package dev.livingdocs.tangle;

import java.util.Objects;

import dev.livingdocs.DocLocation;

/** A feature file's text being written, counting lines, with its source comments. */
final class FeatureText {

    private final StringBuilder text = new StringBuilder();
    private int lines;

    /** Adds a line; returns its number, from 1. */
    int add(String line) {
        text.append(line).append('\n');
        return ++lines;
    }

    /** Adds a source comment: the next line comes from {@code origin}. */
    void anchor(String indent, DocLocation origin) {
        add(indent + SourceMap.MARKER + Objects.requireNonNull(origin));
    }

    int lineCount() {
        return lines;
    }

    String text() {
        return text.toString();
    }
}

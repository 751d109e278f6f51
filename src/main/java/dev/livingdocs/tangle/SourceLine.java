package dev.livingdocs.tangle;

import dev.livingdocs.DocLocation;

/** One line of a Gherkin block as the reader sees it, and the source line it came from. */
public record SourceLine(String text, DocLocation origin) {
}

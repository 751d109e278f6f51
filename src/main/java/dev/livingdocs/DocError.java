package dev.livingdocs;

/**
 * Something wrong in a source document, at a line the author can fix.
 *
 * <p>Printed as {@code docs/page.adoc:42: what is wrong}, the format editors and CI logs recognise.
 */
public record DocError(DocLocation location, String message) implements Comparable<DocError> {

    @Override
    public int compareTo(DocError other) {
        return location.compareTo(other.location);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}

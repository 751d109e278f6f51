package dev.livingdocs;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when documents hold errors; carries every error found, not only the first. */
public final class DocErrorsException extends RuntimeException {

    private final List<DocError> errors;

    public DocErrorsException(List<DocError> errors) {
        super(errors.stream().sorted().map(DocError::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an error report needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<DocError> errors() {
        return errors;
    }
}

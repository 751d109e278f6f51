package dev.livingdocs.tangle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw lines of the files a page is made of (the page and what it includes), read once each.
 * Asciidoctor says where a block starts; finding the line of something inside it takes the source.
 */
final class SourceFiles {

    private final Map<Path, List<String>> lines = new HashMap<>();

    List<String> lines(Path file) {
        return lines.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        });
    }
}

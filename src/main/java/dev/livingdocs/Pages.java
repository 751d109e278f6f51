package dev.livingdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages of a documentation tree: every {@code .adoc} file under the docs directory, except
 * partials. A file or directory whose name starts with {@code _} is a partial (the convention of
 * Antora and Jekyll): it is only ever included into pages, never rendered or tangled on its own.
 */
public final class Pages {

    private Pages() {
    }

    /** The pages under {@code docsDir}, sorted by path so every build sees the same order. */
    public static List<Path> find(Path docsDir) {
        if (!Files.isDirectory(docsDir)) {
            throw new IllegalArgumentException("no docs directory at " + docsDir.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(docsDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".adoc"))
                    .filter(p -> !isPartial(docsDir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + docsDir, e);
        }
    }

    /** The page's name without directory or extension, e.g. {@code localio} for docs/localio.adoc. */
    public static String name(Path docsDir, Path page) {
        String relative = slashes(docsDir.relativize(page));
        return relative.substring(0, relative.length() - ".adoc".length());
    }

    /** How a file is named in messages: relative to the project directory, with forward slashes. */
    public static String displayPath(Path projectDir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = projectDir.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? slashes(root.relativize(absolute)) : slashes(absolute);
    }

    private static boolean isPartial(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    /**
     * A feature's name as Cucumber reports it ({@code file:} URI) relative to the features directory,
     * e.g. "localio.feature"; anything else as given.
     */
    public static String featureName(String uri, Path featuresDir) {
        try {
            java.net.URI parsed = java.net.URI.create(uri);
            if ("file".equals(parsed.getScheme())) {
                Path file = Path.of(parsed).toAbsolutePath().normalize();
                Path root = featuresDir.toAbsolutePath().normalize();
                if (file.startsWith(root)) {
                    return root.relativize(file).toString().replace('\\', '/');
                }
            }
        } catch (IllegalArgumentException e) {
            // not a URI: use it as given
        }
        return uri;
    }
}

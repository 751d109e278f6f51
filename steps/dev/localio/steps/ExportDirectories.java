package dev.localio.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The real directories a scenario's servers export, made fresh and removed after the scenario. */
public final class ExportDirectories implements AutoCloseable {

    private final List<Path> directories = new ArrayList<>();

    /** A new empty temporary directory whose name says what it is for. */
    Path directory(String name) {
        try {
            Path dir = Files.createTempDirectory("localio-" + name + "-");
            directories.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every directory made, with what is in it. */
    @Override
    public void close() {
        for (Path dir : directories) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is not worth failing the scenario for
            }
        }
        directories.clear();
    }
}

package dev.livingdocs.tangle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The features directory, owned by tangle: it writes one file per feature and removes the files it
 * wrote for pages that no longer have scenarios.
 *
 * <p>A feature file that tangle did not write (no tangle header) is never deleted or overwritten:
 * tangle refuses to run instead, since silently dropping someone's scenarios would lose work, and
 * silently running them would run scenarios no page shows. Files are written to a temporary name
 * and moved into place, so an interrupted build never leaves half a feature behind, and a file whose
 * content is unchanged is not touched.
 */
public final class FeatureFiles {

    /** What a write changed, for the build log. */
    public record Changes(List<String> written, List<String> unchanged, List<String> removed) {
    }

    private FeatureFiles() {
    }

    public static Changes write(Path featuresDir, List<Feature> features) {
        try {
            Files.createDirectories(featuresDir);
            Set<Path> wanted = new HashSet<>();
            for (Feature f : features) {
                wanted.add(featuresDir.resolve(f.file()).normalize());
            }
            List<Path> stale = new ArrayList<>();
            List<String> foreign = new ArrayList<>();
            try (Stream<Path> files = Files.walk(featuresDir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                    if (wanted.contains(file.normalize())) {
                        continue;
                    }
                    if (isTangled(file)) {
                        stale.add(file);
                    } else {
                        foreign.add(file.toString());
                    }
                }
            }
            if (!foreign.isEmpty()) {
                throw new IllegalStateException("not tangled from any page, so it would run unseen: " + String.join(", ", foreign)
                        + ". Move its scenarios into a page of the docs, or delete it.");
            }
            List<String> written = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            for (Feature f : features) {
                Path target = featuresDir.resolve(f.file());
                if (Files.exists(target) && !isTangled(target)) {
                    throw new IllegalStateException(target + " exists and was not tangled from a page; refusing to overwrite it");
                }
                if (Files.exists(target) && Files.readString(target, StandardCharsets.UTF_8).equals(f.text())) {
                    unchanged.add(f.file());
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
                Files.writeString(temporary, f.text(), StandardCharsets.UTF_8);
                move(temporary, target);
                written.add(f.file());
            }
            List<String> removed = new ArrayList<>();
            for (Path file : stale) {
                Files.delete(file);
                removed.add(featuresDir.relativize(file).toString());
            }
            return new Changes(written, unchanged, removed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write features to " + featuresDir, e);
        }
    }

    /** Whether the file carries tangle's header. */
    public static boolean isTangled(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().filter(l -> l.startsWith("# Tangled by livingdocs from ")).isPresent();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

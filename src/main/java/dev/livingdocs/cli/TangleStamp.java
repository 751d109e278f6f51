package dev.livingdocs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a tangle read and wrote, as one digest: every file of the docs, the attributes, the toolchain's
 * own classes and the feature files. When a build finds the digest it wrote last time, tangle would
 * write the same features again: it skips the work, and the build one Asciidoctor start-up.
 */
final class TangleStamp {

    private TangleStamp() {
    }

    static String of(Path docs, Path features, Map<String, Object> attributes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files(digest, "docs", docs, p -> true);
            files(digest, "features", features, p -> p.toString().endsWith(".feature"));
            digest.update(new TreeMap<>(attributes).toString().getBytes(StandardCharsets.UTF_8));
            Path toolchain = Path.of(TangleStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(toolchain)) {
                files(digest, "toolchain", toolchain.resolve("dev/livingdocs"), p -> true);
            } else {
                digest.update(Files.readAllBytes(toolchain));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | URISyntaxException e) {
            throw new IllegalStateException("cannot digest the tangle's inputs: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot digest the tangle's inputs", e);
        }
    }

    private static void files(MessageDigest digest, String label, Path dir, java.util.function.Predicate<Path> which) throws IOException {
        digest.update(("\n" + label + "\n").getBytes(StandardCharsets.UTF_8));
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(which).sorted().toList();
        }
        for (Path f : files) {
            digest.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(f));
            digest.update((byte) 0);
        }
    }

    /** Whether {@code stamp} holds exactly this digest. */
    static boolean matches(Path stamp, String digest) {
        try {
            return Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(digest);
        } catch (IOException e) {
            return false;
        }
    }

    static void write(Path stamp, String digest) {
        try {
            Files.createDirectories(stamp.toAbsolutePath().getParent());
            Files.writeString(stamp, digest + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stamp, e);
        }
    }
}

package dev.livingdocs.weave;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.DocinfoProcessor;
import org.asciidoctor.extension.Location;
import org.asciidoctor.extension.LocationType;

/**
 * Adds the status styles (and a project's theme, if any) to each page's head, inline: the site must
 * work offline, so nothing is linked or fetched.
 */
@Location(LocationType.HEADER)
final class Stylesheet extends DocinfoProcessor {

    private final String css;

    Stylesheet(Path theme) {
        StringBuilder css = new StringBuilder(resource("livingdocs.css"));
        if (theme != null) {
            // A theme that was asked for and is not there is a mistake to report, not to skip:
            // the site would come out unstyled and nobody would know why.
            if (!Files.isRegularFile(theme)) {
                throw new IllegalArgumentException(theme + ": no such theme file (--theme)");
            }
            try {
                css.append('\n').append(Files.readString(theme, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read theme " + theme, e);
            }
        }
        this.css = css.toString();
    }

    @Override
    public String process(Document document) {
        // An empty icon of its own: otherwise a browser asks the server for /favicon.ico, which the site has not.
        return "<link rel=\"icon\" href=\"data:,\">\n<style>\n" + css + "\n</style>";
    }

    private static String resource(String name) {
        try (InputStream in = Stylesheet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

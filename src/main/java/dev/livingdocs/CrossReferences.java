package dev.livingdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cross-reference that points nowhere, at the line that makes it.
 *
 * <p>Asciidoctor logs {@code possible invalid reference: ID} (at INFO, with no source location) for
 * every form of reference it cannot resolve: {@code <<id>>}, {@code <<#id>>}, {@code <<page#id>>} to the
 * page itself or a page it includes, {@code xref:id[]} and their kin. The reader would click a link
 * that goes nowhere, so the toolchain makes it an error; since the log does not say where, the line is
 * found in the page being converted and the pages it includes, the first line that refers to that id.
 */
public final class CrossReferences {

    /** How Asciidoctor 2 begins the message, in every form of reference. */
    public static final String ASCIIDOCTOR_SAYS = "possible invalid reference:";

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[.*\\]\\s*$");

    private CrossReferences() {
    }

    /**
     * The error for a reference to {@code refid}: at {@code at} when Asciidoctor knew the line, else at
     * the first line of {@code page} (or a page it includes) that refers to it, else at the page itself.
     */
    static DocError dangling(String refid, DocLocation at, Path page, Path projectDir, Path docsDir) {
        List<Path> files = page == null ? List.of() : withIncludes(page, docsDir);
        DocLocation where = at != null ? at : find(files, use(refid), projectDir);
        if (where == null) {
            where = new DocLocation(Pages.displayPath(projectDir, page == null ? docsDir : page), 1);
        }
        String message = "cross-reference to '" + refid + "' points nowhere: no anchor has that id";
        DocLocation declared = find(files, declaration(refid), projectDir);
        if (declared != null) {
            message += "; " + declared + " gives the id, but another id on the same block replaced it (a block has"
                    + " one id: refer to the other one, or move this one into the text as [[" + refid + "]])";
        }
        return new DocError(where, message);
    }

    /** {@code <<id>>}, {@code <<id,text>>}, {@code <<#id>>}, {@code <<page#id>>}, {@code xref:id[]}, {@code xref:page.adoc#id[]}. */
    static Pattern use(String refid) {
        return Pattern.compile("(?:<<|xref:)(?:[^\\s<>\\[\\],#]*#)?" + Pattern.quote(refid) + "\\s*(?:,|>>|\\[)");
    }

    /** {@code [[id]]}, {@code [[id,text]]}, {@code [#id]}, {@code [.role#id]}, {@code [id=id]}, {@code anchor:id[]}. */
    static Pattern declaration(String refid) {
        String id = Pattern.quote(refid);
        return Pattern.compile("\\[\\[" + id + "\\s*(?:,[^\\]]*)?\\]\\]|\\[[^\\[\\]]*#" + id + "(?:[.%,\\]])|\\bid=\"?" + id
                + "\\b|anchor:" + id + "\\[");
    }

    private static DocLocation find(List<Path> files, Pattern pattern, Path projectDir) {
        for (Path file : files) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    return new DocLocation(Pages.displayPath(projectDir, file), i + 1);
                }
            }
        }
        return null;
    }

    /** The page, then each file it includes (depth first, each once), as far as they exist. */
    static List<Path> withIncludes(Path page, Path docsDir) {
        Set<Path> seen = new LinkedHashSet<>();
        collect(page.toAbsolutePath().normalize(), docsDir.toAbsolutePath().normalize(), seen);
        return new ArrayList<>(seen);
    }

    private static void collect(Path file, Path docsDir, Set<Path> seen) {
        if (!Files.isRegularFile(file) || !seen.add(file)) {
            return;
        }
        for (String line : lines(file)) {
            Matcher m = INCLUDE.matcher(line);
            if (m.matches() && !m.group(1).contains("{")) {
                Path target = file.getParent().resolve(m.group(1)).normalize();
                if (target.startsWith(docsDir)) {
                    collect(target, docsDir, seen);
                }
            }
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

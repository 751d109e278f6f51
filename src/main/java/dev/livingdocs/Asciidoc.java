package dev.livingdocs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.ExtensionGroup;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * One Asciidoctor instance and the options every stage loads pages with.
 *
 * <p>Tangle and weave must parse a page identically, or the scenarios that run would differ from the
 * ones the reader sees: both go through {@link #options}, with the same attributes (conditionals
 * and attribute references depend on them), safe mode SAFE and the docs directory as base (and jail)
 * for includes.
 *
 * <p>Creating the instance starts JRuby, which costs seconds: create one per process and reuse it.
 * Asciidoctor's warnings (a missing include, an unterminated block, a section out of sequence) are
 * errors here: a page that renders with a hole in it must fail the build, naming the line.
 *
 * <p>The {@code fact:} macro ({@link FactMacro}) is part of how a page parses: it is registered on the
 * instance while this object is open, so every stage meets the same facts.
 */
public final class Asciidoc implements AutoCloseable {

    private final Asciidoctor asciidoctor;
    private final Path projectDir;
    private final Path docsDir;
    private final Map<String, Object> attributes;
    private final List<DocError> problems = new ArrayList<>();
    private final List<DocError> references = new ArrayList<>();
    private Path current;
    private final LogHandler handler = this::log;
    private final FactMacro facts = new FactMacro();
    private final ExtensionGroup extensions;

    /**
     * @param asciidoctor the instance to use; the caller owns it (and shuts it down), so one instance
     *                    can serve several stages or tests
     * @param projectDir  what file names in messages are relative to
     * @param docsDir     the pages' directory: base for includes, and their jail
     * @param attributes  document attributes set for every page (they may drive conditionals)
     */
    public Asciidoc(Asciidoctor asciidoctor, Path projectDir, Path docsDir, Map<String, Object> attributes) {
        this.asciidoctor = asciidoctor;
        // Asciidoctor needs an absolute base directory for documents converted from a string.
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.docsDir = docsDir.toAbsolutePath().normalize();
        this.attributes = Map.copyOf(attributes);
        asciidoctor.registerLogHandler(handler);
        this.extensions = asciidoctor.createGroup().inlineMacro(facts);
        extensions.register();
    }

    public Asciidoctor asciidoctor() {
        return asciidoctor;
    }

    public Path projectDir() {
        return projectDir;
    }

    public Path docsDir() {
        return docsDir;
    }

    /** The {@code fact:} macro every page is parsed with. */
    public FactMacro facts() {
        return facts;
    }

    /** The options shared by every stage; a stage may add presentation attributes with {@code more}. */
    public OptionsBuilder options(Consumer<AttributesBuilder> more) {
        // A reference to an attribute nobody set would run and render as literal "{name}": warn, so fail.
        AttributesBuilder attrs = Attributes.builder().attributeMissing("warn");
        attributes.forEach(attrs::attribute);
        more.accept(attrs);
        return Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(docsDir.toFile())
                .backend("html5")
                .sourcemap(true)
                .attributes(attrs.build());
    }

    /** Parses a page and fails with every Asciidoctor warning it raised, each at its line. */
    public Document load(Path page) {
        return checked(() -> parse(page));
    }

    /**
     * Parses a page without checking for warnings: for callers that read the document further (block
     * content is substituted lazily, and may warn then) inside their own {@link #checked} call.
     */
    public Document parse(Path page) {
        current = page;
        return asciidoctor.loadFile(page.toFile(), options(a -> { }).build());
    }

    /**
     * Converts a page with the given options; a cross-reference that points nowhere is reported at the
     * page's line that makes it (Asciidoctor's log does not say where).
     */
    public String convert(Path page, Options options) {
        current = page;
        try {
            return asciidoctor.convertFile(page.toFile(), options);
        } finally {
            current = null;
        }
    }

    /**
     * Runs Asciidoctor calls and turns the warnings they logged, and every cross-reference that points
     * nowhere, into errors.
     */
    public <T> T checked(java.util.function.Supplier<T> call) {
        List<DocError> dangling = new ArrayList<>();
        T result = checked(call, dangling::add);
        if (!dangling.isEmpty()) {
            throw new DocErrorsException(dangling);
        }
        return result;
    }

    /**
     * Runs Asciidoctor calls and turns the warnings they logged into errors; a cross-reference that
     * points nowhere goes to {@code dangling} instead, so the caller keeps what the call produced (a
     * page with a dead link is still worth writing) and fails the build with the others.
     */
    public <T> T checked(java.util.function.Supplier<T> call, java.util.function.Consumer<DocError> dangling) {
        problems.clear();
        references.clear();
        T result = call.get();
        List<DocError> refs = references.stream().distinct().sorted().toList();
        references.clear();
        if (!problems.isEmpty()) {
            List<DocError> found = new ArrayList<>(problems);
            found.addAll(refs);
            problems.clear();
            throw new DocErrorsException(found);
        }
        refs.forEach(dangling);
        return result;
    }

    /** Where a parsed node came from, in the form messages use. */
    public DocLocation locate(Cursor cursor) {
        return new DocLocation(Pages.displayPath(projectDir, Path.of(cursor.getFile())), cursor.getLineNumber());
    }

    private void log(LogRecord record) {
        String message = record.getMessage();
        if (message != null && message.startsWith(CrossReferences.ASCIIDOCTOR_SAYS)) {
            // INFO to Asciidoctor, which cannot know the reader will click it: here a link to nowhere fails.
            String refid = message.substring(CrossReferences.ASCIIDOCTOR_SAYS.length()).strip();
            references.add(CrossReferences.dangling(refid, record.getCursor() != null && record.getCursor().getFile() != null
                    ? locate(record.getCursor()) : null, current, projectDir, docsDir));
            return;
        }
        if (record.getSeverity().ordinal() < Severity.WARN.ordinal()) {
            return;
        }
        Cursor cursor = record.getCursor();
        DocLocation where = cursor != null && cursor.getFile() != null
                ? locate(cursor)
                : new DocLocation(Pages.displayPath(projectDir, docsDir), 1);
        problems.add(new DocError(where, "asciidoctor: " + record.getMessage()));
    }

    /** Stops listening to the instance's log and removes the fact macro; the instance itself stays up. */
    @Override
    public void close() {
        extensions.unregister();
        asciidoctor.unregisterLogHandler(handler);
    }
}

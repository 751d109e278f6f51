package dev.livingdocs.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.asciidoctor.Asciidoctor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.cucumber.core.gherkin.Pickle;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.DocErrorsException;
import dev.livingdocs.Pages;
import dev.livingdocs.serve.SiteServer;
import dev.livingdocs.tangle.Feature;
import dev.livingdocs.tangle.Page;
import dev.livingdocs.tangle.Tangle;
import dev.livingdocs.weave.Results;
import dev.livingdocs.weave.Drift;
import dev.livingdocs.weave.Weave;

/**
 * The live preview: one warm JVM that holds Asciidoctor, the glue and the code it checks, serves the
 * woven site on 127.0.0.1, and watches the docs. On every save it tangles the pages again, runs only the
 * scenarios whose text it holds no result for (see {@link Known}: a prose edit runs none, a changed step,
 * fact or Background runs the scenarios that hold it), weaves, and tells the open pages to reload.
 *
 * <p>A change under the code directories (the project's sources and glue) is not recompiled: the JVM
 * keeps running the classes it started with, so from then on every result shows as "stale" and the page
 * says a restart is needed. Errors in the docs (bad Gherkin, a broken include) leave the last good site
 * in place, with each error shown in the page at its line; the preview keeps running.
 */
public final class Preview implements AutoCloseable {

    /**
     * @param projectDir what paths in messages are relative to
     * @param docs       the pages
     * @param features   the features directory the build writes (the preview writes nothing there; it names
     *                   the features as the build does)
     * @param site       where the preview weaves to (not the build's site)
     * @param glue       the glue's packages
     * @param seed       Cucumber's messages of the last build, to start from; used only when newer than
     *                   every file under {@code code}; may be null
     * @param code       directories whose changes need a restart (sources, glue)
     * @param variants   the names of the variants the build also runs the pages against ({@code newest}): a
     *                   scenario tagged with one ({@code @newest}) is about that variant only, which the
     *                   preview does not run; it shows "not run", as a build without the variant's run does,
     *                   instead of a verdict of the page's system on a claim about another
     */
    public record Settings(Path projectDir, Path docs, Path features, Path site, List<String> glue, int port, Path seed,
                           List<Path> code, Path theme, String rerun, Map<String, Object> attributes, List<String> variants) {

        public Settings(Path projectDir, Path docs, Path features, Path site, List<String> glue, int port, Path seed,
                        List<Path> code, Path theme, String rerun, Map<String, Object> attributes) {
            this(projectDir, docs, features, site, glue, port, seed, code, theme, rerun, attributes, List.of());
        }
    }

    /** What one refresh did. */
    public record Refresh(int ran, int reused, long millis, boolean tangled) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Settings settings;
    private final Asciidoc asciidoc;
    private final PickleRunner runner;
    private final PrintStream out;
    private final Map<String, Known> known = new HashMap<>();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile PreviewPage.Status status = new PreviewPage.Status("starting", List.of(), null);
    private volatile String restart;
    private SiteServer server;

    private Preview(Settings settings, Asciidoctor asciidoctor, PrintStream out) {
        this.settings = settings;
        this.asciidoc = new Asciidoc(asciidoctor, settings.projectDir(), settings.docs(), settings.attributes());
        this.runner = new PickleRunner(settings.glue());
        this.out = out;
    }

    /** Loads the glue, seeds the results, weaves the whole site once and starts serving it. */
    public static Preview start(Settings settings, Asciidoctor asciidoctor, PrintStream out) {
        Preview preview = new Preview(settings, asciidoctor, out);
        preview.runner.warmUp();
        preview.seed();
        Refresh first = preview.refresh("start");
        out.printf("preview: first weave in %.1f s (%d scenario run(s), %d from the last build)%n", first.millis() / 1000.0, first.ran(),
                first.reused());
        Map<String, HttpHandler> handlers = Map.of(PreviewPage.EVENTS, preview::events);
        preview.server = SiteServer.start(settings.site(), settings.port(), (path, html) -> PreviewPage.decorate(html, preview.status), handlers);
        return preview;
    }

    public String url() {
        return server.url();
    }

    /** Results of the last build, when they ran against the code as it is (it is newer than every source). */
    private void seed() {
        Path seed = settings.seed();
        if (seed == null || !Files.isRegularFile(seed)) {
            return;
        }
        try {
            FileTime results = Files.getLastModifiedTime(seed);
            Optional<FileTime> newest = newest(settings.code());
            if (newest.isPresent() && newest.get().compareTo(results) > 0) {
                out.println("preview: " + Pages.displayPath(settings.projectDir(), seed) + " is older than the code; running every scenario");
                return;
            }
            Results last = Results.read(seed, settings.features());
            Set<String> files = new TreeSet<>();
            last.runs().forEach(r -> files.add(r.feature()));
            for (String file : files) {
                Optional<String> text = last.source(file);
                if (text.isEmpty()) {
                    continue;
                }
                for (Pickle p : runner.parse(settings.features().resolve(file).toUri(), text.get()).getPickles()) {
                    last.run(file, p.getLocation().getLine()).ifPresent(r -> known.put(Known.key(file, p), new Known(r, Known.stepLines(p))));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.println("preview: cannot start from " + seed + " (" + e.getMessage() + "); running every scenario");
            known.clear();
        }
    }

    private static Optional<FileTime> newest(List<Path> dirs) throws IOException {
        FileTime newest = null;
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    FileTime t = Files.getLastModifiedTime(f);
                    newest = newest == null || t.compareTo(newest) > 0 ? t : newest;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Tangles, runs what has no result, weaves, and reloads the open pages. */
    public synchronized Refresh refresh(String why) {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime() + runner.cpuNanos();
        String when = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<Page> pages;
        List<Feature> features;
        try {
            pages = new Tangle(asciidoc).pages();
            features = Tangle.features(pages);
        } catch (DocErrorsException e) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            status = new PreviewPage.Status(when + " · " + why + " · not woven: the docs have errors", e.errors().stream().sorted().toList(), restart);
            e.errors().stream().sorted().forEach(err -> out.println("preview: " + err));
            reload();
            return new Refresh(0, 0, millis, false);
        }
        long tangled = System.nanoTime();
        boolean stale = restart != null;
        Map<String, String> sources = new LinkedHashMap<>();
        List<Results.Run> runs = new ArrayList<>();
        Set<String> current = new HashSet<>();
        int ran = 0;
        int reused = 0;
        long running = 0;
        for (Feature f : features) {
            sources.put(f.file(), f.text());
            for (Pickle p : runner.parse(settings.features().resolve(f.file()).toUri(), f.text()).getPickles()) {
                if (p.getTags().stream().anyMatch(t -> settings.variants().contains(t.substring(1)))) {
                    continue;
                }
                String key = Known.key(f.file(), p);
                current.add(key);
                Known k = known.get(key);
                if (k == null) {
                    long t = System.nanoTime();
                    Results.Run run = runner.run(p, f.file());
                    running += System.nanoTime() - t;
                    k = new Known(run, Known.stepLines(p));
                    known.put(key, k);
                    ran++;
                    out.println("preview: ran " + f.file() + ":" + p.getLocation().getLine() + " '" + p.getName() + "': "
                            + run.outcome().label());
                } else {
                    reused++;
                }
                runs.add(k.at(p, stale));
            }
        }
        known.keySet().retainAll(current);
        Weave.Settings weave = new Weave.Settings(settings.features(), Pages.displayPath(settings.projectDir(), settings.features()),
                settings.features().resolve("preview.ndjson"), settings.site(), Weave.Expect.SOME, true, settings.rerun(), settings.theme(),
                "Live preview of the working tree, refreshed " + when, null, null, Weave.Settings.PROJECT,
                settings.variants().stream().map(v -> new Drift.Variant(v, null)).toList());
        Weave.Verdict verdict;
        long woven = System.nanoTime();
        try {
            verdict = new Weave(asciidoc, weave, Results.of(sources, runs)).run(pages);
        } catch (DocErrorsException e) {
            status = new PreviewPage.Status(when + " · " + why + " · not woven: the docs have errors", e.errors().stream().sorted().toList(), restart);
            reload();
            return new Refresh(ran, reused, (System.nanoTime() - start) / 1_000_000, false);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String line = when + " · " + why + " · " + (ran == 0 ? "no scenario ran" : ran + " scenario run(s) in "
                + String.format("%.1f s", running / 1e9)) + ", " + reused + " unchanged · refreshed in " + String.format("%.1f s", millis / 1000.0)
                + String.format(" (tangle %.1f s, weave %.1f s; CPU %.1f s)", (tangled - start) / 1e9, (System.nanoTime() - woven) / 1e9,
                (THREADS.getCurrentThreadCpuTime() + runner.cpuNanos() - cpu) / 1e9)
                + " · " + verdict.summary().line() + (stale ? " (all stale)" : "");
        status = new PreviewPage.Status(line, List.of(), restart);
        out.println("preview: " + line);
        reload();
        return new Refresh(ran, reused, millis, true);
    }

    private void failed(String why, RuntimeException e) {
        String when = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        status = new PreviewPage.Status(when + " · " + why + " · not woven: " + e, List.of(), restart);
        out.println("preview: " + why + ": not woven: " + e);
        e.printStackTrace(out);
        reload();
    }

    /** Marks every result stale from now on: the code it ran against changed, and this JVM cannot load the change. */
    void codeChanged(Set<Path> files) {
        String names = String.join(", ", files.stream().map(f -> Pages.displayPath(settings.projectDir(), f)).sorted().limit(3).toList())
                + (files.size() > 3 ? " and " + (files.size() - 3) + " more" : "");
        restart = names + " changed: this preview still runs the code it started with, so every result is stale. "
                + "Stop it (Ctrl-C) and start it again to compile and run the new code.";
    }

    /** Watches the docs and the code until interrupted, refreshing after each burst of changes. */
    public void watch() throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> dirs = new HashMap<>();
            register(watcher, settings.docs(), dirs);
            for (Path code : settings.code()) {
                register(watcher, code, dirs);
            }
            out.println("preview: serving " + settings.site() + " on " + url() + ", watching " + Pages.displayPath(settings.projectDir(), settings.docs())
                    + " (Ctrl-C stops)");
            while (true) {
                WatchKey key = watcher.take();
                Set<Path> changed = new TreeSet<>();
                do {
                    Path dir = dirs.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                            changed.add(settings.docs());
                            continue;
                        }
                        Path file = dir.resolve((Path) event.context());
                        if (Files.isDirectory(file)) {
                            register(watcher, file, dirs);
                        }
                        String name = file.getFileName().toString();
                        // An editor's or sed's temporary file comes and goes within the save: only what is there, or a page gone.
                        if (!name.startsWith(".") && !name.endsWith("~") && (Files.exists(file) || name.endsWith(".adoc"))) {
                            changed.add(file);
                        }
                    }
                    key.reset();
                    // An editor's save is often several events: take them together.
                    key = watcher.poll(30, TimeUnit.MILLISECONDS);
                } while (key != null);
                Path docs = settings.docs().toAbsolutePath().normalize();
                Set<Path> code = new TreeSet<>();
                Set<String> pages = new TreeSet<>();
                for (Path f : changed) {
                    if (f.toAbsolutePath().normalize().startsWith(docs)) {
                        pages.add(Pages.displayPath(settings.projectDir(), f));
                    } else {
                        code.add(f);
                    }
                }
                if (!code.isEmpty()) {
                    codeChanged(code);
                }
                if (!pages.isEmpty() || !code.isEmpty()) {
                    String why = pages.isEmpty() ? "code changed" : String.join(", ", pages) + " changed";
                    try {
                        refresh(why);
                    } catch (RuntimeException e) {
                        // A page caught half-written, or a bug of the toolchain: say so, keep the last site, keep watching.
                        failed(why, e);
                    }
                }
            }
        }
    }

    private static void register(WatchService watcher, Path root, Map<WatchKey, Path> dirs) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dirs.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Server-sent events: each open page holds one, and reloads when told. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": preview\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body);
    }

    private void reload() {
        for (OutputStream o : listeners) {
            try {
                o.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                o.flush();
            } catch (IOException e) {
                listeners.remove(o);
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        runner.close();
        asciidoc.close();
    }
}

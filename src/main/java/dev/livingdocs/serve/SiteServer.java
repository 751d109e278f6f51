package dev.livingdocs.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site on the loopback interface only, with the JDK's own HTTP server.
 *
 * <p>Only files inside the site directory are served. Anything that tries to leave it gets 404 and
 * nothing else: dot segments ({@code /../}), encoded dots or slashes ({@code %2e}, {@code %2f}),
 * backslashes, absolute paths, NUL bytes, and symbolic links that point outside. A request is
 * mapped to a file by decoding, normalising and then checking the real path against the site's real
 * path, so no spelling of a path can reach a file the check did not see.
 */
public final class SiteServer implements AutoCloseable {

    private static final Pattern FORBIDDEN = Pattern.compile("(?i)%2e|%2f|%5c|%00|\\\\");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "ndjson", "application/x-ndjson");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final BiFunction<String, String, String> html;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private SiteServer(HttpServer server, ExecutorService executor, Path root, BiFunction<String, String, String> html) {
        this.server = server;
        this.executor = executor;
        this.root = root;
        this.html = html;
    }

    /** Starts serving {@code site} on 127.0.0.1; port 0 picks a free port. */
    public static SiteServer start(Path site, int port) {
        return start(site, port, null, Map.of());
    }

    /**
     * Starts serving {@code site} on 127.0.0.1 with additions (the live preview's): {@code html}, if not
     * null, rewrites each HTML page as it is served (given the request path and the page), and
     * {@code handlers} answer paths of their own, such as a stream of events. The rules for the site's
     * files stay the same. Handlers may hold their exchange open, so each request gets a thread.
     */
    public static SiteServer start(Path site, int port, BiFunction<String, String, String> html, Map<String, HttpHandler> handlers) {
        if (!Files.isDirectory(site)) {
            throw new IllegalArgumentException("no site at " + site.toAbsolutePath() + ": build it first");
        }
        try {
            Path root = site.toRealPath();
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            java.util.concurrent.ThreadFactory daemons = r -> {
                Thread t = new Thread(r, "site-server");
                t.setDaemon(true);
                return t;
            };
            ExecutorService executor = handlers.isEmpty() ? Executors.newFixedThreadPool(2, daemons) : Executors.newCachedThreadPool(daemons);
            SiteServer server = new SiteServer(http, executor, root, html);
            http.createContext("/", server::handle);
            handlers.forEach(http::createContext);
            http.setExecutor(executor);
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve on 127.0.0.1:" + port, e);
        }
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public String url() {
        return "http://127.0.0.1:" + address().getPort() + "/";
    }

    /** Blocks until {@link #close()} is called (from a shutdown hook on Ctrl-C, for instance). */
    public void awaitTermination() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The file a request path names, or empty if it names nothing inside the site. */
    Optional<Path> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//") || FORBIDDEN.matcher(rawPath).find()) {
            return Optional.empty();
        }
        String decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        String relative = decoded.substring(1);
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Optional<Path> file = resolve(exchange.getRequestURI().getRawPath());
            if (file.isEmpty()) {
                byte[] body = "404 not found\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, method.equals("HEAD") ? -1 : body.length);
                if (!method.equals("HEAD")) {
                    exchange.getResponseBody().write(body);
                }
                return;
            }
            byte[] body = Files.readAllBytes(file.get());
            if (html != null && type(file.get()).startsWith("text/html")) {
                body = html.apply(exchange.getRequestURI().getRawPath(), new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", type(file.get()));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : body.length);
            if (!method.equals("HEAD")) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        stopped.countDown();
    }
}

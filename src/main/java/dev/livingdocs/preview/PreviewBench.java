package dev.livingdocs.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live preview's benchmark (a program, not a test): against a running preview, edits a page N
 * times and measures each edit-to-refresh, from writing the file to having the reloaded page: the
 * preview's reload event, then the page fetched again. Two kinds of edit: a word appended to a line of
 * prose (no scenario may run), and a scenario's name changed (that scenario runs). Prints the median and
 * the 90th percentile of each, and restores the page as it was.
 *
 * <pre>
 *   java … dev.livingdocs.preview.PreviewBench --page=docs/localio.adoc --prose-line=N --scenario-line=M
 *        [--url=http://127.0.0.1:8001/] [--html=localio.html] [--edits=20] [--warmup=5]
 * </pre>
 */
public final class PreviewBench {

    private PreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                System.err.println("usage: PreviewBench --page=FILE --prose-line=N --scenario-line=M [--url=URL] [--html=PAGE.html] [--edits=20] [--warmup=5]");
                System.exit(2);
            }
            options.put(a.substring(2, eq), a.substring(eq + 1));
        }
        Path page = Path.of(options.get("page"));
        String url = options.getOrDefault("url", "http://127.0.0.1:8001/");
        String html = options.getOrDefault("html", page.getFileName().toString().replaceFirst("\\.adoc$", ".html"));
        int edits = Integer.parseInt(options.getOrDefault("edits", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        int prose = Integer.parseInt(options.get("prose-line"));
        int scenario = Integer.parseInt(options.get("scenario-line"));
        String original = Files.readString(page, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(original.split("\n", -1)));
        if (!lines.get(scenario - 1).strip().startsWith("Scenario")) {
            throw new IllegalArgumentException(page + ":" + scenario + " is no Scenario line: " + lines.get(scenario - 1));
        }
        BlockingQueue<Long> reloads = new ArrayBlockingQueue<>(1000);
        Thread listener = listen(URI.create(url + PreviewPage.EVENTS.substring(1)), reloads);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> restore(page, original)));
        try {
            // A JVM that just started runs the weave slower until the JIT has compiled it: edits not counted.
            edits(page, lines, prose, " warm-up", warmup, reloads, URI.create(url + html));
            long[] proseTimes = edits(page, lines, prose, " benchmark", edits, reloads, URI.create(url + html));
            long[] scenarioTimes = edits(page, lines, scenario, " (benchmark)", edits, reloads, URI.create(url + html));
            System.out.println("preview-bench: " + edits + " edits each after " + warmup + " warm-up edits, edit to reloaded page, in ms");
            System.out.println("  prose edit (" + page + ":" + prose + "):       " + stats(proseTimes));
            System.out.println("  scenario edit (" + page + ":" + scenario + "): " + stats(scenarioTimes));
        } finally {
            restore(page, original);
            listener.interrupt();
        }
    }

    private static long[] edits(Path page, List<String> lines, int line, String suffix, int count, BlockingQueue<Long> reloads, URI html)
            throws IOException, InterruptedException {
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            List<String> edited = new ArrayList<>(lines);
            edited.set(line - 1, lines.get(line - 1) + suffix + " " + (i + 1));
            Thread.sleep(300);
            reloads.clear();
            long start = System.nanoTime();
            Files.writeString(page, String.join("\n", edited), StandardCharsets.UTF_8);
            Long at = reloads.poll(300, TimeUnit.SECONDS);
            if (at == null) {
                throw new IllegalStateException("no reload within 300 s of edit " + (i + 1));
            }
            fetch(html);
            times[i] = (System.nanoTime() - start) / 1_000_000;
            System.out.println("  edit " + (i + 1) + " of " + page + ":" + line + ": " + times[i] + " ms");
        }
        return times;
    }

    static String stats(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return "median " + percentile(sorted, 50) + ", p90 " + percentile(sorted, 90) + ", min " + sorted[0] + ", max "
                + sorted[sorted.length - 1];
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static void fetch(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        try (InputStream in = c.getInputStream()) {
            in.readAllBytes();
        }
        if (c.getResponseCode() != 200) {
            throw new IllegalStateException(uri + " answered " + c.getResponseCode());
        }
    }

    private static Thread listen(URI events, BlockingQueue<Long> reloads) throws IOException {
        HttpURLConnection c = (HttpURLConnection) events.toURL().openConnection();
        c.setReadTimeout(0);
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        Thread t = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("data: reload")) {
                        reloads.offer(System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // the bench is over
            }
        }, "preview-bench-events");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static synchronized void restore(Path page, String original) {
        try {
            if (!Files.readString(page, StandardCharsets.UTF_8).equals(original)) {
                Files.writeString(page, original, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            System.err.println("preview-bench: cannot restore " + page + ": " + e.getMessage());
        }
    }
}

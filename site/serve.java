///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//SOURCES ../src/main/java/dev/livingdocs/serve/SiteServer.java

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.livingdocs.serve.SiteServer;

/**
 * Builds the living docs and serves them on http://127.0.0.1:8000/, for JBang users:
 *
 * <pre>
 *   jbang site/serve.java                 # build (./mvnw -B verify), then serve target/site
 *   jbang site/serve.java --no-build      # serve what the last build wrote
 *   jbang site/serve.java --port=9000 --site=target/site
 * </pre>
 *
 * The server is the project's own (src/main/java/dev/livingdocs/serve/SiteServer.java, shared via
 * //SOURCES): loopback only, nothing outside the site is served. A failing scenario does not stop
 * the build here: the site shows it red.
 */
class serve {

    public static void main(String... args) throws Exception {
        boolean build = true;
        int port = 8000;
        Path project = projectDir();
        Path site = null;
        for (String arg : args) {
            if (arg.equals("--no-build")) {
                build = false;
            } else if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            } else if (arg.startsWith("--site=")) {
                site = Path.of(arg.substring("--site=".length()));
            } else {
                System.err.println("usage: jbang site/serve.java [--no-build] [--port=8000] [--site=DIR]");
                System.exit(2);
            }
        }
        site = site != null ? site : project.resolve("target/site");
        if (build) {
            int status = build(project);
            if (status != 0) {
                System.err.println("serve: the build failed (exit " + status + "); nothing to serve");
                System.exit(status);
            }
        }
        try (SiteServer server = SiteServer.start(site, port)) {
            System.out.println("serving " + site + " on " + server.url() + " (Ctrl-C stops)");
            System.out.flush();
            server.awaitTermination();
        }
    }

    /** The project: the nearest directory, from here up, that holds pom.xml and site/serve.java. */
    private static Path projectDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isRegularFile(d.resolve("site/serve.java"))) {
                return d;
            }
        }
        return dir;
    }

    private static int build(Path project) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path wrapper = project.resolve("mvnw");
        command.add(Files.isExecutable(wrapper) ? wrapper.toString() : "mvn");
        command.add("-B");
        command.add("verify");
        // Serve even when a scenario fails: the site shows it red, in place.
        command.add("-Dlivingdocs.failOnScenario=false");
        return new ProcessBuilder(command).directory(new File(project.toString())).inheritIO().start().waitFor();
    }
}

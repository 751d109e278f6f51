///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The live preview, for JBang users (README, "Live preview"):
 *
 * <pre>
 *   jbang site/preview.java               # http://127.0.0.1:8001/, refreshed on every save under docs/
 *   jbang site/preview.java --port=9001
 *   jbang site/preview.java --no-build    # right after ./mvnw -B verify: start from its results
 * </pre>
 *
 * The preview needs the compiled glue and model on its class path, which Maven has: this script
 * compiles them ({@code ./mvnw -B -q process-test-classes}) and starts the preview in one JVM of its
 * own ({@code exec:exec@preview}, the toolchain's {@code preview} command). Ctrl-C stops it. With
 * {@code --no-build} it runs the classes as the last build left them, and starts from that build's results.
 */
class preview {

    public static void main(String... args) throws Exception {
        String port = "8001";
        boolean build = true;
        for (String arg : args) {
            if (arg.equals("--no-build")) {
                build = false;
            } else if (arg.startsWith("--port=")) {
                port = arg.substring("--port=".length());
            } else {
                System.err.println("usage: jbang site/preview.java [--no-build] [--port=8001]");
                System.exit(2);
            }
        }
        Path project = projectDir();
        List<String> command = new ArrayList<>();
        Path wrapper = project.resolve("mvnw");
        command.add(Files.isExecutable(wrapper) ? wrapper.toString() : "mvn");
        command.addAll(List.of("-B", "-q"));
        if (build) {
            // Compiles the model and the glue; tangle then drops the last build's results, so every scenario runs at start.
            command.add("process-test-classes");
        }
        command.addAll(List.of("exec:exec@preview", "-Dpreview.port=" + port));
        System.exit(new ProcessBuilder(command).directory(new File(project.toString())).inheritIO().start().waitFor());
    }

    /** The project: the nearest directory, from here up, that holds pom.xml and site/preview.java. */
    private static Path projectDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isRegularFile(d.resolve("site/preview.java"))) {
                return d;
            }
        }
        return dir;
    }
}

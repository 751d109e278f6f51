package dev.livingdocs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the JBang path: site/serve.java run through JBang itself (the jbang-cli jar from Maven
 * Central; JBang's installer would download from the web). JBang's Main compiles the script and
 * prints the java command that runs it, exiting 255 for its shell wrapper to exec that command; the
 * test does what the wrapper does.
 */
class JbangScriptTest {

    @TempDir
    Path temp;

    @Test
    void site_serve_java_serves_a_site_when_run_through_jbang() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<p>served by jbang</p>");

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder jbang = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "dev.jbang.Main",
                "site/serve.java", "--no-build", "--port=0", "--site=" + site)
                .redirectError(temp.resolve("jbang.err").toFile());
        jbang.environment().put("JBANG_DIR", temp.resolve("jbang-home").toString());
        jbang.environment().put("JAVA_HOME", System.getProperty("java.home"));
        jbang.environment().put("JBANG_NO_VERSION_CHECK", "true");
        Process resolve = jbang.start();
        String command = new String(resolve.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(resolve.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(resolve.exitValue()).as("jbang asks its wrapper to exec (255); stderr: %s",
                Files.readString(temp.resolve("jbang.err"))).isEqualTo(255);
        assertThat(command).contains("serve.jar").contains("--site=" + site);

        Process server = new ProcessBuilder(List.of("bash", "-c", "exec " + command)).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the script's first line").isNotNull().startsWith("serving ");
            Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
            assertThat(url.find()).as("a loopback URL in: %s", line).isTrue();

            HttpResponse<String> index = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(URI.create(url.group(1))).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).isEqualTo("<p>served by jbang</p>");
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void the_script_and_the_build_serve_with_the_same_server_code() throws IOException {
        assertThat(Files.readString(Path.of("site/serve.java")))
                .contains("//SOURCES ../src/main/java/dev/livingdocs/serve/SiteServer.java")
                .contains("SiteServer.start(");
    }
}

package dev.livingdocs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteServerTest {

    @TempDir
    Path root;

    private SiteServer server;

    @BeforeEach
    void start() throws IOException {
        Path site = root.resolve("site");
        Files.createDirectories(site.resolve("sub"));
        Files.writeString(site.resolve("index.html"), "<p>index</p>");
        Files.writeString(site.resolve("page.html"), "<p>page</p>");
        Files.writeString(site.resolve("sub/index.html"), "<p>sub</p>");
        Files.writeString(root.resolve("secret.txt"), "outside the site");
        server = SiteServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends a request line as written, without any client normalising the path first. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void serves_the_landing_page_and_pages_of_the_site() throws Exception {
        HttpResponse<String> index = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).isEqualTo("<p>index</p>");
        assertThat(index.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(raw("/page.html")).startsWith("HTTP/1.1 200").endsWith("<p>page</p>");
        assertThat(raw("/sub/")).startsWith("HTTP/1.1 200").endsWith("<p>sub</p>");
    }

    @ParameterizedTest(name = "{0} is refused with 404")
    @ValueSource(strings = {
        "/../secret.txt", "/sub/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt",
        "/..%2fsecret.txt", "/..%5csecret.txt", "//etc/passwd", "/etc/passwd", "/nothing-here.html",
        "/page.html%00.txt"
    })
    void anything_outside_the_site_is_not_found(String path) throws IOException {
        assertThat(raw(path)).startsWith("HTTP/1.1 404").doesNotContain("outside the site");
    }

    @Test
    void a_raw_backslash_is_not_even_a_request_the_server_accepts() throws IOException {
        // The JDK's server rejects the request line (not a valid URI) before any file is looked up.
        assertThat(raw("/..\\secret.txt")).startsWith("HTTP/1.1 400").doesNotContain("outside the site");
    }

    @Test
    void a_symbolic_link_out_of_the_site_is_not_followed() throws IOException {
        Files.createSymbolicLink(root.resolve("site/leak.txt"), root.resolve("secret.txt"));

        assertThat(raw("/leak.txt")).startsWith("HTTP/1.1 404");
    }

    @Test
    void listens_on_the_loopback_interface_only() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.url()).startsWith("http://127.0.0.1:");
    }

    @Test
    void only_reads_are_allowed() throws Exception {
        HttpResponse<String> post = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url() + "page.html")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
    }
}

package dev.livingdocs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.livingdocs.Fixture;
import dev.livingdocs.serve.SiteServer;

/**
 * The woven site in a real browser: Debian's headless chromium, driven through its chromedriver (both
 * from apt; Selenium is told where they are, so it fetches nothing). Every page, from the file system
 * and from the project's server, loads with no console error and no request leaving the site; the
 * table of contents lands on its sections; search finds what {@code browser.search} lists; the
 * diagrams are drawn; every internal link resolves; the pages stay usable 390 px wide. A fixture site
 * with a failing scenario, woven here by the toolchain, shows it red with its error. Screenshots go to
 * {@code browser.out} for review.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTest {

    private final Path site = Path.of(System.getProperty("browser.site", "target/site")).toAbsolutePath();
    private final Path out = Path.of(System.getProperty("browser.out", "target/browser")).toAbsolutePath();
    private final List<String> searches = List.of(System.getProperty("browser.search", "").split(",")).stream()
            .map(String::strip).filter(s -> !s.isEmpty()).toList();

    private ChromeDriver driver;
    private SiteServer server;

    @BeforeAll
    void start() throws IOException {
        Files.createDirectories(out);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"),
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        server = SiteServer.start(site, 0);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private List<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Loads a page and returns the console's errors and the requests that left {@code origin}. */
    private List<String> load(String url, String origin) {
        driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(js("return document.readyState")));
        List<String> problems = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console: " + e.getMessage());
            }
        }
        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
        for (String r : requests) {
            if (!r.startsWith(origin) && !r.startsWith("data:")) {
                problems.add("request leaving the site: " + r);
            }
        }
        return problems;
    }

    private void screenshot(String name) {
        try {
            Files.write(out.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void screenshot(WebElement element, String name) {
        js("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -60);", element);
        try {
            Files.write(out.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_page_loads_from_the_file_system_and_from_the_server_with_no_console_error_and_nothing_fetched_from_elsewhere()
            throws IOException {
        List<String> problems = new ArrayList<>();
        for (String page : pages()) {
            String file = site.resolve(page).toUri().toString();
            load(file, "file://").forEach(p -> problems.add(page + " (file): " + p));
            load(server.url() + page, server.url()).forEach(p -> problems.add(page + " (server): " + p));
        }
        assertThat(pages()).contains("index.html", "search.html");
        assertThat(problems).isEmpty();
    }

    @Test
    void the_header_and_the_status_dots_of_the_table_of_contents_are_there_and_each_entry_lands_on_its_section() throws IOException {
        List<String> problems = new ArrayList<>();
        boolean shot = false;
        for (String page : pages()) {
            driver.get(server.url() + page);
            assertThat(driver.findElement(By.id("ld-header")).isDisplayed()).as(page).isTrue();
            List<WebElement> entries = driver.findElements(By.cssSelector("#toc a[href^='#']"));
            if (entries.isEmpty()) {
                continue;
            }
            assertThat(driver.findElements(By.cssSelector("#toc .ld-dot"))).as("status dots in %s", page).hasSize(entries.size());
            if (!shot) {
                screenshot("header-and-status-toc");
                shot = true;
            }
            List<String> hrefs = entries.stream().map(e -> e.getDomAttribute("href")).toList();
            for (String href : hrefs) {
                driver.findElement(By.cssSelector("#toc a[href='" + href + "']")).click();
                Object top = js("const t = document.getElementById(arguments[0]); return t ? t.getBoundingClientRect().top : null;",
                        href.substring(1));
                double y = top == null ? -1 : ((Number) top).doubleValue();
                long height = (Long) js("return window.innerHeight");
                if (y < 0 || y > height / 2.0) {
                    problems.add(page + href + ": the section is at " + y + " px, not at the top of the window");
                }
            }
        }
        assertThat(shot).as("a page with a table of contents").isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void search_finds_what_a_reader_looks_for_offline() {
        assertThat(searches).as("browser.search names what search must find").isNotEmpty();
        for (String query : searches) {
            for (String base : List.of(site.toUri().toString(), server.url())) {
                driver.get(base + "search.html?q=" + query);
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(d -> !d.findElements(By.cssSelector("#ld-search-results .ld-search-count")).isEmpty());
                List<WebElement> hits = driver.findElements(By.cssSelector("#ld-search-results li a"));
                assertThat(hits).as("hits for %s from %s", query, base).isNotEmpty();
                if (base.equals(server.url())) {
                    screenshot("search-" + query.replaceAll("[^A-Za-z0-9_-]", "_"));
                }
                // The best hit leads to a page that says it.
                hits.get(0).click();
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(js("return document.readyState")));
                assertThat(driver.getPageSource()).as("the page of the best hit for %s", query).contains(query);
            }
        }
    }

    @Test
    void the_diagrams_are_drawn_and_not_empty() throws IOException {
        int sequences = 0;
        int lanes = 0;
        for (String page : pages()) {
            driver.get(server.url() + page);
            for (WebElement figure : driver.findElements(By.cssSelector("figure.ld-diagram"))) {
                WebElement svg = figure.findElement(By.tagName("svg"));
                assertThat(svg.findElements(By.tagName("text"))).as("text in a diagram of %s", page).isNotEmpty();
                Object box = js("const b = arguments[0].getBBox(); return b.width * b.height;", svg);
                assertThat(((Number) box).doubleValue()).as("area of a diagram of %s", page).isPositive();
                String kind = figure.getDomAttribute("data-ld-diagram");
                if ("sequence".equals(kind) && sequences++ == 0) {
                    screenshot(figure, "sequence-diagram");
                }
                if ("lanes".equals(kind) && lanes++ == 0) {
                    screenshot(figure, "counterexample-swim-lanes");
                }
            }
        }
        assertThat(sequences).as("sequence diagrams").isPositive();
        assertThat(lanes).as("swim lanes of a counterexample").isPositive();
    }

    @Test
    void every_internal_link_resolves() throws IOException {
        Set<String> links = new LinkedHashSet<>();
        for (String page : pages()) {
            driver.get(server.url() + page);
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) js("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
            hrefs.stream().filter(h -> h.startsWith(server.url())).forEach(links::add);
        }
        List<String> broken = new ArrayList<>();
        for (String link : links) {
            String[] parts = link.split("#", 2);
            String path = parts[0].substring(server.url().length()).replaceAll("\\?.*", "");
            Path file = site.resolve(path.isEmpty() ? "index.html" : path);
            if (!Files.isRegularFile(file)) {
                broken.add(link + ": no such file in the site");
                continue;
            }
            if (parts.length == 2 && !parts[1].isEmpty()) {
                if (!parts[0].equals(driver.getCurrentUrl().split("#", 2)[0])) {
                    driver.get(parts[0]);
                }
                if (js("return document.getElementById(decodeURIComponent(arguments[0]))", parts[1]) == null) {
                    broken.add(link + ": no element with that id");
                }
            }
        }
        assertThat(links).isNotEmpty();
        assertThat(broken).isEmpty();
    }

    @Test
    void the_pages_stay_usable_390_px_wide() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            List<String> problems = new ArrayList<>();
            for (String page : pages()) {
                driver.get(server.url() + page);
                long width = (Long) js("return document.documentElement.scrollWidth");
                long view = (Long) js("return document.documentElement.clientWidth");
                if (width > view + 1) {
                    problems.add(page + ": " + width + " px wide in a " + view + " px window");
                }
                if (!driver.findElement(By.id("ld-search-box")).isDisplayed()) {
                    problems.add(page + ": the search box is hidden");
                }
                if (page.equals("index.html")) {
                    screenshot("phone-index");
                }
            }
            assertThat(problems).isEmpty();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void a_failing_scenario_is_shown_red_with_its_error() {
        Fixture f = new Fixture(out.resolve("fixture")).page("failing.adoc", """
                = A failing page
                :toc: left

                == Odd

                [source,gherkin]
                ----
                Scenario: three is even, says this page wrongly
                  Given the number 3
                  Then it draws how it was halved
                  And it is even
                ----
                """);
        f.build();
        driver.get(f.site().resolve("failing.html").toUri().toString());
        WebElement result = driver.findElement(By.cssSelector(".ld-result.ld-failed"));
        assertThat(result.isDisplayed()).isTrue();
        assertThat(result.findElement(By.cssSelector(".ld-badge.ld-failed")).getText()).isEqualTo("failed");
        assertThat(result.findElement(By.cssSelector(".ld-error")).getText()).contains("3 is even");
        assertThat(result.getCssValue("border-left-color")).isEqualTo("rgba(207, 34, 46, 1)");
        assertThat(driver.findElement(By.cssSelector("#toc .ld-dot.ld-failed")).isDisplayed()).isTrue();
        assertThat(result.findElement(By.cssSelector("figure.ld-diagram svg")).getText()).contains("failed: And it is even");
        screenshot(result, "failing-fixture-scenario");
    }
}

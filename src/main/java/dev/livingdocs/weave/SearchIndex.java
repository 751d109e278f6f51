package dev.livingdocs.weave;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.livingdocs.Json;

/**
 * The site's search, offline: at weave time, a list of what a reader looks for (sections with their
 * prose, claims, scenarios by name, symbols), written as {@code search-index.js}; lunr (from its webjar
 * on the class path) builds the index in the browser from it on {@code search.html}. A script rather than
 * JSON: a browser reads no JSON file from {@code file://}, and the site must work from the file system.
 */
final class SearchIndex {

    /** Where lunr's webjar puts the script (Maven coordinates org.webjars.npm:lunr). */
    static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    /** One thing to find: what kind, its title, a key (an id or a symbol, weighed highest), text, where it is. */
    record Entry(String kind, String title, String key, String text, String url, String where) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void section(String page, String pageTitle, Sections.Info s) {
        entries.add(new Entry("section", s.title(), s.id(), s.text(), page + ".html#" + s.id(), pageTitle));
    }

    void claim(ClaimReport c) {
        entries.add(new Entry("claim", c.claim().id(), c.claim().id(), c.claim().text(), c.page() + ".html#" + c.claim().id(),
                c.outcome().label()));
    }

    void scenario(String page, ScenarioReport s) {
        entries.add(new Entry("scenario", s.name(), "", s.keyword(), page + ".html#" + ResultPanel.anchor(s.at()),
                s.outcome().label() + " · " + s.at()));
    }

    void symbol(SymbolsPanel.Row row) {
        entries.add(new Entry("symbol", row.symbol(), row.symbol(), "", "symbols.html#ld-symbol-" + SymbolsPanel.slug(row.symbol()),
                row.outcome().label()));
    }

    int size() {
        return entries.size();
    }

    /** Writes {@code search-index.js} and lunr into the site. */
    void write(Path site) {
        StringBuilder js = new StringBuilder("/* Written by the weave: what the site's search finds. */\nvar LD_SEARCH = [\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", Integer.toString(i));
            doc.put("kind", e.kind());
            doc.put("title", e.title());
            doc.put("key", e.key());
            doc.put("text", e.text());
            doc.put("url", e.url());
            doc.put("where", e.where());
            js.append(Json.write(doc)).append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        js.append("];\n");
        try {
            Files.createDirectories(site);
            Files.writeString(site.resolve("search-index.js"), js.toString(), StandardCharsets.UTF_8);
            Files.write(site.resolve("lunr.js"), resource(LUNR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index into " + site, e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path: the weave needs lunr's webjar"
                        + " (org.webjars.npm:lunr:2.3.9) for the site's search");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

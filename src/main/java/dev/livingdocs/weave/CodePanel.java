package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.livingdocs.DocLocation;
import dev.livingdocs.Json;
import dev.livingdocs.code.Coverage;
import dev.livingdocs.code.Coverage.Method;
import dev.livingdocs.tangle.Claim;
import dev.livingdocs.tangle.Feature;

/**
 * Claims and the code they rest on: for each method of the code, the claims and page lines whose
 * scenarios executed it; for each claim, the methods its scenarios executed; and the exported
 * methods no scenario executed (what the pages say nothing about). Shown on a page of its own, and
 * written as JSON for {@code reread}.
 */
final class CodePanel {

    /** A scenario run that executed a method: its page, where (the scenario, or the example row), its name, its claims. */
    record Use(String page, DocLocation at, DocLocation scenario, String name, List<String> claims) {
    }

    private final String code;
    private final List<Method> methods;
    private final Map<Method, List<Use>> uses = new TreeMap<>();
    private final Map<String, Set<Method>> byClaim = new TreeMap<>();
    private final Map<String, ClaimReport> claims = new HashMap<>();

    private CodePanel(String code, List<Method> methods) {
        this.code = code;
        this.methods = methods;
    }

    static CodePanel of(Coverage coverage, String code, List<PageReport> reports, List<Feature> features) {
        CodePanel panel = new CodePanel(code, coverage.methods());
        Map<String, Feature> featureByFile = new HashMap<>();
        features.forEach(f -> featureByFile.put(f.file(), f));
        Map<String, Use> useAt = new HashMap<>();
        for (PageReport report : reports) {
            report.claims().forEach(c -> panel.claims.put(c.claim().id(), c));
            for (BlockReport block : report.blocks()) {
                for (ScenarioReport s : block.scenarios()) {
                    List<String> claimIds = s.tags().stream().filter(t -> t.startsWith("@" + Claim.PREFIX)).map(t -> t.substring(1)).distinct().toList();
                    useAt.put(report.featureFile() + "@" + s.at(), new Use(report.page().name(), s.at(), s.at(), s.name(), claimIds));
                    for (ScenarioReport.Row row : s.rows()) {
                        useAt.put(report.featureFile() + "@" + row.at(), new Use(report.page().name(), row.at(), s.at(), s.name(), claimIds));
                    }
                }
            }
        }
        coverage.executed().forEach((run, ran) -> {
            Feature feature = featureByFile.get(run.feature());
            DocLocation at = feature == null ? null : feature.sourceMap().origin(run.line()).orElse(null);
            Use use = at == null ? null : useAt.get(run.feature() + "@" + at);
            if (use == null) {
                return;
            }
            for (Method m : ran) {
                panel.uses.computeIfAbsent(m, k -> new ArrayList<>()).add(use);
                use.claims().forEach(c -> panel.byClaim.computeIfAbsent(c, k -> new TreeSet<>()).add(m));
            }
        });
        return panel;
    }

    /** The methods with the most claims resting on them, most first. */
    List<Map.Entry<Method, Set<String>>> mostClaimed(int n) {
        List<Map.Entry<Method, Set<String>>> list = new ArrayList<>();
        uses.forEach((m, us) -> {
            Set<String> c = new TreeSet<>();
            us.forEach(u -> c.addAll(u.claims()));
            list.add(Map.entry(m, c));
        });
        list.sort((a, b) -> b.getValue().size() != a.getValue().size() ? b.getValue().size() - a.getValue().size() : a.getKey().compareTo(b.getKey()));
        return list.subList(0, Math.min(n, list.size()));
    }

    String html() {
        StringBuilder out = new StringBuilder("<div class=\"ld-inventory ld-code\">\n");
        List<Method> unexercised = methods.stream().filter(m -> m.exported() && !uses.containsKey(m)).toList();
        Set<DocLocation> allRuns = new TreeSet<>();
        uses.values().forEach(us -> us.forEach(u -> allRuns.add(u.at())));
        out.append("<p class=\"ld-totals\">").append(methods.size()).append(" methods in <code>").append(escape(code)).append("</code>: ")
                .append(uses.size()).append(" executed by the scenarios (").append(allRuns.size()).append(" scenario runs), ")
                .append(unexercised.size()).append(" exported ones by none</p>\n");
        // Methods that the same runs execute share a row: most rest on every scenario (the set-up), few on one.
        Map<Set<DocLocation>, List<Method>> groups = new LinkedHashMap<>();
        uses.forEach((m, us) -> groups.computeIfAbsent(new TreeSet<>(us.stream().map(Use::at).toList()), k -> new ArrayList<>()).add(m));
        List<Map.Entry<Set<DocLocation>, List<Method>>> rows = new ArrayList<>(groups.entrySet());
        rows.sort((a, b) -> a.getKey().size() != b.getKey().size() ? a.getKey().size() - b.getKey().size() : a.getValue().get(0).compareTo(b.getValue().get(0)));
        out.append("<h3 id=\"ld-code-methods\">Methods, and the claims and page lines that rest on them</h3>\n")
                .append("<p>Methods executed by the same scenario runs share a row, the fewest runs first.</p>\n");
        out.append("<table class=\"tableblock frame-all grid-all stretch ld-code-table\">\n<thead><tr><th>Methods</th><th>Claims</th><th>Page lines</th></tr></thead>\n<tbody>\n");
        Map<Method, String> groupOf = new HashMap<>();
        int n = 0;
        for (Map.Entry<Set<DocLocation>, List<Method>> row : rows) {
            String id = "ld-code-group-" + (++n);
            Set<String> claimIds = new TreeSet<>();
            Map<DocLocation, Use> scenarios = new TreeMap<>();
            for (Use u : uses.get(row.getValue().get(0))) {
                claimIds.addAll(u.claims());
                scenarios.putIfAbsent(u.scenario(), u);
            }
            row.getValue().forEach(m -> groupOf.put(m, id));
            out.append("<tr id=\"").append(id).append("\"><td>")
                    .append(String.join("<br>", row.getValue().stream().map(m -> "<code>" + escape(m.name()) + "</code> <span class=\"ld-at\">"
                            + escape(m.file().substring(m.file().lastIndexOf('/') + 1)) + ":" + m.first() + "</span>").toList()))
                    .append("</td><td>").append(row.getKey().size() == allRuns.size() ? "every claim a scenario backs"
                            : String.join(", ", claimIds.stream().map(this::claimLink).toList()))
                    .append("</td><td>").append(row.getKey().size() == allRuns.size() ? "every scenario run"
                            : String.join(", ", scenarios.values().stream().map(u -> "<a href=\"" + escape(u.page()) + ".html#"
                            + ResultPanel.anchor(u.scenario()) + "\">" + escape(u.page()) + ":" + u.scenario().line() + "</a>").toList()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        out.append("<h3 id=\"ld-code-claims\">Claims, and the methods they rest on</h3>\n")
                .append("<p>Besides the methods every scenario run executes (the last row of the table above).</p>\n");
        out.append("<table class=\"tableblock frame-all grid-all stretch ld-code-table\">\n<thead><tr><th>Claim</th><th>Methods its scenarios executed</th></tr></thead>\n<tbody>\n");
        Map<String, String> groupLabel = new HashMap<>();
        for (Map.Entry<Set<DocLocation>, List<Method>> row : rows) {
            List<Method> ms = row.getValue();
            groupLabel.put(groupOf.get(ms.get(0)), ms.get(0).name() + (ms.size() > 1 ? " and " + (ms.size() - 1) + " more" : ""));
        }
        byClaim.forEach((claim, ms) -> {
            Set<String> own = new java.util.LinkedHashSet<>();
            ms.stream().filter(m -> uses.get(m).stream().map(Use::at).distinct().count() < allRuns.size())
                    .map(groupOf::get).sorted(java.util.Comparator.comparingInt(g -> Integer.parseInt(g.substring(g.lastIndexOf('-') + 1))))
                    .forEach(own::add);
            out.append("<tr><td>").append(claimLink(claim)).append("</td><td><details><summary>").append(ms.size()).append(" methods, in ")
                    .append(own.size()).append(" rows besides the one every run shares</summary>")
                    .append(String.join(", ", own.stream().map(g -> "<a href=\"#" + g + "\"><code>" + escape(groupLabel.get(g)) + "</code></a>").toList()))
                    .append("</details></td></tr>\n");
        });
        out.append("</tbody></table>\n");
        out.append("<h3 id=\"ld-code-unexercised\">Exported methods no scenario executes</h3>\n<p>Either a claim is missing, or the code is not part of"
                + " the story the pages tell. Listed to be seen, not failed.</p>\n<ul>\n");
        unexercised.forEach(m -> out.append("<li><code>").append(escape(m.name())).append("</code> <span class=\"ld-at\">")
                .append(escape(m.file())).append(':').append(m.first()).append("</span></li>\n"));
        return out.append("</ul>\n</div>").toString();
    }

    private String claimLink(String id) {
        ClaimReport c = claims.get(id);
        String label = "<code>" + escape(id) + "</code>";
        return c == null ? label : "<a href=\"" + escape(c.page()) + ".html#" + escape(id) + "\">" + label + "</a>";
    }

    private static String anchor(Method m) {
        return "ld-method-" + m.name().replaceAll("[^A-Za-z0-9_]+", "-");
    }

    /**
     * The map as {@code reread} reads it: the scenario runs once, then each method, where it is, and
     * the runs (by index) that executed it.
     */
    void write(Path file) {
        List<Use> runs = new ArrayList<>();
        Map<Use, Integer> index = new HashMap<>();
        uses.values().forEach(us -> us.forEach(u -> index.computeIfAbsent(u, k -> {
            runs.add(k);
            return runs.size() - 1;
        })));
        List<Object> runList = new ArrayList<>();
        for (Use u : runs) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("at", u.at().toString());
            r.put("scenario", u.scenario().toString());
            r.put("name", u.name());
            r.put("claims", u.claims());
            runList.add(r);
        }
        List<Object> list = new ArrayList<>();
        for (Method m : methods) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("method", m.name());
            o.put("file", m.file());
            o.put("first", m.first());
            o.put("last", m.last());
            o.put("exported", m.exported());
            o.put("runs", uses.getOrDefault(m, List.of()).stream().map(index::get).distinct().sorted().toList());
            list.add(o);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("runs", runList);
        json.put("methods", list);
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            java.nio.file.Files.writeString(file, Json.write(json));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}

package dev.livingdocs.bite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Background;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TableRow;

import dev.livingdocs.DocLocation;
import dev.livingdocs.tangle.SourceMap;

/**
 * A feature file as the gate changes it: its text line by line, and where each scenario's steps,
 * doc strings, tables and example rows stand in it, down to the column.
 */
final class FeatureSource {

    /** A step: its line, where its text starts in that line, and what it carries. */
    record StepAt(int line, int textColumn, String keyword, String text, DocStringAt docString, List<RowAt> table) {
    }

    /** A doc string: its content lines (feature lines). */
    record DocStringAt(List<Integer> lines) {
    }

    /** A table row: its line and cells. */
    record RowAt(int line, List<CellAt> cells) {

        List<String> values() {
            return cells.stream().map(CellAt::value).toList();
        }
    }

    /** A table cell: its columns in the line (the text between the bars, trimmed) and its value. */
    record CellAt(int start, int end, String raw, String value) {
    }

    /** An outline's Examples table. */
    record ExamplesAt(RowAt header, List<RowAt> body) {
    }

    /** A scenario or outline, with the background steps that run before it. */
    record ScenarioAt(int line, String keyword, String name, String section, List<StepAt> background, List<StepAt> steps,
                      List<ExamplesAt> examples, List<String> tags) {
    }

    private final String file;
    private final String text;
    private final String[] lines;
    private final SourceMap map;
    private final List<ScenarioAt> scenarios = new ArrayList<>();

    FeatureSource(String file, String text) {
        this.file = file;
        this.text = text;
        this.lines = text.split("\n", -1);
        this.map = SourceMap.parse(text);
        GherkinDocument document = GherkinParser.builder().includeSource(false).includePickles(false).build()
                .parse(file, text.getBytes(StandardCharsets.UTF_8))
                .map(Envelope::getGherkinDocument)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " does not parse as Gherkin"));
        document.getFeature().ifPresent(feature -> {
            List<StepAt> featureBackground = new ArrayList<>();
            for (FeatureChild child : feature.getChildren()) {
                child.getBackground().ifPresent(b -> featureBackground.addAll(steps(b)));
                child.getScenario().ifPresent(s -> scenarios.add(scenario(s, "", featureBackground)));
                child.getRule().ifPresent(rule -> {
                    List<StepAt> background = new ArrayList<>(featureBackground);
                    for (RuleChild ruleChild : rule.getChildren()) {
                        ruleChild.getBackground().ifPresent(b -> background.addAll(steps(b)));
                        ruleChild.getScenario().ifPresent(s -> scenarios.add(scenario(s, rule.getName(), background)));
                    }
                });
            }
        });
    }

    String file() {
        return file;
    }

    String text() {
        return text;
    }

    String line(int number) {
        return lines[number - 1];
    }

    List<ScenarioAt> scenarios() {
        return scenarios;
    }

    /** The page line a feature line came from. */
    DocLocation origin(int line) {
        return map.origin(line).orElseThrow(() -> new IllegalStateException(file + ":" + line + " has no source comment above it"));
    }

    /** Whether the scenario of {@code target} carries any of {@code tags} (e.g. "@newest"). */
    boolean tagged(Target target, java.util.Set<String> tags) {
        return scenario(target).tags().stream().anyMatch(tags::contains);
    }

    /** Every run the feature makes: each plain scenario, and each example row of an outline. */
    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (ScenarioAt s : scenarios) {
            if (s.examples().isEmpty()) {
                targets.add(new Target(file, s.line(), s.line(), s.name(), s.section(), origin(s.line()), null));
                continue;
            }
            for (ExamplesAt examples : s.examples()) {
                for (RowAt row : examples.body()) {
                    targets.add(new Target(file, row.line(), s.line(), substitute(s.name(), values(examples, row)), s.section(),
                            origin(s.line()), origin(row.line())));
                }
            }
        }
        return targets;
    }

    ScenarioAt scenario(Target target) {
        return scenarios.stream().filter(s -> s.line() == target.scenarioLine()).findFirst().orElseThrow();
    }

    /** The example row a target runs, with its table, or empty for a plain scenario. */
    Optional<Map.Entry<ExamplesAt, RowAt>> row(Target target) {
        for (ExamplesAt examples : scenario(target).examples()) {
            for (RowAt row : examples.body()) {
                if (row.line() == target.line()) {
                    return Optional.of(Map.entry(examples, row));
                }
            }
        }
        return Optional.empty();
    }

    /** A row's values by column name. */
    static Map<String, String> values(ExamplesAt examples, RowAt row) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> names = examples.header().values();
        for (int i = 0; i < names.size() && i < row.cells().size(); i++) {
            values.put(names.get(i), row.cells().get(i).value());
        }
        return values;
    }

    /** A text with each {@code <name>} replaced by its value, as Cucumber makes an example row's pickle. */
    static String substitute(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            result = result.replace("<" + v.getKey() + ">", v.getValue());
        }
        return result;
    }

    /** Whether a text names a column of the row's table: it is then the row's, not the step's. */
    static boolean hasPlaceholder(String text, Map<String, String> values) {
        return values.keySet().stream().anyMatch(name -> text.contains("<" + name + ">"));
    }

    private ScenarioAt scenario(Scenario s, String section, List<StepAt> background) {
        List<ExamplesAt> examples = new ArrayList<>();
        for (Examples e : s.getExamples()) {
            e.getTableHeader().ifPresent(header -> examples.add(new ExamplesAt(row(header),
                    e.getTableBody().stream().map(this::row).toList())));
        }
        return new ScenarioAt(s.getLocation().getLine().intValue(), s.getKeyword(), s.getName(), section, List.copyOf(background),
                s.getSteps().stream().map(this::step).toList(), examples,
                s.getTags().stream().map(io.cucumber.messages.types.Tag::getName).toList());
    }

    private List<StepAt> steps(Background b) {
        return b.getSteps().stream().map(this::step).toList();
    }

    private StepAt step(Step step) {
        int line = step.getLocation().getLine().intValue();
        int column = step.getLocation().getColumn().orElse(1L).intValue() - 1 + step.getKeyword().length();
        DocStringAt doc = step.getDocString().map(d -> {
            int open = d.getLocation().getLine().intValue();
            int count = d.getContent().isEmpty() ? 0 : (int) d.getContent().lines().count();
            List<Integer> content = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                content.add(open + i);
            }
            return new DocStringAt(content);
        }).orElse(null);
        List<RowAt> table = step.getDataTable().map(t -> t.getRows().stream().map(this::row).toList()).orElse(List.of());
        return new StepAt(line, column, step.getKeyword(), step.getText(), doc, table);
    }

    private RowAt row(TableRow row) {
        int line = row.getLocation().getLine().intValue();
        return new RowAt(line, cells(lines[line - 1]));
    }

    /** The cells of a table row line: split at bars not escaped, each trimmed, with its columns. */
    static List<CellAt> cells(String line) {
        List<CellAt> cells = new ArrayList<>();
        int first = line.indexOf('|');
        int start = first + 1;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                i++;
                continue;
            }
            if (c == '|') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(line.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
                    e--;
                }
                String raw = line.substring(s, e);
                cells.add(new CellAt(s, e, raw, unescape(raw)));
                start = i + 1;
            }
        }
        return cells;
    }

    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                out.append(n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package dev.livingdocs.bite;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.livingdocs.bite.FeatureSource.CellAt;
import dev.livingdocs.bite.FeatureSource.ExamplesAt;
import dev.livingdocs.bite.FeatureSource.RowAt;
import dev.livingdocs.bite.FeatureSource.StepAt;
import dev.livingdocs.bite.GlueRunner.Arg;
import dev.livingdocs.bite.GlueRunner.StepRun;

/**
 * Makes the mutants of one run of a scenario, from its steps as the glue matched them.
 *
 * <p>Only what a step states is changed, and so that the step still reads as the glue expects:
 * an argument the step definition read, a doc string, a table cell, an example cell. What the
 * argument becomes comes from the page itself where it can: a number one more and one less; a
 * quoted string or another argument the next value the page gives the same argument of the same
 * step elsewhere (or, if it gives none, another value of its parameter type); a table or example
 * cell the next value of its column. The words of the step around its arguments are never touched,
 * except to swap the whole step for the negative the glue declares.
 *
 * <p>A step of an outline states, in its {@code <column>} parts, the example row's values: those are
 * changed in the row, once, not in each step that uses them.
 */
final class Mutators {

    private static final Set<String> NUMERIC = Set.of("int", "long", "short", "byte", "biginteger", "bigdecimal", "float", "double");
    /** A number standing on its own in a text: not part of a word ({@code h1}, {@code NFSv4}) or of a dotted address. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?![\\w.])");

    /** The values the page gives each argument of each step definition, and each parameter type. */
    static final class Vocabulary {
        private final java.util.Map<String, Set<String>> bySlot = new java.util.HashMap<>();
        private final java.util.Map<String, Set<String>> byType = new java.util.HashMap<>();

        void add(List<StepRun> steps) {
            for (StepRun step : steps) {
                if (step.pattern() == null) {
                    continue;
                }
                for (int i = 0; i < step.args().size(); i++) {
                    Arg a = step.args().get(i);
                    bySlot.computeIfAbsent(step.pattern() + "\u0000" + i, k -> new TreeSet<>()).add(a.text());
                    byType.computeIfAbsent(String.valueOf(a.type()), k -> new TreeSet<>()).add(a.text());
                }
            }
        }

        /** The value after {@code original} among those of its slot, or of its type; null if the page gives no other. */
        String alternative(String pattern, int index, String type, String original) {
            String next = next(bySlot.getOrDefault(pattern + "\u0000" + index, Set.of()), original);
            return next != null ? next : next(byType.getOrDefault(String.valueOf(type), Set.of()), original);
        }
    }

    private final FeatureSource feature;
    private final Vocabulary vocabulary;
    private final Negatives negatives;
    private final boolean slow;

    /** {@code slow}: the scenario is slow to run, so its numbers move one way only (one more). */
    Mutators(FeatureSource feature, Vocabulary vocabulary, Negatives negatives, boolean slow) {
        this.feature = feature;
        this.vocabulary = vocabulary;
        this.negatives = negatives;
        this.slow = slow;
    }

    /**
     * The mutants of {@code target}, whose steps (background first) the glue matched as {@code matched}.
     * A mutant whose replacement is null could not be made: the page gives its argument no other value.
     */
    List<Mutant> of(Target target, List<StepRun> matched) {
        FeatureSource.ScenarioAt scenario = feature.scenario(target);
        List<StepAt> steps = new ArrayList<>(scenario.background());
        steps.addAll(scenario.steps());
        Map<String, String> values = feature.row(target).map(r -> FeatureSource.values(r.getKey(), r.getValue())).orElse(Map.of());
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < steps.size() && i < matched.size(); i++) {
            StepAt step = steps.get(i);
            StepRun run = matched.get(i);
            if (run.line() != step.line()) {
                throw new IllegalStateException(feature.file() + ":" + step.line() + ": the glue ran line " + run.line() + " here");
            }
            arguments(target, step, run, values, mutants);
            negation(target, step, run, values, mutants);
            docString(target, step, values, mutants);
            table(target, step, values, mutants);
        }
        feature.row(target).ifPresent(r -> examples(target, r.getKey(), r.getValue(), mutants));
        // A cell's next value may be its number moved by one: the same change, made once.
        java.util.Set<String> seen = new java.util.HashSet<>();
        return mutants.stream().filter(m -> seen.add(m.line() + ":" + m.start() + ":" + m.end() + ":" + m.replacement())).toList();
    }

    private void arguments(Target target, StepAt step, StepRun run, Map<String, String> values, List<Mutant> out) {
        if (run.pattern() == null) {
            return;
        }
        String template = step.text();
        String line = feature.line(step.line());
        if (!line.startsWith(template, step.textColumn())) {
            return;
        }
        Substitution substitution = Substitution.of(template, values);
        if (!substitution.text().equals(run.text())) {
            return;
        }
        List<Mutant.Anchor> anchors;
        for (int i = 0; i < run.args().size(); i++) {
            Arg a = run.args().get(i);
            int start = substitution.toTemplate(a.start(), a.end());
            if (start < 0) {
                continue;
            }
            int column = step.textColumn() + start;
            int end = column + a.text().length();
            anchors = List.of(new Mutant.Anchor(step.line(), a.text()));
            if (NUMERIC.contains(a.type())) {
                for (String bumped : bumps(a.text(), slow)) {
                    out.add(mutant(target, Mutant.Kind.NUMBER, step.line(), column, end, a.text(), bumped, anchors));
                }
                continue;
            }
            Mutant.Kind kind = "string".equals(a.type()) ? Mutant.Kind.STRING : Mutant.Kind.ARGUMENT;
            String other = vocabulary.alternative(run.pattern(), i, a.type(), a.text());
            out.add(mutant(target, kind, step.line(), column, end, a.text(), other, anchors));
        }
    }

    private void negation(Target target, StepAt step, StepRun run, Map<String, String> values, List<Mutant> out) {
        negatives.of(run.pattern()).ifPresent(negative -> {
            if (FeatureSource.hasPlaceholder(step.text(), values) || !feature.line(step.line()).startsWith(step.text(), step.textColumn())) {
                return;
            }
            String swapped = Negatives.render(negative, run.args().stream().map(Arg::text).toList());
            int column = step.textColumn();
            out.add(mutant(target, Mutant.Kind.NEGATION, step.line(), column, column + step.text().length(), step.text(), swapped,
                    List.of(new Mutant.Anchor(step.line(), "negation"))));
        });
    }

    private void docString(Target target, StepAt step, Map<String, String> values, List<Mutant> out) {
        if (step.docString() == null) {
            return;
        }
        for (int line : step.docString().lines()) {
            String raw = feature.line(line);
            String content = raw.strip();
            if (content.isEmpty() || FeatureSource.hasPlaceholder(raw, values)) {
                continue;
            }
            int start = raw.indexOf(content);
            List<Mutant.Anchor> anchors = List.of(new Mutant.Anchor(step.line(), "docstring"));
            out.add(mutant(target, Mutant.Kind.DOCSTRING, line, start, start + content.length(), content, "", anchors));
            numbers(target, Mutant.Kind.DOCSTRING, line, 0, raw, anchors, out);
        }
    }

    private void table(Target target, StepAt step, Map<String, String> values, List<Mutant> out) {
        List<RowAt> rows = step.table();
        for (RowAt row : rows) {
            for (int c = 0; c < row.cells().size(); c++) {
                CellAt cell = row.cells().get(c);
                if (FeatureSource.hasPlaceholder(cell.raw(), values)) {
                    continue;
                }
                List<Mutant.Anchor> anchors = List.of(new Mutant.Anchor(row.line(), cell.raw()), new Mutant.Anchor(step.line(), "table"));
                cell(target, Mutant.Kind.TABLE_CELL, row, cell, column(rows, c), anchors, out);
            }
        }
    }

    private void examples(Target target, ExamplesAt examples, RowAt row, List<Mutant> out) {
        List<String> names = examples.header().values();
        for (int c = 0; c < row.cells().size() && c < names.size(); c++) {
            CellAt cell = row.cells().get(c);
            String column = "<" + names.get(c) + ">";
            List<Mutant.Anchor> anchors = List.of(new Mutant.Anchor(row.line(), cell.raw()), new Mutant.Anchor(row.line(), column),
                    new Mutant.Anchor(examples.header().line(), column));
            cell(target, Mutant.Kind.EXAMPLE_CELL, row, cell, column(examples.body(), c), anchors, out);
        }
    }

    /** A cell replaced by the next value of its column, and each number in it one more and one less. */
    private void cell(Target target, Mutant.Kind kind, RowAt row, CellAt cell, List<String> column, List<Mutant.Anchor> anchors,
                      List<Mutant> out) {
        String other = next(new LinkedHashSet<>(column), cell.raw());
        if (other != null) {
            out.add(mutant(target, kind, row.line(), cell.start(), cell.end(), cell.raw(), other, anchors));
        }
        numbers(target, kind, row.line(), cell.start(), cell.raw(), anchors, out);
        if (other == null && !NUMBER.matcher(cell.raw()).find()) {
            out.add(mutant(target, kind, row.line(), cell.start(), cell.end(), cell.raw(), null, anchors));
        }
    }

    private void numbers(Target target, Mutant.Kind kind, int line, int offset, String text, List<Mutant.Anchor> anchors,
                         List<Mutant> out) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            for (String bumped : bumps(m.group(), slow)) {
                out.add(mutant(target, kind, line, offset + m.start(), offset + m.end(), m.group(), bumped, anchors));
            }
        }
    }

    private static List<String> column(List<RowAt> rows, int c) {
        return rows.stream().filter(r -> c < r.cells().size()).map(r -> r.cells().get(c).raw()).toList();
    }

    private Mutant mutant(Target target, Mutant.Kind kind, int line, int start, int end, String original, String replacement,
                          List<Mutant.Anchor> anchors) {
        return new Mutant(target, kind, line, start, end, original, replacement, feature.origin(line), anchors);
    }

    /**
     * A number one more and one less (only one more if {@code upOnly}), keeping its leading zeros
     * ({@code 0644} → {@code 0645}, {@code 0643}).
     */
    static List<String> bumps(String number, boolean upOnly) {
        Matcher m = Pattern.compile("-?\\d+").matcher(number);
        if (!m.find()) {
            return List.of();
        }
        String digits = m.group();
        BigInteger value = new BigInteger(digits);
        int width = digits.startsWith("-") ? 0 : digits.length();
        List<String> out = new ArrayList<>();
        for (int delta : upOnly ? new int[] {1} : new int[] {1, -1}) {
            BigInteger v = value.add(BigInteger.valueOf(delta));
            String text = v.toString();
            if (digits.length() > 1 && digits.startsWith("0") && v.signum() >= 0) {
                text = "0".repeat(Math.max(0, width - text.length())) + text;
            }
            out.add(number.substring(0, m.start()) + text + number.substring(m.end()));
        }
        return out;
    }

    /** The value after {@code original} in {@code values} (in their order, wrapping round); null if there is no other. */
    static String next(Set<String> values, String original) {
        List<String> list = new ArrayList<>(values);
        if (list.isEmpty() || (list.size() == 1 && list.get(0).equals(original))) {
            return null;
        }
        int at = list.indexOf(original);
        for (int k = 1; k <= list.size(); k++) {
            String candidate = list.get(Math.floorMod(at + k, list.size()));
            if (!candidate.equals(original)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * A step's text with an example row's values in place of its {@code <column>} parts, and the way
     * back: which part of the template a part of the text comes from.
     */
    record Substitution(String text, List<int[]> parts) {

        /** Each part: {templateStart, templateEnd, textStart, textEnd, substituted ? 1 : 0}. */
        static Substitution of(String template, Map<String, String> values) {
            StringBuilder text = new StringBuilder();
            List<int[]> parts = new ArrayList<>();
            int i = 0;
            int literal = 0;
            while (i < template.length()) {
                String name = template.charAt(i) == '<' ? placeholderAt(template, i, values) : null;
                if (name == null) {
                    i++;
                    continue;
                }
                if (i > literal) {
                    parts.add(new int[] {literal, i, text.length(), text.length() + i - literal, 0});
                    text.append(template, literal, i);
                }
                String value = values.get(name);
                int end = i + name.length() + 2;
                parts.add(new int[] {i, end, text.length(), text.length() + value.length(), 1});
                text.append(value);
                i = end;
                literal = end;
            }
            if (literal < template.length()) {
                parts.add(new int[] {literal, template.length(), text.length(), text.length() + template.length() - literal, 0});
                text.append(template, literal, template.length());
            }
            return new Substitution(text.toString(), parts);
        }

        private static String placeholderAt(String template, int i, Map<String, String> values) {
            int close = template.indexOf('>', i);
            if (close < 0) {
                return null;
            }
            String name = template.substring(i + 1, close);
            return values.containsKey(name) ? name : null;
        }

        /** Where text {@code start..end} begins in the template, or -1 if it takes in a row's value. */
        int toTemplate(int start, int end) {
            for (int[] p : parts) {
                if (start >= p[2] && end <= p[3]) {
                    return p[4] == 1 ? -1 : p[0] + start - p[2];
                }
            }
            return start == end ? start : -1;
        }
    }
}

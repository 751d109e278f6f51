package dev.livingdocs.bite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.livingdocs.DocLocation;
import dev.livingdocs.Json;

/**
 * What the bite gate found, as the weave reads it back: for each run of a scenario, every mutant
 * made and how it ended, the features it judged (by digest, so a report on other text is known as
 * stale), and the reasons the gate fails.
 *
 * @param features the feature files judged, with the SHA-256 of the text judged
 * @param targets  each scenario run, in feature order
 * @param problems why the gate cannot judge (a scenario that fails unchanged, a reason that excuses
 *                 nothing or is no longer needed), one entry each, as a console shows them; the
 *                 survivors without a reason are {@link #survivors()}
 * @param seconds  how long the gate took
 * @param threads  how many threads ran the scenarios
 */
public record BiteReport(Map<String, String> features, List<TargetResult> targets, List<String> problems, double seconds,
                         int threads) {

    /** Where the report lives beside Cucumber's results. */
    public static final String FILE = "bite.json";

    public BiteReport {
        features = Map.copyOf(features);
        targets = List.copyOf(targets);
        problems = List.copyOf(problems);
    }

    /** How a mutant ended. */
    public enum Status {
        /** The changed scenario went red. */
        KILLED("killed"),
        /** It stayed green: the page could say this and still pass. */
        SURVIVED("survived"),
        /** The change could not be judged: no step reads the changed text, or the page gives no other value. */
        NOT_APPLICABLE("not applicable");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A mutant and its end.
     *
     * @param detail  how it was killed (the step that went red and why), or why it could not be judged
     * @param reason  the page's reason for leaving it unchecked, or null
     */
    public record MutantResult(String kind, DocLocation at, String original, String replacement, Status status, String detail,
                               String reason) {

        public String change() {
            return (original.isEmpty() ? "(empty)" : original) + " → " + (replacement == null ? "(none)" : replacement.isEmpty() ? "(empty)" : replacement);
        }

        /** A survivor with no reason: what fails the gate. */
        public boolean unexcused() {
            return status == Status.SURVIVED && reason == null;
        }
    }

    /**
     * A scenario run and its mutants.
     *
     * @param baseline how the unchanged scenario ended in the gate's own run ("passed" to be judged)
     * @param seconds  how long the unchanged scenario took
     */
    public record TargetResult(Target target, String baseline, double seconds, List<MutantResult> mutants) {

        public TargetResult {
            mutants = List.copyOf(mutants);
            seconds = Math.round(seconds * 1000) / 1000.0;
        }

        public long count(Status status) {
            return mutants.stream().filter(m -> m.status() == status).count();
        }

        /** Mutants judged: killed or survived. */
        public long made() {
            return count(Status.KILLED) + count(Status.SURVIVED);
        }
    }

    /** The survivors without a reason, a line each (grouped by page line and change), as a console shows them. */
    public List<String> survivors() {
        return Bite.survivors(targets);
    }

    /** Whether the gate passes: nothing it could not judge, and no survivor without a reason. */
    public boolean passed() {
        return problems.isEmpty() && survivors().isEmpty();
    }

    public long count(Status status) {
        return targets.stream().mapToLong(t -> t.count(status)).sum();
    }

    /** "1234 mutants: 1100 killed, 120 survived (20 with a reason), 14 not applicable". */
    public String line() {
        long killed = count(Status.KILLED);
        long survived = count(Status.SURVIVED);
        long excused = targets.stream().flatMap(t -> t.mutants().stream()).filter(m -> m.status() == Status.SURVIVED && m.reason() != null).count();
        return (killed + survived) + " mutants judged: " + killed + " killed, " + survived + " survived (" + excused
                + " with a reason); " + count(Status.NOT_APPLICABLE) + " not applicable";
    }

    /** The digest the report keeps of a feature's text. */
    public static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(Path file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("features", new java.util.TreeMap<>(features));
        json.put("seconds", Math.round(seconds * 10) / 10.0);
        json.put("threads", threads);
        json.put("problems", problems);
        List<Object> list = new ArrayList<>();
        for (TargetResult t : targets) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("feature", t.target().feature());
            target.put("line", t.target().line());
            target.put("scenarioLine", t.target().scenarioLine());
            target.put("name", t.target().name());
            target.put("section", t.target().section());
            target.put("at", t.target().at().toString());
            target.put("row", t.target().row() == null ? null : t.target().row().toString());
            target.put("baseline", t.baseline());
            target.put("seconds", Math.round(t.seconds() * 1000) / 1000.0);
            List<Object> mutants = new ArrayList<>();
            for (MutantResult m : t.mutants()) {
                Map<String, Object> mutant = new LinkedHashMap<>();
                mutant.put("kind", m.kind());
                mutant.put("at", m.at().toString());
                mutant.put("original", m.original());
                mutant.put("replacement", m.replacement());
                mutant.put("status", m.status().name());
                mutant.put("detail", m.detail());
                mutant.put("reason", m.reason());
                mutants.add(mutant);
            }
            target.put("mutants", mutants);
            list.add(target);
        }
        json.put("targets", list);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Json.write(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static BiteReport read(Path file) {
        Map<String, Object> json;
        try {
            json = Json.object(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is no bite report: " + e.getMessage(), e);
        }
        List<TargetResult> targets = new ArrayList<>();
        for (Object o : (List<Object>) json.get("targets")) {
            Map<String, Object> t = (Map<String, Object>) o;
            Target target = new Target((String) t.get("feature"), number(t.get("line")), number(t.get("scenarioLine")), (String) t.get("name"),
                    (String) t.get("section"), DocLocation.parse((String) t.get("at")),
                    t.get("row") == null ? null : DocLocation.parse((String) t.get("row")));
            List<MutantResult> mutants = new ArrayList<>();
            for (Object mo : (List<Object>) t.get("mutants")) {
                Map<String, Object> m = (Map<String, Object>) mo;
                mutants.add(new MutantResult((String) m.get("kind"), DocLocation.parse((String) m.get("at")), (String) m.get("original"),
                        (String) m.get("replacement"), Status.valueOf((String) m.get("status")), (String) m.get("detail"),
                        (String) m.get("reason")));
            }
            targets.add(new TargetResult(target, (String) t.get("baseline"), ((Number) t.get("seconds")).doubleValue(), mutants));
        }
        Map<String, String> features = new LinkedHashMap<>();
        ((Map<String, Object>) json.get("features")).forEach((k, v) -> features.put(k, (String) v));
        return new BiteReport(features, targets, (List<String>) (List<?>) json.get("problems"), ((Number) json.get("seconds")).doubleValue(),
                number(json.get("threads")));
    }

    private static int number(Object o) {
        return ((Number) o).intValue();
    }
}

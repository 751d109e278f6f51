package dev.livingdocs.weave;

import static dev.livingdocs.Html.escape;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

import dev.livingdocs.Json;
import dev.livingdocs.Messages;

/**
 * Diagrams drawn from what a scenario did: the glue attaches a trace as data, the weave draws it with
 * PlantUML into the page as inline SVG (nothing to fetch, no Graphviz: sequence diagrams only). A
 * change in behaviour changes the picture; a scenario that did not pass has its failure drawn at the
 * end.
 *
 * <p>Two media types, each a JSON object:
 * <ul>
 * <li>{@value #SEQUENCE}: {@code {"title": T, "participants": [{"id": ID, "label": L}...],
 * "messages": [{"from": ID, "to": ID, "text": T, "reply": bool, "error": bool}...], "omitted": N}}:
 * who called whom, in order; a message to itself is a step of its own, {@code error} draws it red.
 * <li>{@value #LANES}: {@code {"title": T, "lanes": [{"id": ID, "label": L}...], "steps": [{"lane": ID,
 * "text": T, "depth": N, "crash": bool}...]}}: one lane per thread, its steps in order (a model
 * checker's counterexample), the crashing step marked.
 * </ul>
 */
final class Diagrams {

    static final String SEQUENCE = "application/vnd.livingdocs.sequence+json";
    static final String LANES = "application/vnd.livingdocs.lanes+json";

    private static final String STYLE = """
            skinparam shadowing false
            skinparam defaultFontName sans-serif
            skinparam defaultFontSize 12
            skinparam sequenceMessageAlign left
            skinparam responseMessageBelowArrow true
            skinparam participantBackgroundColor #f6f8fa
            skinparam participantBorderColor #57606a
            skinparam sequenceLifeLineBorderColor #8c959f
            skinparam noteBackgroundColor #f6f8fa
            skinparam noteBorderColor #d0d7de
            """;

    private Diagrams() {
    }

    static boolean isDiagram(String mediaType) {
        return SEQUENCE.equals(mediaType) || LANES.equals(mediaType);
    }

    /** The diagram as HTML (a figure with inline SVG), or a note saying why it could not be drawn. */
    static String html(Results.Attached a, ScenarioReport s) {
        String json = a.base64() ? new String(Base64.getDecoder().decode(a.body()), StandardCharsets.UTF_8) : a.body();
        String source;
        try {
            Map<String, Object> data = Json.object(json);
            source = SEQUENCE.equals(a.mediaType()) ? sequence(data, s) : lanes(data, s);
        } catch (RuntimeException e) {
            return "<div class=\"ld-note ld-failed\">The diagram " + escape(a.name()) + " could not be read: "
                    + escape(String.valueOf(e.getMessage())) + "</div>\n";
        }
        return "<figure class=\"ld-diagram\" data-ld-diagram=\"" + (SEQUENCE.equals(a.mediaType()) ? "sequence" : "lanes") + "\">"
                + "<figcaption>" + escape(a.name()) + "</figcaption>" + svg(source) + "</figure>\n";
    }

    /** PlantUML's SVG, without its XML prolog (it goes inside the page). */
    static String svg(String source) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG, false));
            String svg = out.toString(StandardCharsets.UTF_8);
            int start = svg.indexOf("<svg");
            return start < 0 ? svg : svg.substring(start);
        } catch (IOException e) {
            throw new UncheckedIOException("PlantUML could not draw a diagram", e);
        }
    }

    @SuppressWarnings("unchecked")
    static String sequence(Map<String, Object> data, ScenarioReport s) {
        StringBuilder uml = new StringBuilder("@startuml\n").append(STYLE);
        title(uml, data);
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Object p : list(data, "participants")) {
            Map<String, Object> participant = (Map<String, Object>) p;
            String alias = "P" + aliases.size();
            aliases.put(string(participant, "id"), alias);
            uml.append("participant \"").append(text(string(participant, "label"))).append("\" as ").append(alias).append('\n');
        }
        for (Object m : list(data, "messages")) {
            Map<String, Object> message = (Map<String, Object>) m;
            String from = alias(aliases, string(message, "from"));
            String to = alias(aliases, string(message, "to"));
            boolean error = Boolean.TRUE.equals(message.get("error"));
            boolean reply = Boolean.TRUE.equals(message.get("reply"));
            String arrow = (reply ? "-" : "") + "-" + (error ? "[#cf222e]" : "") + ">";
            uml.append(from).append(' ').append(arrow).append(' ').append(to).append(" : ")
                    .append(error ? "<color:#cf222e>" : "").append(text(string(message, "text"))).append('\n');
        }
        Object omitted = data.get("omitted");
        if (omitted instanceof Number n && n.intValue() > 0) {
            uml.append("note across: ").append(n.intValue()).append(" later events not drawn\n");
        }
        failure(uml, s, "across");
        return uml.append("@enduml\n").toString();
    }

    @SuppressWarnings("unchecked")
    static String lanes(Map<String, Object> data, ScenarioReport s) {
        StringBuilder uml = new StringBuilder("@startuml\n").append(STYLE).append("skinparam maxMessageSize 400\n");
        title(uml, data);
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Object l : list(data, "lanes")) {
            Map<String, Object> lane = (Map<String, Object>) l;
            String alias = "L" + aliases.size();
            aliases.put(string(lane, "id"), alias);
            uml.append("participant \"").append(text(string(lane, "label"))).append("\" as ").append(alias).append('\n');
        }
        String previous = null;
        for (Object st : list(data, "steps")) {
            Map<String, Object> step = (Map<String, Object>) st;
            String lane = alias(aliases, string(step, "lane"));
            int depth = step.get("depth") instanceof Number n ? n.intValue() : 0;
            boolean crash = Boolean.TRUE.equals(step.get("crash"));
            if (previous != null && !previous.equals(lane)) {
                // A switch of thread: the order between lanes is the point of the picture.
                uml.append("... ...\n");
            }
            previous = lane;
            uml.append(crash ? "rnote over " : "hnote over ").append(lane).append(crash ? " #ffd7d5" : "").append(" : ")
                    .append("\u00a0".repeat(2 * depth)).append(crash ? "<b><color:#cf222e>✗ " : "")
                    .append(text(string(step, "text"))).append(crash ? "</color></b>" : "").append('\n');
        }
        failure(uml, s, "across");
        return uml.append("@enduml\n").toString();
    }

    private static void title(StringBuilder uml, Map<String, Object> data) {
        Object title = data.get("title");
        if (title instanceof String t && !t.isBlank()) {
            uml.append("title ").append(text(t)).append('\n');
        }
    }

    /** A scenario that did not pass: its failing step and message, in red, after what it did. */
    private static void failure(StringBuilder uml, ScenarioReport s, String where) {
        if (s == null || s.outcome() == Outcome.PASSED || s.problems().isEmpty()) {
            return;
        }
        ScenarioReport.Problem p = s.problems().get(0);
        String message = Messages.brief(p.message());
        uml.append("note ").append(where).append(" #ffd7d5\n<b><color:#cf222e>").append(text(s.outcome().label() + ": " + p.step()))
                .append("</color></b>\n").append(text(p.at().toString()));
        if (!message.isEmpty()) {
            uml.append('\n').append(text(message.length() > 300 ? message.substring(0, 297) + "..." : message));
        }
        uml.append("\nend note\n");
    }

    private static String alias(Map<String, String> aliases, String id) {
        String alias = aliases.get(id);
        if (alias == null) {
            throw new IllegalArgumentException("no participant or lane '" + id + "'");
        }
        return alias;
    }

    private static List<Object> list(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        return new ArrayList<>(list);
    }

    private static String string(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value.toString();
    }

    /**
     * Text as PlantUML shows it literally: one line (a line break would end the message), and none of
     * its markup (creole, HTML-like tags) taking effect.
     */
    static String text(String raw) {
        return raw.replace("~", "~~").replace("\r", "").replace("\n", " ⏎ ").replace("<", "~<").replace("**", "~*~*").replace("//", "~/~/")
                .replace("__", "~_~_").replace("--", "~-~-").replace("\"\"", "~\"~\"");
    }
}

package dev.livingdocs.weave;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.livingdocs.Json;
import dev.livingdocs.tangle.ProseCheck;

/**
 * A check of a page's prose and how it stands: the outcome of its scenario (for the mention of a
 * listed symbol, that of the list's row), the glue's message if it failed, and what the glue said
 * about a symbol it resolved.
 *
 * @param check   the check
 * @param page    the page's name, e.g. "localio"
 * @param outcome what happened to its scenario
 * @param message why it did not pass, as the glue put it; empty if it passed
 * @param symbol  what the glue attached about a symbol, or null
 * @param rerun   the command that re-runs its scenario, or null
 */
public record CheckReport(ProseCheck check, String page, Outcome outcome, String message, Symbol symbol, String rerun) {

    /**
     * Media type of the JSON a glue attaches to a symbol's step: {@code {"link": URL, "resolvedBy": TEXT,
     * "resolvedByLink": URL}}, every member optional. The site links the symbol to {@code link} and
     * names {@code resolvedBy} on hover and on the symbols page.
     */
    public static final String SYMBOL_MEDIA_TYPE = "application/vnd.livingdocs.symbol+json";

    /**
     * Media type of the JSON any scenario may attach to say which symbols it exercised:
     * {@code {"symbols": ["name", ...]}}. The symbols page lists the scenarios by symbol.
     */
    public static final String EXERCISED_MEDIA_TYPE = "application/vnd.livingdocs.exercised+json";

    /** Attachments of these types are data for the weave, not shown under a scenario. */
    static boolean isData(String mediaType) {
        return mediaType.startsWith("application/vnd.livingdocs.");
    }

    /** What a glue attached about a symbol; a member it left out is null. */
    public record Symbol(String link, String resolvedBy, String resolvedByLink) {

        static Symbol of(List<Results.Attached> attachments) {
            for (Results.Attached a : attachments) {
                if (a.mediaType().equals(SYMBOL_MEDIA_TYPE)) {
                    Map<String, Object> json = Json.object(text(a));
                    return new Symbol(string(json, "link"), string(json, "resolvedBy"), string(json, "resolvedByLink"));
                }
            }
            return null;
        }
    }

    /** The symbols a scenario's attachments say it exercised. */
    static List<String> exercised(List<Results.Attached> attachments) {
        List<String> symbols = new ArrayList<>();
        for (Results.Attached a : attachments) {
            if (a.mediaType().equals(EXERCISED_MEDIA_TYPE) && Json.object(text(a)).get("symbols") instanceof List<?> list) {
                list.forEach(s -> symbols.add(String.valueOf(s)));
            }
        }
        return symbols;
    }

    private static String text(Results.Attached a) {
        return a.base64() ? new String(java.util.Base64.getDecoder().decode(a.body()), java.nio.charset.StandardCharsets.UTF_8) : a.body();
    }

    private static String string(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value == null ? null : value.toString();
    }
}

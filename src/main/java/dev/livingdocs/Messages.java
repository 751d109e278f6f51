package dev.livingdocs;

/** Error messages as one line for a console or a summary: test frameworks write them over several. */
public final class Messages {

    private static final int LIMIT = 300;

    private Messages() {
    }

    /** The message's non-blank lines, stripped and joined with spaces, cut at 300 characters. */
    public static String brief(String message) {
        if (message == null) {
            return "";
        }
        String joined = String.join(" ", message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return joined.length() <= LIMIT ? joined : joined.substring(0, LIMIT - 1) + "…";
    }
}

package dev.livingdocs.weave;

import io.cucumber.messages.types.TestStepResultStatus;

/**
 * What happened to a scenario, as the site shows it. Declared from the most to the least severe, so
 * a scenario made of several results (an outline's rows) takes the worst.
 */
public enum Outcome {
    FAILED("failed"),
    AMBIGUOUS("ambiguous"),
    UNDEFINED("undefined"),
    PENDING("pending"),
    /** A result older than the code it ran against (the preview's, after a change under src/ or steps/). */
    STALE("stale"),
    NOT_RUN("not run"),
    SKIPPED("skipped"),
    PASSED("passed"),
    /** In a block marked {@code %noexec}: shown to the reader, deliberately never run. */
    NOT_EXECUTED("not executed");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The CSS class the site uses for this outcome. */
    public String cssClass() {
        return "ld-" + name().toLowerCase().replace('_', '-');
    }

    public static Outcome of(TestStepResultStatus status) {
        return switch (status) {
            case PASSED -> PASSED;
            case SKIPPED -> SKIPPED;
            case PENDING -> PENDING;
            case UNDEFINED -> UNDEFINED;
            case AMBIGUOUS -> AMBIGUOUS;
            case FAILED -> FAILED;
            case UNKNOWN -> NOT_RUN;
        };
    }

    public static Outcome worst(Outcome a, Outcome b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}

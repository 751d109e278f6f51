package dev.livingdocs.weave;

import java.util.List;

import dev.livingdocs.DocLocation;
import dev.livingdocs.tangle.Claim;

/**
 * A claim and how it stands: the worst outcome of the scenarios that back it, or {@code NOT_EXECUTED}
 * with the claim's reason.
 */
public record ClaimReport(Claim claim, String page, Outcome outcome, List<Backing> scenarios) {

    public ClaimReport {
        scenarios = List.copyOf(scenarios);
    }

    /** A scenario backing the claim, and where to find it on the site. */
    public record Backing(String page, DocLocation at, String name, Outcome outcome) {
    }
}

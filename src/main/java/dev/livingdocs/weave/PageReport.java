package dev.livingdocs.weave;

import java.util.List;

import dev.livingdocs.tangle.Page;

/**
 * A page and the outcome of each of its blocks, claims and prose checks.
 *
 * @param stale why the results do not belong to this page's current text, or null
 */
public record PageReport(Page page, String featureFile, List<BlockReport> blocks, String stale, List<ClaimReport> claims,
                         List<CheckReport> checks) {

    public PageReport {
        blocks = List.copyOf(blocks);
        claims = List.copyOf(claims);
        checks = List.copyOf(checks);
    }

    PageReport withClaims(List<ClaimReport> claims) {
        return new PageReport(page, featureFile, blocks, stale, claims, checks);
    }
}

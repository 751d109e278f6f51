package dev.livingdocs.weave;

import java.util.List;

import dev.livingdocs.tangle.Page;

/**
 * A page and the outcome of each of its blocks.
 *
 * @param stale why the results do not belong to this page's current text, or null
 */
public record PageReport(Page page, String featureFile, List<BlockReport> blocks, String stale) {

    public PageReport {
        blocks = List.copyOf(blocks);
    }
}

/**
 * Weave: renders the pages with each scenario's result in place, and a landing page that sums them
 * up. Results come from Cucumber's message stream (ndjson); the mapping from results to page lines
 * comes from tangling the pages again in memory, and the weave refuses results that were produced
 * from different features than the pages tangle to now (they would be stale, so a lie).
 */
package dev.livingdocs.weave;

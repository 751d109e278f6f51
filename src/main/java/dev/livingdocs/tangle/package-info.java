/**
 * Tangle: pulls the runnable scenarios out of AsciiDoc pages into Cucumber feature files.
 *
 * <p>A page is parsed by Asciidoctor itself (includes, conditionals and attribute references
 * resolved, as the reader sees them); each {@code [source,gherkin]} block becomes part of the page's
 * Feature, inside a Rule named after its section. Each stretch of tangled lines is preceded by a
 * {@code # source: docs/page.adoc:42} comment, so the feature file says where every line came from and
 * any failure can be reported at the page's line. Cucumber's own Gherkin parser validates the result.
 */
package dev.livingdocs.tangle;

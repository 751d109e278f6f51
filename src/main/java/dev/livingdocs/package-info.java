/**
 * The living-docs toolchain: AsciiDoc pages with embedded Gherkin become runnable Cucumber features
 * ({@link dev.livingdocs.tangle tangle}), Cucumber runs them ({@link dev.livingdocs.run run}), and the
 * pages are rendered with each scenario's result in place ({@link dev.livingdocs.weave weave}).
 *
 * <p>The principle behind all three: what the reader sees is exactly what runs, and a failure names
 * the line of the page the reader would fix. The toolchain knows nothing of the project that uses it:
 * any AsciiDoc document with {@code [source,gherkin]} blocks works.
 */
package dev.livingdocs;

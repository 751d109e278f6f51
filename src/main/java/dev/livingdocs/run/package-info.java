/**
 * Run: what the toolchain adds to a Cucumber run. Cucumber itself runs the tangled features (on the
 * JUnit Platform, through Surefire); {@link dev.livingdocs.run.DocLines} makes every failure name
 * the page line it came from; {@link dev.livingdocs.run.JunitNames} names each scenario of Surefire's
 * JUnit XML with its page line.
 */
package dev.livingdocs.run;

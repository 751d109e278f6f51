/**
 * Run: what the toolchain adds to a Cucumber run. Cucumber itself runs the tangled features (on the
 * JUnit Platform, through Surefire); {@link dev.livingdocs.run.DocLines} makes every failure name
 * the page line it came from.
 */
package dev.livingdocs.run;

/**
 * The bite gate: proof that a page's scenarios would notice if what they state were false.
 *
 * <p>For every scenario that runs (an outline once per example row), the gate makes small changes to
 * what its steps state, one at a time and in memory, and runs the changed scenario with the project's
 * glue: a number moved by one, a quoted string or a table cell replaced by another value the page
 * gives the same place, a doc string line emptied, a step swapped for the one the glue declares its
 * negative. Each change must turn the scenario red. One that does not is a survivor: the scenario
 * would pass with a false sentence, so either the check is strengthened or the page says, in a
 * {@code # unchecked} comment above the line, why that argument is not meant to be checked.
 *
 * <p>Like the rest of the toolchain it knows nothing of the project: the glue is found by package,
 * and what the gate needs from it (which step phrasings negate each other) it reads from a file
 * beside the glue, never from the glue's classes.
 */
package dev.livingdocs.bite;

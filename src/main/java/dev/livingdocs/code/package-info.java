/**
 * Claims and the code they exercise: which methods of the project's code each scenario run executed
 * (JaCoCo's agent records it per scenario, {@link dev.livingdocs.run.ScenarioCoverage}), read back
 * here with JaCoCo's analysis; and, for a change to the code, which page lines an author should
 * read again ({@link Reread}). The toolchain is told which package is "the code"; it knows nothing
 * else of it.
 */
package dev.livingdocs.code;

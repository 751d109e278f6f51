/**
 * The live preview: a warm JVM that re-tangles, runs only the scenarios whose text changed, re-weaves
 * and reloads the open page on every save ({@link dev.livingdocs.preview.Preview}), and the benchmark
 * of its edit-to-refresh time ({@link dev.livingdocs.preview.PreviewBench}). Generic: the glue is a
 * parameter.
 */
package dev.livingdocs.preview;

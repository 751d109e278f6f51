/** The toolchain's command line, as the build and the README call it. */
package dev.livingdocs.cli;

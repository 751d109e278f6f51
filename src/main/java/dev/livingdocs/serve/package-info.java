/** Serve: the built site over HTTP on 127.0.0.1, for reading it locally. */
package dev.livingdocs.serve;

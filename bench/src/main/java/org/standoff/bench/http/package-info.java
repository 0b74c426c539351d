/**
 * The HTTP ceiling of the GraphQL stack: a bare Javalin + graphql-java server that answers one read
 * request from memory, measured against the real server by {@code bench/http/run.sh}; see
 * docs/BENCHMARKS.md, "GraphQL server over HTTP".
 */
package org.standoff.bench.http;

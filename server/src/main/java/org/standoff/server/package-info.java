/** The Standoff HTTP server: Javalin routes for GraphQL, GraphiQL and health, and its configuration. */
package org.standoff.server;

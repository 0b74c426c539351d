/** The GraphQL API: the schema's wiring, resolvers grouped by type, data loaders, limits and errors. */
package org.standoff.server.graphql;

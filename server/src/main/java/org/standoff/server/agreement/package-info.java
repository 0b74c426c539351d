/** Agreement figures as the command line's {@code --json} and the GraphQL API give them. */
package org.standoff.server.agreement;

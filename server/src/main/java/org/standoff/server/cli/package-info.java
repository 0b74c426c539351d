/** The {@code standoff} command line: serve, validate and stats. */
package org.standoff.server.cli;

/** The reliability campaigns: crash (SIGKILL during edits) and concurrency tests, short in the build, long on demand. */
package org.standoff.server.campaign;

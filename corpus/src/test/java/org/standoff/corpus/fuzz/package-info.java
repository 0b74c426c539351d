/**
 * Fuzz targets (Jazzer) for every reader of untrusted files: the standoff JSON reader, JSON Lines
 * and each importer. The normal build replays their seeds and kept crashers and fuzzes all readers
 * for a few seconds; docs/RELIABILITY.md gives the command of the long campaign.
 */
package org.standoff.corpus.fuzz;

/**
 * The gold corpus generator: turns a reviewed YAML annotation source, whose spans are located by
 * their text, into a validated {@link org.standoff.core.model.Document}, and checks the rules of
 * docs/GUIDELINES.md that can be checked mechanically.
 */
package org.standoff.corpus.gold;

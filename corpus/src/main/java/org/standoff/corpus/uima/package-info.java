/** UIMA CAS JSON 0.4.0 as INCEpTION reads and writes it: custom span and relation layers, slot features, chains. */
package org.standoff.corpus.uima;

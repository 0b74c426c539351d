/** Label mappings: how an imported label set (PARC's Source, Cue, Content, …) maps to Standoff's model kinds and fields. */
package org.standoff.corpus.mapping;

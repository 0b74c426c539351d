package org.standoff.core.model;

/** Who made an annotation. */
public enum AgentType {
    /** A person: an annotator or curator. */
    HUMAN,
    /** A program: a tagger, an importer, a rule. */
    SOFTWARE
}

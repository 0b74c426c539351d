package org.standoff.core.model;

/** The kind of thing an {@link Entity} is. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    /** A geo-political entity: a country, city or state as a polity. */
    GPE,
    /** A news agency, newspaper or broadcaster. */
    MEDIA,
    /** A written document: a treaty, statement, report. */
    DOCUMENT,
    /** Several entities acting together ("Putin and Jiang"). */
    GROUP,
    EVENT,
    LOCATION,
    /** The writer of the document: the claimant of its unattributed claims. */
    AUTHOR,
    OTHER
}

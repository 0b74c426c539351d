package org.standoff.core.model;

/** The kind of proposition a {@link Claim} makes. */
public enum ClaimType {
    /** A number, amount or statistic. */
    QUANTITY,
    /** That something happened. */
    EVENT,
    /** That one thing caused another. */
    CAUSAL,
    /** A stated position or policy of an actor. */
    POLICY,
    /** A statement about the future. */
    PREDICTION,
    /** A comparison between things. */
    COMPARISON,
    /** An evaluation or belief that cannot be checked. */
    OPINION,
    OTHER
}

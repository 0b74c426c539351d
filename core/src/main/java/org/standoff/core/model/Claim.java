package org.standoff.core.model;

import java.util.Objects;

/**
 * A checkable proposition the text makes. A claim inside a quote is its speaker's; a claim in the
 * writer's own words is the {@link EntityType#AUTHOR}'s.
 *
 * @param id          unique id
 * @param extent      where it lies (inside a quote: without the quotation marks)
 * @param claimType   what kind of proposition
 * @param checkworthy whether a fact-checker should check it
 * @param claimText   the proposition decontextualized: readable on its own, pronouns resolved; or {@code null}
 * @param claimant    the entity that makes the claim, or {@code null} while unresolved
 * @param attribution the attribution whose content holds the claim, or {@code null} for the author's claims
 * @param quote       the quote that holds the claim, or {@code null}
 * @param provenance  who made it, or {@code null}
 */
public record Claim(ClaimId id, Extent extent, ClaimType claimType, boolean checkworthy, String claimText,
                    EntityId claimant, AttributionId attribution, QuoteId quote, ProvenanceId provenance)
        implements SpanAnnotation {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(claimType, "claimType");
    }
}

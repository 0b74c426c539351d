package org.standoff.server.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.server.store.StoredDocument;

/**
 * The reverse references of one document version, computed once: which attribution a quote belongs
 * to (and so its speaker and cue), which quotes and claims an entity has, and so on. Every list is in document order (span
 * annotations) or insertion order (attributions). Immutable and thread-safe.
 */
final class Lookups {
    private final Map<String, Attribution> attributionOfQuote = new HashMap<>();
    private final Map<String, Mention> speakerOfQuote = new HashMap<>();
    private final Map<String, Cue> cueOfQuote = new HashMap<>();
    private final Map<String, List<Attribution>> attributionsOfMention = new HashMap<>();
    private final Map<String, List<Attribution>> attributionsOfCue = new HashMap<>();
    private final Map<String, List<Quote>> quotesOfEntity = new HashMap<>();
    private final Map<String, List<Claim>> claimsOfEntity = new HashMap<>();
    private final Map<String, List<Claim>> claimsOfQuote = new HashMap<>();
    private final Map<String, List<Claim>> claimsOfAttribution = new HashMap<>();

    Lookups(Document document) {
        for (Attribution attribution : document.attributions()) {
            attribution.contents().forEach(content -> attributionOfQuote.putIfAbsent(content.quote().value(), attribution));
            if (attribution.source() != null) {
                add(attributionsOfMention, attribution.source().value(), attribution);
            }
            if (attribution.cue() != null) {
                add(attributionsOfCue, attribution.cue().value(), attribution);
            }
        }
        for (Quote quote : document.quotes()) {
            Attribution attribution = attributionOfQuote.get(quote.id().value());
            if (attribution == null) {
                continue;
            }
            Mention speaker = attribution.source() == null ? null : document.mention(attribution.source()).orElse(null);
            if (speaker != null) {
                speakerOfQuote.put(quote.id().value(), speaker);
                if (speaker.entity() != null) {
                    add(quotesOfEntity, speaker.entity().value(), quote);
                }
            }
            if (attribution.cue() != null) {
                document.cue(attribution.cue()).ifPresent(cue -> cueOfQuote.put(quote.id().value(), cue));
            }
        }
        for (Claim claim : document.claims()) {
            if (claim.claimant() != null) {
                add(claimsOfEntity, claim.claimant().value(), claim);
            }
            if (claim.quote() != null) {
                add(claimsOfQuote, claim.quote().value(), claim);
            }
            if (claim.attribution() != null) {
                add(claimsOfAttribution, claim.attribution().value(), claim);
            }
        }
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** The reverse references of {@code stored}'s document, computed on first use. */
    static Lookups of(StoredDocument stored) {
        return stored.derived(Lookups.class, Lookups::new);
    }

    /** The attribution whose contents hold the quote (the first, if several do), or {@code null}. */
    Attribution attributionOfQuote(String quoteId) {
        return attributionOfQuote.get(quoteId);
    }

    /** The source mention of the quote's attribution, or {@code null}. */
    Mention speakerOfQuote(String quoteId) {
        return speakerOfQuote.get(quoteId);
    }

    /** The cue of the quote's attribution, or {@code null}. */
    Cue cueOfQuote(String quoteId) {
        return cueOfQuote.get(quoteId);
    }

    List<Attribution> attributionsOfMention(String mentionId) {
        return attributionsOfMention.getOrDefault(mentionId, List.of());
    }

    List<Attribution> attributionsOfCue(String cueId) {
        return attributionsOfCue.getOrDefault(cueId, List.of());
    }

    /** The quotes whose attribution's source mention refers to the entity, in document order. */
    List<Quote> quotesOfEntity(String entityId) {
        return quotesOfEntity.getOrDefault(entityId, List.of());
    }

    List<Claim> claimsOfEntity(String entityId) {
        return claimsOfEntity.getOrDefault(entityId, List.of());
    }

    List<Claim> claimsOfQuote(String quoteId) {
        return claimsOfQuote.getOrDefault(quoteId, List.of());
    }

    List<Claim> claimsOfAttribution(String attributionId) {
        return claimsOfAttribution.getOrDefault(attributionId, List.of());
    }
}

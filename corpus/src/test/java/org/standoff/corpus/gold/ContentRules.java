package org.standoff.corpus.gold;

import static org.standoff.corpus.gold.GoldRules.error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.Span;
import org.standoff.core.text.SpanRelations;
import org.standoff.core.validation.Diagnostic;

/** The {@link GoldRules} about contents: who owns a quote, how it is linked and nested, and whose claims it holds. */
public final class ContentRules {
    private ContentRules() {
    }

    /** Part F: each quote is a content of exactly one attribution, and each cue the cue of exactly one. */
    public static List<Diagnostic> quotesAndCuesBelongToOneAttribution(Document document) {
        Map<String, Integer> quoteUse = new LinkedHashMap<>();
        Map<String, Integer> cueUse = new LinkedHashMap<>();
        document.quotes().forEach(q -> quoteUse.put(q.id().value(), 0));
        document.cues().forEach(c -> cueUse.put(c.id().value(), 0));
        for (Attribution attribution : document.attributions()) {
            attribution.contents().forEach(c -> quoteUse.merge(c.quote().value(), 1, Integer::sum));
            if (attribution.cue() != null) {
                cueUse.merge(attribution.cue().value(), 1, Integer::sum);
            }
        }
        List<Diagnostic> found = new ArrayList<>();
        quoteUse.forEach((id, n) -> {
            if (n != 1) {
                found.add(error("ownership", id, "quote is a content of " + n + " attributions, expected exactly one"));
            }
        });
        cueUse.forEach((id, n) -> {
            if (n != 1) {
                found.add(error("ownership", id, "cue is the cue of " + n + " attributions, expected exactly one"));
            }
        });
        return found;
    }

    /** G11: an attribution's first content is EXPLICIT, every further one CONTINUATION or SPLIT. */
    public static List<Diagnostic> contentLinks(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Attribution attribution : document.attributions()) {
            for (int i = 0; i < attribution.contents().size(); i++) {
                boolean explicit = attribution.contents().get(i).link() == ContentLink.EXPLICIT;
                if (explicit != (i == 0)) {
                    found.add(error("links", attribution.id().value(), "G11: content " + (i + 1) + " ("
                            + attribution.contents().get(i).quote() + ") is " + attribution.contents().get(i).link()
                            + "; only the first content is EXPLICIT"));
                }
            }
        }
        return found;
    }

    /**
     * G12: an attribution {@code nestedIn} another has its contents inside one of the outer one's
     * contents; a quote {@code embeddedIn} another lies inside it and is not the same span.
     */
    public static List<Diagnostic> nesting(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Attribution inner : document.attributions()) {
            Optional<Attribution> outer = inner.nestedIn() == null ? Optional.empty() : document.attribution(inner.nestedIn());
            if (outer.isEmpty()) {
                continue;
            }
            List<Span> outerSpans = spans(document, outer.get());
            for (Span content : spans(document, inner)) {
                if (outerSpans.stream().noneMatch(o -> SpanRelations.covers(o, content))) {
                    found.add(error("nesting", inner.id().value(), "G12: content " + content
                            + " lies in no content of " + outer.get().id()));
                }
            }
        }
        for (Quote quote : document.quotes()) {
            Optional<Quote> outer = quote.embeddedIn() == null ? Optional.empty() : document.quote(quote.embeddedIn());
            if (outer.isPresent() && (!SpanRelations.covers(outer.get().span(), quote.span())
                    || outer.get().span().equals(quote.span()))) {
                found.add(error("nesting", quote.id().value(), "G12: embedded quote " + quote.span()
                        + " does not lie strictly inside " + outer.get().id() + " " + outer.get().span()));
            }
        }
        return found;
    }

    /**
     * G23: a claim inside a quote points to the innermost quote containing it and to that quote's
     * attribution, and its claimant is that attribution's source entity (never the author); a claim
     * outside every quote is the AUTHOR's and has neither attribution nor quote.
     */
    public static List<Diagnostic> claimants(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, Attribution> byQuote = GoldRules.attributionByQuote(document);
        List<Entity> authors = GoldRules.authors(document);
        EntityId author = authors.size() == 1 ? authors.get(0).id() : null;
        for (Claim claim : document.claims()) {
            String id = claim.id().value();
            Optional<Quote> innermost = GoldRules.innermostQuote(document, claim.span());
            if (innermost.isEmpty()) {
                if (!Objects.equals(claim.claimant(), author) || claim.attribution() != null || claim.quote() != null) {
                    found.add(error("claimant", id, "G23: a claim outside every quote is the author's, with no "
                            + "attribution and no quote; found claimant " + claim.claimant()));
                }
                continue;
            }
            Quote quote = innermost.get();
            Attribution attribution = byQuote.get(quote.id().value());
            EntityId speaker = attribution == null ? null : GoldRules.sourceEntity(document, attribution);
            if (!quote.id().equals(claim.quote()) || attribution == null
                    || !attribution.id().equals(claim.attribution()) || !Objects.equals(speaker, claim.claimant())) {
                found.add(error("claimant", id, "G23: the innermost quote is " + quote.id() + " of attribution "
                        + (attribution == null ? "none" : attribution.id()) + " with source entity " + speaker
                        + "; the claim has quote " + claim.quote() + ", attribution " + claim.attribution()
                        + ", claimant " + claim.claimant()));
            }
        }
        found.addAll(noAuthorInQuotes(document));
        return found;
    }

    /** G23: no claim inside a quote has the AUTHOR as claimant. */
    public static List<Diagnostic> noAuthorInQuotes(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Claim claim : document.claims()) {
            boolean inQuote = GoldRules.innermostQuote(document, claim.span()).isPresent() || claim.quote() != null;
            boolean byAuthor = claim.claimant() != null && document.entity(claim.claimant())
                    .filter(e -> e.entityType() == EntityType.AUTHOR).isPresent();
            if (inQuote && byAuthor) {
                found.add(error("author-in-quote", claim.id().value(), "G23: a claim inside a quote is the "
                        + "speaker's, never the author's"));
            }
        }
        return found;
    }

    /**
     * G22, G26: a claim span ends in neither comma nor period, holds no quotation mark of the direct
     * quote it lies in, and the claim has a claimText.
     */
    public static List<Diagnostic> claimSpans(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Claim claim : document.claims()) {
            String text = claim.coveredText(document.text());
            if (text.endsWith(",") || text.endsWith(".")) {
                found.add(error("claim-span", claim.id().value(), "G22: the claim span ends in punctuation"));
            }
            boolean inDirect = GoldRules.innermostQuote(document, claim.span())
                    .filter(q -> q.quoteType() == QuoteType.DIRECT).isPresent();
            if (inDirect && (text.contains("\"") || text.contains("\u201c") || text.contains("\u201d"))) {
                found.add(error("claim-span", claim.id().value(), "G22: the claim span holds a quotation mark of "
                        + "its direct quote"));
            }
            if (claim.claimText() == null || claim.claimText().isBlank()) {
                found.add(error("claim-text", claim.id().value(), "G26: the claim has no claimText"));
            }
        }
        return found;
    }

    private static List<Span> spans(Document document, Attribution attribution) {
        List<Span> spans = new ArrayList<>();
        attribution.contents().forEach(c -> document.quote(c.quote()).ifPresent(q -> spans.add(q.span())));
        return spans;
    }
}

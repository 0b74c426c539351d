package org.standoff.corpus.agreement;

import java.util.List;
import java.util.Objects;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.corpus.Corpus;

/**
 * Three annotators' copies of the shipped article that differ in known ways. The edited items are
 * chosen by rule, not by id, so that every difference shows as exactly one disagreement.
 *
 * <p>Annotator a is the gold document. Annotator b: misses one attribution with its quote and cue;
 * starts one name mention a character late; types another name mention NOMINAL; gives one claim
 * another claimant; types one direct quote INDIRECT; gives one other attribution another source.
 * Annotator c: misses one mention; types another direct quote INDIRECT.
 */
record ArticleCopies(Document a, Document b, Document c, Attribution removedAttribution, Mention shifted,
                     Mention retyped, Claim reassigned, Quote retypedByB, Attribution resourced, Mention removedByC,
                     Quote retypedByC) {

    static ArticleCopies build() {
        Document gold = Corpus.shipped().document(Corpus.SHIPPED_DOCUMENT_ID).orElseThrow();
        Attribution removed = removableAttribution(gold);
        Quote removedQuote = gold.quote(removed.contents().get(0).quote()).orElseThrow();
        List<Mention> sources = gold.attributions().stream().map(Attribution::source).filter(Objects::nonNull)
                .map(id -> gold.mention(id).orElseThrow()).toList();
        Mention shifted = gold.mentions().stream()
                .filter(m -> m.mentionType() == MentionType.NAME && m.extent().isContinuous() && m.span().length() > 3)
                .filter(m -> !sources.contains(m))
                .filter(m -> gold.mentions().stream().noneMatch(o -> o.extent().equals(shiftedExtent(m))))
                .findFirst().orElseThrow();
        Mention retyped = gold.mentions().stream()
                .filter(m -> m.mentionType() == MentionType.NAME && !m.equals(shifted)).findFirst().orElseThrow();
        Claim reassigned = gold.claims().stream().filter(c -> c.claimant() != null).findFirst().orElseThrow();
        Entity otherClaimant = gold.entities().stream()
                .filter(e -> !e.canonicalName().equals(gold.entity(reassigned.claimant()).orElseThrow().canonicalName()))
                .findFirst().orElseThrow();
        Quote retypedByB = gold.quotes().stream()
                .filter(q -> q.quoteType() == QuoteType.DIRECT && !q.equals(removedQuote)).findFirst().orElseThrow();
        Attribution resourced = gold.attributions().stream()
                .filter(a -> a.source() != null && !a.equals(removed)).findFirst().orElseThrow();
        Mention oldSource = gold.mention(resourced.source()).orElseThrow();
        Mention newSource = gold.mentions().stream()
                .filter(m -> m.span().end() <= oldSource.span().start() || m.span().start() >= oldSource.span().end())
                .filter(m -> !m.equals(shifted))
                .findFirst().orElseThrow();

        DocumentBuilder b = gold.toBuilder();
        b.remove(removed.id().value());
        b.remove(removedQuote.id().value());
        b.remove(removed.cue().value());
        b.replace(new Mention(shifted.id(), shiftedExtent(shifted), shifted.mentionType(), shifted.entity(), null));
        b.replace(new Mention(retyped.id(), retyped.extent(), MentionType.NOMINAL, retyped.entity(), null));
        b.replace(new Claim(reassigned.id(), reassigned.extent(), reassigned.claimType(), reassigned.checkworthy(),
                reassigned.claimText(), otherClaimant.id(), reassigned.attribution(), reassigned.quote(), null));
        b.replace(new Quote(retypedByB.id(), retypedByB.extent(), QuoteType.INDIRECT, List.of(), retypedByB.embeddedIn(), null));
        b.replace(new Attribution(resourced.id(), newSource.id(), resourced.cue(), resourced.contents(),
                resourced.supplements(), resourced.nestedIn(), null));

        Mention removedByC = gold.mentions().stream()
                .filter(m -> !sources.contains(m) && !m.equals(shifted) && !m.equals(retyped))
                .reduce((first, second) -> second).orElseThrow();
        Quote retypedByC = gold.quotes().stream()
                .filter(q -> q.quoteType() == QuoteType.DIRECT && !q.equals(removedQuote) && !q.equals(retypedByB))
                .findFirst().orElseThrow();
        DocumentBuilder c = gold.toBuilder();
        c.remove(removedByC.id().value());
        c.replace(new Quote(retypedByC.id(), retypedByC.extent(), QuoteType.INDIRECT, List.of(), retypedByC.embeddedIn(), null));
        return new ArticleCopies(gold, b.build(), c.build(), removed, shifted, retyped, reassigned, retypedByB, resourced,
                removedByC, retypedByC);
    }

    static Extent shiftedExtent(Mention m) {
        return Extent.of(m.span().start() + 1, m.span().end());
    }

    /**
     * An attribution with one content quote and a cue that no other attribution shares, whose quote
     * overlaps no other quote: removing it changes nothing else.
     */
    private static Attribution removableAttribution(Document gold) {
        for (Attribution a : gold.attributions()) {
            if (a.contents().size() != 1 || a.cue() == null || a.source() == null) {
                continue;
            }
            Quote q = gold.quote(a.contents().get(0).quote()).orElseThrow();
            boolean shared = gold.attributions().stream().filter(o -> !o.equals(a))
                    .anyMatch(o -> a.cue().equals(o.cue()) || o.contents().stream().anyMatch(c -> c.quote().equals(q.id())));
            boolean overlapping = gold.quotes().stream().filter(o -> !o.equals(q))
                    .anyMatch(o -> o.span().start() < q.span().end() && q.span().start() < o.span().end());
            if (!shared && !overlapping) {
                return a;
            }
        }
        throw new IllegalStateException("no removable attribution in the article");
    }
}

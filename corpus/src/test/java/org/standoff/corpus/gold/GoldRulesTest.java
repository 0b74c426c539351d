package org.standoff.corpus.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.validation.Diagnostic;

/**
 * Each mechanically checkable guideline rule holds on the gold document, and breaks when the
 * document is broken the way the rule forbids (so a rule that checks nothing cannot pass).
 */
class GoldRulesTest {
    private final Document gold = GoldFixture.shipped();

    private Document edit(UnaryOperator<DocumentBuilder> change) {
        return change.apply(gold.toBuilder()).build();
    }

    private void holdsAndCatches(Function<Document, List<Diagnostic>> rule, UnaryOperator<DocumentBuilder> breakIt,
                                 String expectedSubject) {
        assertThat(rule.apply(gold)).as("the rule holds on the gold document").isEmpty();
        assertThat(rule.apply(edit(breakIt))).as("the rule catches the broken document")
                .extracting(Diagnostic::subject).contains(expectedSubject);
    }

    private Quote quote(String id) {
        return gold.quote(QuoteId.of(id)).orElseThrow();
    }

    private Attribution attribution(String id) {
        return gold.attribution(AttributionId.of(id)).orElseThrow();
    }

    private Claim claim(String id) {
        return gold.claims().stream().filter(c -> c.id().value().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void directQuotesStartAndEndWithAQuotationMark() {
        Quote q3 = quote("q3");
        holdsAndCatches(GoldRules::directQuotesHaveMarks, b -> b.replace(new Quote(q3.id(),
                Extent.of(q3.span().start(), q3.span().end() - 1), q3.quoteType(), q3.verbatim(), null, q3.provenance())), "q3");
    }

    @Test
    void everyAttributionHasASourceOrSaysWhyNot() {
        Attribution a3 = attribution("a3");
        holdsAndCatches(GoldRules::attributionsHaveSourceOrReason, b -> b.replace(new Attribution(a3.id(), null, a3.cue(),
                a3.contents(), a3.supplements(), a3.nestedIn(), a3.provenance())), "a3");
        assertThat(gold.attributions()).filteredOn(a -> a.source() == null).extracting(a -> a.id().value())
                .containsExactly("a25");
    }

    @Test
    void everyPronounIsLinkedToAnEntity() {
        Mention he = gold.mention(MentionId.of("m-jiang-18")).orElseThrow();
        holdsAndCatches(GoldRules::mentionsAreLinked, b -> b.replace(new Mention(he.id(), he.extent(), he.mentionType(),
                EntityId.of("e-nobody"), he.provenance())), "m-jiang-18");
        assertThat(gold.mentions()).filteredOn(m -> m.mentionType() == MentionType.PRONOUN).hasSize(30)
                .allSatisfy(m -> assertThat(gold.entity(m.entity())).isPresent());
    }

    @Test
    void thereIsOneAuthorWithoutMentions() {
        holdsAndCatches(GoldRules::oneAuthor, b -> b.add(Mention.of("m-author-1", 125, 133, MentionType.NAME, "e-author")),
                "e-author");
    }

    @Test
    void eachQuoteAndCueBelongsToExactlyOneAttribution() {
        holdsAndCatches(ContentRules::quotesAndCuesBelongToOneAttribution,
                b -> b.add(Attribution.of("a99", "m-jiang-3", null, "q3")), "q3");
    }

    @Test
    void onlyTheFirstContentIsExplicit() {
        Attribution a3 = attribution("a3");
        holdsAndCatches(ContentRules::contentLinks, b -> b.replace(new Attribution(a3.id(), a3.source(), a3.cue(),
                List.of(a3.contents().get(0), new Attribution.Content(QuoteId.of("q4"), ContentLink.EXPLICIT)),
                a3.supplements(), null, a3.provenance())), "a3");
    }

    @Test
    void nestedAttributionsAndEmbeddedQuotesLieInsideTheirOuterOnes() {
        Attribution a9 = attribution("a9");
        holdsAndCatches(ContentRules::nesting, b -> b.replace(new Attribution(a9.id(), a9.source(), a9.cue(), a9.contents(),
                a9.supplements(), AttributionId.of("a3"), a9.provenance())), "a9");
        Quote q11 = quote("q11");
        assertThat(ContentRules.nesting(edit(b -> b.replace(new Quote(q11.id(), q11.extent(), q11.quoteType(), List.of(),
                QuoteId.of("q3"), null))))).extracting(Diagnostic::subject).contains("q11");
        assertThat(gold.attributions()).filteredOn(a -> a.nestedIn() != null).extracting(a -> a.id().value())
                .containsExactly("a9", "a12", "a20", "a22", "a31");
    }

    @Test
    void aClaimsClaimantIsTheSourceOfTheInnermostAttributionContainingIt() {
        Claim cl20 = claim("cl20");
        holdsAndCatches(ContentRules::claimants, b -> b.replace(new Claim(cl20.id(), cl20.extent(), cl20.claimType(),
                cl20.checkworthy(), cl20.claimText(), EntityId.of("e-jiang"), AttributionId.of("a11"), QuoteId.of("q12"),
                cl20.provenance())), "cl20");
    }

    @Test
    void noClaimInsideAQuoteHasTheAuthorAsClaimant() {
        Claim cl3 = claim("cl3");
        holdsAndCatches(ContentRules::noAuthorInQuotes, b -> b.replace(new Claim(cl3.id(), cl3.extent(), cl3.claimType(),
                cl3.checkworthy(), cl3.claimText(), EntityId.of("e-author"), null, null, cl3.provenance())), "cl3");
    }

    @Test
    void claimSpansEndInNoPunctuationAndHoldNoMarksOfTheirDirectQuote() {
        Claim cl3 = claim("cl3");
        holdsAndCatches(ContentRules::claimSpans, b -> b.replace(new Claim(cl3.id(),
                Extent.of(cl3.span().start(), cl3.span().end() + 1), cl3.claimType(), cl3.checkworthy(), cl3.claimText(),
                cl3.claimant(), cl3.attribution(), cl3.quote(), cl3.provenance())), "cl3");
    }

    @Test
    void nothingButItsSegmentTouchesBoilerplate() {
        holdsAndCatches(GoldRules::boilerplateIsUntouched,
                b -> b.add(Mention.of("m-chrome", 0, 3, MentionType.NAME, "e-author")), "m-chrome");
    }

    @Test
    void listMentionsNameGroups() {
        Mention list = gold.mention(MentionId.of("m-putin-jiang-1")).orElseThrow();
        holdsAndCatches(GoldRules::listMentionsNameGroups, b -> b.replace(new Mention(list.id(), list.extent(),
                MentionType.LIST, EntityId.of("e-putin"), list.provenance())), "m-putin-jiang-1");
    }

    @Test
    void aCueContainsNoMention() {
        Cue c3 = gold.cue(org.standoff.core.model.CueId.of("c3")).orElseThrow();
        holdsAndCatches(GoldRules::cuesHoldNoMention, b -> b.replace(new Cue(c3.id(), Extent.of(465, 475), c3.lemma(),
                c3.provenance())), "c3");
    }

    @Test
    void structureNestsTokensInSentencesInParagraphs() {
        holdsAndCatches(GoldRules::structure, b -> b.add(org.standoff.core.model.Segment.of("t-stray", 0, 3,
                org.standoff.core.model.SegmentType.TOKEN)), "t-stray");
    }

    @Test
    void allRulesTogetherFindNothing() {
        assertThat(GoldRules.check(gold)).isEmpty();
    }
}

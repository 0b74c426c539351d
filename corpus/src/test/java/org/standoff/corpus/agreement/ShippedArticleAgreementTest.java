package org.standoff.corpus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.standoff.core.agreement.Agreement;
import org.standoff.core.agreement.AgreementReport;
import org.standoff.core.agreement.AlphaScore;
import org.standoff.core.agreement.AnnotatorCopy;
import org.standoff.core.agreement.AttributionAgreement;
import org.standoff.core.agreement.Disagreement;
import org.standoff.core.agreement.KappaScore;
import org.standoff.core.agreement.Matching;
import org.standoff.core.agreement.SpanAgreement;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.Span;

/**
 * Agreement between copies of the shipped article built by known edits ({@link ArticleCopies}). The
 * expected figures are exact, written in the article's counts (M mentions, Q quotes, C cues, K claims, E entities,
 * T attributions) so that they hold when the article's gold annotation grows; on this branch the
 * article has M=155, Q=37, C=34, K=57, T=34, so e.g. mention F1 under exact matching is 154/155.
 */
class ShippedArticleAgreementTest {
    private static final ArticleCopies COPIES = ArticleCopies.build();
    private static final Document GOLD = COPIES.a();
    private static final int M = GOLD.mentions().size();
    private static final int Q = GOLD.quotes().size();
    private static final int C = GOLD.cues().size();
    private static final int K = GOLD.claims().size();
    private static final int T = GOLD.attributions().size();
    private static final int E = GOLD.entities().size();

    private static AgreementReport twoAnnotators() {
        return Agreement.measure(List.of(new AnnotatorCopy("a", COPIES.a()), new AnnotatorCopy("b", COPIES.b())));
    }

    private static AgreementReport threeAnnotators() {
        return Agreement.measure(List.of(new AnnotatorCopy("a", COPIES.a()), new AnnotatorCopy("b", COPIES.b()),
                new AnnotatorCopy("c", COPIES.c())));
    }

    private static SpanAgreement span(AgreementReport report, String layer, String first, String second, Matching m) {
        return report.spans().stream().filter(s -> s.layer().equals(layer) && s.first().equals(first)
                && s.second().equals(second) && s.matching() == m).findFirst().orElseThrow();
    }

    @Test
    void spansOfTwoAnnotators() {
        AgreementReport r = twoAnnotators();
        assertThat(r.spans()).extracting(SpanAgreement::layer, SpanAgreement::matching, SpanAgreement::firstCount,
                SpanAgreement::secondCount, SpanAgreement::matched).containsExactly(
                tuple("Mention", Matching.EXACT, M, M, M - 1),
                tuple("Mention", Matching.OVERLAP, M, M, M),
                tuple("Quote", Matching.EXACT, Q, Q - 1, Q - 1),
                tuple("Quote", Matching.OVERLAP, Q, Q - 1, Q - 1),
                tuple("Cue", Matching.EXACT, C, C - 1, C - 1),
                tuple("Cue", Matching.OVERLAP, C, C - 1, C - 1),
                tuple("Claim", Matching.EXACT, K, K, K),
                tuple("Claim", Matching.OVERLAP, K, K, K),
                tuple(Agreement.STRICT_CLAIMS, Matching.EXACT, K, K, K - 1),
                tuple(Agreement.STRICT_CLAIMS, Matching.OVERLAP, K, K, K - 1),
                // the shifted name mention moves its entity's characters: exactly it differs, on overlap it pairs
                tuple("Entity", Matching.EXACT, E, E, E - 1),
                tuple("Entity", Matching.OVERLAP, E, E, E));
        SpanAgreement quotes = span(r, "Quote", "a", "b", Matching.EXACT);
        assertThat(quotes.precision()).isEqualTo(1.0);
        assertThat(quotes.recall()).isEqualTo((Q - 1.0) / Q, within(1e-15));
        assertThat(quotes.f1()).isEqualTo(2 * (Q - 1.0) / (2 * Q - 1), within(1e-15));
        assertThat(span(r, "Mention", "a", "b", Matching.EXACT).f1()).isEqualTo((M - 1.0) / M, within(1e-15));
    }

    @Test
    void attributionsOfTwoAnnotators() {
        AgreementReport r = twoAnnotators();
        assertThat(r.attributions()).extracting(AttributionAgreement::matching, AttributionAgreement::firstCount,
                AttributionAgreement::secondCount, AttributionAgreement::paired, AttributionAgreement::source,
                AttributionAgreement::cue, AttributionAgreement::content, AttributionAgreement::triple).containsExactly(
                tuple(Matching.EXACT, T, T - 1, T - 1, T - 2, T - 1, T - 1, T - 2),
                tuple(Matching.OVERLAP, T, T - 1, T - 1, T - 2, T - 1, T - 1, T - 2));
        AttributionAgreement exact = r.attributions().get(0);
        assertThat(exact.tripleF1()).isEqualTo(2 * (T - 2.0) / (2 * T - 1), within(1e-15));
        assertThat(exact.cueF1()).isEqualTo(2 * (T - 1.0) / (2 * T - 1), within(1e-15));
    }

    @Test
    void everyEditIsOneDisagreementInContext() {
        AgreementReport r = twoAnnotators();
        assertThat(r.disagreements()).extracting(Disagreement::layer, Disagreement::kind, Disagreement::firstId)
                .containsExactlyInAnyOrder(
                        tuple("Mention", Disagreement.Kind.BOUNDARY, COPIES.shifted().id().value()),
                        tuple("Mention", Disagreement.Kind.CATEGORY, COPIES.retyped().id().value()),
                        tuple("Quote", Disagreement.Kind.ONLY_FIRST, COPIES.removedAttribution().contents().get(0).quote().value()),
                        tuple("Quote", Disagreement.Kind.CATEGORY, COPIES.retypedByB().id().value()),
                        tuple("Cue", Disagreement.Kind.ONLY_FIRST, COPIES.removedAttribution().cue().value()),
                        tuple("Claim", Disagreement.Kind.CLAIMANT, COPIES.reassigned().id().value()),
                        tuple("Entity", Disagreement.Kind.BOUNDARY, COPIES.shifted().entity().value()),
                        tuple("Attribution", Disagreement.Kind.ONLY_FIRST, COPIES.removedAttribution().id().value()),
                        tuple("Attribution", Disagreement.Kind.SOURCE, COPIES.resourced().id().value()));
        Disagreement boundary = r.disagreements().stream().filter(d -> d.kind() == Disagreement.Kind.BOUNDARY)
                .findFirst().orElseThrow();
        Span s = COPIES.shifted().span();
        assertThat(boundary.context()).contains("«" + GOLD.text().substring(s.start(), s.end()) + "»");
        assertThat(boundary.detail()).isEqualTo(s + " ≠ " + Span.of(s.start() + 1, s.end()));
        assertThat(Disagreement.Kind.values()).allSatisfy(kind -> assertThat(kind.name()).isNotBlank());
    }

    @Test
    void cohensKappaEqualsDkproOnTheSamePairs() {
        AgreementReport r = twoAnnotators();
        // mentions placed on the same characters: all but the shifted one; one of them retyped
        CodingAnnotationStudy mentions = new CodingAnnotationStudy(2);
        for (Mention m : GOLD.mentions()) {
            if (m.equals(COPIES.shifted())) {
                continue;
            }
            String other = m.equals(COPIES.retyped()) ? "NOMINAL" : m.mentionType().name();
            mentions.addItem(m.mentionType().name(), other);
        }
        KappaScore kappa = kappa(r, "Mention", "cohen");
        assertThat(kappa.items()).isEqualTo(M - 1);
        assertThat(kappa.coefficient().observed()).isEqualTo((M - 2.0) / (M - 1), within(1e-15));
        assertThat(kappa.coefficient().value()).isEqualTo(new CohenKappaAgreement(mentions).calculateAgreement(), within(1e-12));
        assertThat(kappa.coefficient().value()).isBetween(0.98, 1.0);
    }

    @Test
    void fleissKappaOfThreeEqualsDkpro() {
        AgreementReport r = threeAnnotators();
        CodingAnnotationStudy quotes = new CodingAnnotationStudy(3);
        Quote removed = GOLD.quote(COPIES.removedAttribution().contents().get(0).quote()).orElseThrow();
        for (Quote q : GOLD.quotes()) {
            if (q.equals(removed)) {
                continue;
            }
            String b = q.equals(COPIES.retypedByB()) ? QuoteType.INDIRECT.name() : q.quoteType().name();
            String c = q.equals(COPIES.retypedByC()) ? QuoteType.INDIRECT.name() : q.quoteType().name();
            quotes.addItem(q.quoteType().name(), b, c);
        }
        KappaScore fleiss = kappa(r, "Quote", "fleiss");
        assertThat(fleiss.items()).isEqualTo(Q - 1);
        assertThat(fleiss.annotators()).containsExactly("a", "b", "c");
        // two items where one rater of three differs agree on 1 pair of 3; the other Q - 3 agree fully
        assertThat(fleiss.coefficient().observed()).isEqualTo((Q - 3 + 2 / 3.0) / (Q - 1), within(1e-15));
        assertThat(fleiss.coefficient().value()).isEqualTo(new FleissKappaAgreement(quotes).calculateAgreement(), within(1e-12));
    }

    @Test
    void threeAnnotatorsArePairedEachWithEach() {
        AgreementReport r = threeAnnotators();
        assertThat(span(r, "Mention", "a", "c", Matching.EXACT).matched()).isEqualTo(M - 1);
        assertThat(span(r, "Mention", "b", "c", Matching.EXACT).matched()).isEqualTo(M - 2);
        assertThat(span(r, "Mention", "b", "c", Matching.OVERLAP).matched()).isEqualTo(M - 1);
        assertThat(span(r, "Quote", "a", "c", Matching.EXACT).f1()).isEqualTo(1.0);
        assertThat(r.kappas().stream().filter(k -> k.method().equals("cohen")).map(KappaScore::annotators).distinct())
                .containsExactly(List.of("a", "b"), List.of("a", "c"), List.of("b", "c"));
    }

    @Test
    void unitizingAlphaEqualsDkproOnTheSameUnits() {
        AgreementReport r = threeAnnotators();
        for (AlphaScore alpha : r.alphas()) {
            UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(3, 0, GOLD.text().length());
            List<Document> copies = List.of(COPIES.a(), COPIES.b(), COPIES.c());
            for (int rater = 0; rater < 3; rater++) {
                for (Object[] unit : units(copies.get(rater), alpha.layer())) {
                    study.addUnit((Integer) unit[0], (Integer) unit[1], rater, unit[2]);
                }
            }
            KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
            assertThat(alpha.alpha().overall().value()).as(alpha.layer())
                    .isEqualTo(dkpro.calculateAgreement(), within(1e-12));
            for (String category : alpha.alpha().categories().keySet()) {
                assertThat(alpha.alpha().categories().get(category).value()).as(alpha.layer() + " " + category)
                        .isEqualTo(dkpro.calculateCategoryAgreement(category), within(1e-12));
            }
        }
    }

    @Test
    void identicalCopiesAgreeFully() {
        AgreementReport r = Agreement.measure(List.of(new AnnotatorCopy("a", GOLD), new AnnotatorCopy("a2", GOLD)));
        assertThat(r.spans()).allSatisfy(s -> assertThat(s.f1()).isEqualTo(1.0));
        assertThat(r.attributions()).allSatisfy(a -> assertThat(a.tripleF1()).isEqualTo(1.0));
        assertThat(r.alphas()).allSatisfy(a -> assertThat(a.alpha().overall().value()).isEqualTo(1.0));
        assertThat(r.kappas()).allSatisfy(k -> assertThat(k.coefficient().value()).isEqualTo(1.0));
        assertThat(r.disagreements()).isEmpty();
    }

    @Test
    void copiesOfAnotherTextAreRefused() {
        Document other = Document.builder(GOLD.id(), GOLD.text() + " ").build();
        assertThatThrownBy(() -> Agreement.measure(List.of(new AnnotatorCopy("a", GOLD), new AnnotatorCopy("b", other))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another text");
        assertThatThrownBy(() -> Agreement.measure(List.of(new AnnotatorCopy("a", GOLD))))
                .hasMessageContaining("at least two copies");
    }

    private static KappaScore kappa(AgreementReport r, String layer, String method) {
        return r.kappas().stream().filter(k -> k.layer().equals(layer) && k.method().equals(method)).findFirst().orElseThrow();
    }

    /** The units DKPro gets: each fragment of each annotation of the layer, with its category. */
    private static List<Object[]> units(Document d, String layer) {
        List<Object[]> out = new ArrayList<>();
        switch (layer) {
            case "Mention" -> d.mentions().forEach(m -> m.extent().fragments().forEach(
                    f -> out.add(new Object[] {f.start(), f.length(), m.mentionType().name()})));
            case "Quote" -> d.quotes().forEach(q -> q.extent().fragments().forEach(
                    f -> out.add(new Object[] {f.start(), f.length(), q.quoteType().name()})));
            case "Cue" -> d.cues().forEach(c -> c.extent().fragments().forEach(
                    f -> out.add(new Object[] {f.start(), f.length(), "Cue"})));
            case "Claim" -> d.claims().forEach(c -> c.extent().fragments().forEach(
                    f -> out.add(new Object[] {f.start(), f.length(), c.claimType().name()})));
            default -> throw new IllegalStateException("unhandled " + layer);
        }
        return out;
    }
}

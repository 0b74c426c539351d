package org.standoff.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;

/** Invariants of agreement over random pairs of copies. */
class AgreementProperties {
    private static final String TEXT = "x".repeat(120);

    @Property(tries = 300)
    void pairingDoesNotDependOnWhoComesFirst(@ForAll("copies") Tuple.Tuple2<Document, Document> copies) {
        AgreementReport ab = Agreement.measure(List.of(new AnnotatorCopy("a", copies.get1()), new AnnotatorCopy("b", copies.get2())));
        AgreementReport ba = Agreement.measure(List.of(new AnnotatorCopy("b", copies.get2()), new AnnotatorCopy("a", copies.get1())));
        for (int i = 0; i < ab.spans().size(); i++) {
            SpanAgreement x = ab.spans().get(i);
            SpanAgreement y = ba.spans().get(i);
            assertThat(y.matched()).as(x.layer() + " " + x.matching()).isEqualTo(x.matched());
            assertThat(y.f1()).isEqualTo(x.f1());
            assertThat(y.precision()).isEqualTo(x.recall());
        }
        assertThat(ba.alphas().get(0).alpha().overall().value())
                .isEqualTo(ab.alphas().get(0).alpha().overall().value(), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Property(tries = 300)
    void exactNeverMatchesMoreThanOverlap(@ForAll("copies") Tuple.Tuple2<Document, Document> copies) {
        AgreementReport r = Agreement.measure(List.of(new AnnotatorCopy("a", copies.get1()), new AnnotatorCopy("b", copies.get2())));
        for (int i = 0; i < r.spans().size(); i += 2) {
            SpanAgreement exact = r.spans().get(i);
            SpanAgreement overlap = r.spans().get(i + 1);
            assertThat(exact.matching()).isEqualTo(Matching.EXACT);
            assertThat(exact.matched()).isLessThanOrEqualTo(overlap.matched());
            assertThat(overlap.matched()).isLessThanOrEqualTo(Math.min(overlap.firstCount(), overlap.secondCount()));
            assertThat(exact.f1()).isBetween(0.0, 1.0);
        }
        long onlyFirst = r.disagreements().stream()
                .filter(d -> d.layer().equals("Mention") && d.kind() == Disagreement.Kind.ONLY_FIRST).count();
        SpanAgreement mentions = r.spans().get(1);
        assertThat(onlyFirst).isEqualTo(mentions.firstCount() - mentions.matched());
    }

    @Property(tries = 100)
    void aCopyAgreesFullyWithItself(@ForAll("copies") Tuple.Tuple2<Document, Document> copies) {
        AgreementReport r = Agreement.measure(List.of(new AnnotatorCopy("a", copies.get1()), new AnnotatorCopy("a2", copies.get1())));
        assertThat(r.spans()).allSatisfy(s -> assertThat(s.f1()).isEqualTo(1.0));
        assertThat(r.disagreements()).isEmpty();
    }

    @Property(tries = 200)
    void curationPutsEveryAnnotationIntoExactlyOneOption(@ForAll("copies") Tuple.Tuple2<Document, Document> copies) {
        Curation curation = Curation.align(List.of(new AnnotatorCopy("a", copies.get1()), new AnnotatorCopy("b", copies.get2())));
        List<String> placed = new ArrayList<>();
        for (Curation.Item item : curation.items()) {
            assertThat(item.agreed()).isEqualTo(item.options().size() == 1
                    && item.options().get(0).annotators().equals(List.of("a", "b")));
            item.options().forEach(option -> option.choices().forEach(c -> placed.add(c.annotator() + ":" + c.id())));
        }
        List<String> expected = new ArrayList<>();
        copies.get1().annotations().forEach(x -> expected.add("a:" + x.id().value()));
        copies.get2().annotations().forEach(x -> expected.add("b:" + x.id().value()));
        assertThat(placed).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 200)
    void curatingACopyWithItselfGivesItBack(@ForAll("copies") Tuple.Tuple2<Document, Document> copies) {
        Document copy = copies.get1();
        List<AnnotatorCopy> both = List.of(new AnnotatorCopy("a", copy), new AnnotatorCopy("a2", copy));
        Curation curation = Curation.align(both);
        assertThat(curation.items()).allSatisfy(item -> assertThat(item.agreed()).isTrue());
        Document curated = Curation.curate(Document.builder("d", TEXT).build(), both, curation.preAccepted());
        assertThat(curated.mentions()).containsExactlyInAnyOrderElementsOf(copy.mentions());
        assertThat(curated.quotes()).containsExactlyInAnyOrderElementsOf(copy.quotes());
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Document, Document>> copies() {
        return document().flatMap(a -> document().map(b -> Tuple.of(a, b)));
    }

    private static Arbitrary<Document> document() {
        Arbitrary<int[]> spans = Arbitraries.integers().between(0, 110).flatMap(start ->
                Arbitraries.integers().between(1, 10).flatMap(length ->
                        Arbitraries.integers().between(0, 3).map(type -> new int[] {start, start + length, type})));
        return spans.list().ofMaxSize(12).map(list -> {
            DocumentBuilder b = Document.builder("d", TEXT);
            List<String> seen = new ArrayList<>();
            int n = 0;
            for (int[] s : list) {
                n++;
                if (s[2] == 3) {
                    b.add(Quote.of("q" + n, s[0], s[1], QuoteType.values()[n % 3]));
                } else if (seen.add(s[0] + "-" + s[1])) {
                    b.add(Mention.of("m" + n, s[0], s[1], MentionType.values()[s[2]], null));
                }
            }
            return b.build();
        });
    }
}

package org.standoff.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;

/**
 * Curation aligns copies with the maximum one-to-one matching agreement uses; each expected item is
 * written out as {@code layer: option (annotators) | option (annotators)}, agreed ones marked.
 */
class CurationTest {
    private static final String TEXT = "x".repeat(60);

    private static DocumentBuilder doc() {
        return Document.builder("d", TEXT);
    }

    private static Mention mention(String id, int start, int end, MentionType type) {
        return Mention.of(id, start, end, type, null);
    }

    private static List<String> items(Curation curation) {
        return curation.items().stream().map(item -> item.layer() + ": " + item.options().stream()
                .map(o -> o.signature() + " " + o.choices().stream().map(c -> c.annotator() + ":" + c.id())
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(" | ")) + (item.agreed() ? " (agreed)" : "")).toList();
    }

    private static Curation align(Document... copies) {
        String[] names = {"ana", "ben", "carl"};
        List<AnnotatorCopy> list = new java.util.ArrayList<>();
        for (int i = 0; i < copies.length; i++) {
            list.add(new AnnotatorCopy(names[i], copies[i]));
        }
        return Curation.align(list);
    }

    @Test
    void overlappingButUnequalSpansPairOneToOneAsAgreementPairsThem() {
        Document ana = doc().add(mention("a1", 0, 10, MentionType.NAME)).add(mention("a2", 12, 20, MentionType.NAME))
                .add(mention("a3", 25, 30, MentionType.NAME)).build();
        Document ben = doc().add(mention("b1", 5, 15, MentionType.NAME)).add(mention("b3", 25, 30, MentionType.NAME)).build();
        // the old grouping by overlap chained [0,10), [5,15) and [12,20) into one item; one to one,
        // [5,15) pairs with [0,10) (5 characters in common, against 3 with [12,20)) and [12,20) stays alone
        assertThat(items(align(ana, ben))).containsExactly(
                "Mention: [0, 10) NAME ana:a1 | [5, 15) NAME ben:b1",
                "Mention: [12, 20) NAME ana:a2",
                "Mention: [25, 30) NAME ana:a3,ben:b3 (agreed)");
    }

    @Test
    void theMatchingIsMaximumNotGreedy() {
        Document ana = doc().add(mention("a1", 0, 10, MentionType.NAME)).add(mention("a2", 0, 2, MentionType.NAME)).build();
        Document ben = doc().add(mention("b1", 1, 9, MentionType.NAME)).add(mention("b2", 9, 11, MentionType.NAME)).build();
        // greedy best partners would pair [0,10) with [1,9) and leave two alone; the matching pairs both
        assertThat(items(align(ana, ben))).containsExactly(
                "Mention: [0, 2) NAME ana:a2 | [1, 9) NAME ben:b1",
                "Mention: [0, 10) NAME ana:a1 | [9, 11) NAME ben:b2");
        AgreementReport report = Agreement.measure(List.of(new AnnotatorCopy("ana", ana), new AnnotatorCopy("ben", ben)));
        assertThat(report.spans().get(1).matching()).isEqualTo(Matching.OVERLAP);
        assertThat(report.spans().get(1).matched()).isEqualTo(2);
    }

    @Test
    void threeCopiesAlignAgainstTheItemsSoFar() {
        Document ana = doc().add(mention("m1", 0, 5, MentionType.NAME)).add(mention("m2", 10, 20, MentionType.NOMINAL))
                .add(mention("m4", 40, 45, MentionType.PRONOUN)).build();
        Document ben = doc().add(mention("m1", 0, 5, MentionType.NOMINAL)).add(mention("m3", 30, 35, MentionType.NAME))
                .add(mention("m4", 40, 45, MentionType.PRONOUN)).build();
        Document carl = doc().add(mention("m1", 0, 6, MentionType.NAME)).add(mention("x", 15, 25, MentionType.NOMINAL))
                .add(mention("m3", 31, 35, MentionType.NAME)).add(mention("m4", 40, 45, MentionType.PRONOUN)).build();
        Curation curation = align(ana, ben, carl);
        assertThat(items(curation)).containsExactly(
                "Mention: [0, 5) NAME ana:m1 | [0, 5) NOMINAL ben:m1 | [0, 6) NAME carl:m1",
                "Mention: [10, 20) NOMINAL ana:m2 | [15, 25) NOMINAL carl:x",
                "Mention: [30, 35) NAME ben:m3 | [31, 35) NAME carl:m3",
                "Mention: [40, 45) PRONOUN ana:m4,ben:m4,carl:m4 (agreed)");
        assertThat(curation.preAccepted()).containsExactly(new Curation.Choice("ana", "m4"));
        assertThat(curation.items().get(1).bounds()).isEqualTo(org.standoff.core.text.Span.of(10, 25));
    }

    @Test
    void entitiesAlignByTheirMentionsAndGenericLayersByTheirSpansAndArguments() {
        Document ana = doc().entity(new Entity(EntityId.of("e1"), "Putin", EntityType.PERSON, Map.of("wikidata", "Q7747"), false, null))
                .add(Mention.of("m1", 0, 5, MentionType.NAME, "e1")).add(Mention.of("m2", 10, 15, MentionType.PRONOUN, "e1"))
                .add(span("t1", "PER", 0, 5)).add(span("t2", "ORG", 20, 26))
                .add(relation("r1", "works_for", "t1", "t2")).build();
        Document ben = doc().entity(Entity.of("p", "Vladimir Putin", EntityType.PERSON))
                .add(Mention.of("m1", 0, 5, MentionType.NAME, "p")).add(Mention.of("m2", 10, 15, MentionType.PRONOUN, "p"))
                .add(span("t1", "PER", 0, 5)).add(span("t2", "ORG", 21, 26))
                .add(relation("r1", "works_for", "t1", "t2")).build();
        assertThat(items(align(ana, ben))).containsExactly(
                "Mention: [0, 5) NAME ana:m1,ben:m1 (agreed)",
                "Mention: [10, 15) PRONOUN ana:m2,ben:m2 (agreed)",
                "Entity: [0, 5)+[10, 15) PERSON kb wikidata Q7747 ana:e1 | [0, 5)+[10, 15) PERSON ben:p",
                "ner: [0, 5) PER ana:t1,ben:t1 (agreed)",
                "ner: [20, 26) ORG ana:t2 | [21, 26) ORG ben:t2",
                "rel: [0, 5)+[20, 26) works_for Arg1 [0, 5) Arg2 [20, 26) ana:r1 | [0, 5)+[21, 26) works_for Arg1 [0, 5) Arg2 [21, 26) ben:r1");

        AgreementReport report = Agreement.measure(List.of(new AnnotatorCopy("ana", ana), new AnnotatorCopy("ben", ben)));
        assertThat(report.spans().stream().filter(s -> !s.layer().equals("Quote") && !s.layer().equals("Cue") && !s.layer().startsWith("Claim")))
                .extracting(SpanAgreement::layer, SpanAgreement::matching, SpanAgreement::matched).containsExactly(
                        tuple("Mention", Matching.EXACT, 2), tuple("Mention", Matching.OVERLAP, 2),
                        tuple("Entity", Matching.EXACT, 0), tuple("Entity", Matching.OVERLAP, 1),
                        tuple("ner", Matching.EXACT, 1), tuple("ner", Matching.OVERLAP, 2),
                        tuple("rel", Matching.EXACT, 0), tuple("rel", Matching.OVERLAP, 1));
        assertThat(report.disagreements()).extracting(Disagreement::layer, Disagreement::kind, Disagreement::detail).containsExactly(
                tuple("Entity", Disagreement.Kind.KB_IDS, "wikidata Q7747 ≠ (none)"),
                tuple("ner", Disagreement.Kind.BOUNDARY, "[20, 26) ≠ [21, 26)"),
                tuple("rel", Disagreement.Kind.BOUNDARY, "[0, 5);[20, 26) ≠ [0, 5);[21, 26)"),
                tuple("rel", Disagreement.Kind.ARGUMENTS, "Arg1 [0, 5) Arg2 [20, 26) ≠ Arg1 [0, 5) Arg2 [21, 26)"));
        assertThat(report.kappas()).extracting(KappaScore::layer).contains("Entity", "ner", "rel");
        assertThat(report.alphas()).extracting(AlphaScore::layer).containsExactly("Mention", "Quote", "Cue", "Claim", "ner");
    }

    @Test
    void curatingTakesEntitiesAndRelationsWithWhatTheyBring() {
        Document original = doc().entity(Entity.of("e1", "Putin", EntityType.PERSON))
                .add(Mention.of("m1", 0, 5, MentionType.NAME, "e1")).build();
        Document ana = doc().entity(new Entity(EntityId.of("e1"), "Putin", EntityType.PERSON, Map.of("wikidata", "Q7747"), false, null))
                .add(Mention.of("m1", 0, 5, MentionType.NAME, "e1"))
                .add(span("t1", "PER", 0, 5)).add(span("t2", "ORG", 20, 26)).add(relation("r1", "works_for", "t1", "t2")).build();
        Document ben = doc().entity(Entity.of("e1", "Putin", EntityType.PERSON))
                .add(Mention.of("m1", 0, 5, MentionType.NAME, "e1"))
                .add(span("t1", "PER", 0, 5)).add(span("t2", "ORG", 21, 26)).add(relation("r1", "works_for", "t1", "t2")).build();
        List<AnnotatorCopy> copies = List.of(new AnnotatorCopy("ana", ana), new AnnotatorCopy("ben", ben));
        List<Curation.Choice> chosen = new java.util.ArrayList<>(Curation.align(copies).preAccepted());
        assertThat(chosen).containsExactly(new Curation.Choice("ana", "m1"), new Curation.Choice("ana", "t1"));
        chosen.add(new Curation.Choice("ana", "e1"));
        chosen.add(new Curation.Choice("ben", "r1"));
        Document curated = Curation.curate(original, copies, chosen);
        assertThat(curated.entities()).containsExactly(ana.entities().get(0));
        assertThat(curated.genericSpans()).extracting(s -> s.id().value() + " " + s.extent()).containsExactly(
                "t1 [0, 5)", "t2 [21, 26)");
        assertThat(curated.genericRelations()).containsExactlyElementsOf(ben.genericRelations());
        assertThat(curated.mentions()).containsExactlyElementsOf(ana.mentions());
    }

    private static GenericSpan span(String id, String label, int start, int end) {
        return new GenericSpan(GenericSpanId.of(id), "ner", label, Extent.of(start, end), Map.of(), null);
    }

    private static GenericRelation relation(String id, String label, String from, String to) {
        return new GenericRelation(GenericRelationId.of(id), "rel", label, List.of(
                new GenericRelation.Argument("Arg1", GenericSpanId.of(from)),
                new GenericRelation.Argument("Arg2", GenericSpanId.of(to))), Map.of(), null);
    }
}

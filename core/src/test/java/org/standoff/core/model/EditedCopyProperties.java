package org.standoff.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * A document made by {@link Document#toBuilder()} shares the lists its edit left alone and the
 * indexes over them and over the text; whatever the edits, it is the document built from scratch
 * with the same content, and every index answers what that one's answers.
 */
class EditedCopyProperties {

    @Provide
    Arbitrary<Document> documents() {
        return RandomDocuments.documents();
    }

    @Property(tries = 200)
    void anEditedCopyIsTheDocumentBuiltFromScratch(@ForAll("documents") Document original,
                                                   @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
                                                   @ForAll @IntRange(min = 1, max = 5) int edits) {
        Random random = new Random(seed);
        Document edited = original;
        // the indexes of each version are asked before the next edit, so shared ones are filled
        for (int i = 0; i < edits; i++) {
            touchIndexes(edited);
            edited = edit(edited, random, i);
        }
        Document fresh = fromScratch(edited);
        assertThat(edited).isEqualTo(fresh);
        assertThat(edited.annotations()).containsExactlyElementsOf(fresh.annotations());
        assertThat(edited.spanAnnotations()).containsExactlyElementsOf(fresh.spanAnnotations());
        assertThat(edited.fingerprint()).isEqualTo(fresh.fingerprint());
        for (Annotation annotation : fresh.annotations()) {
            String id = annotation.id().value();
            assertThat(edited.annotation(id)).isEqualTo(fresh.annotation(id));
        }
        for (Entity entity : fresh.entities()) {
            assertThat(edited.entity(entity.id())).isEqualTo(fresh.entity(entity.id()));
            assertThat(edited.mentionsOf(entity.id())).isEqualTo(fresh.mentionsOf(entity.id()));
        }
        assertThat(edited.annotation("never-an-id")).isEmpty();
        int length = edited.text().length();
        for (int start = 0; start <= length; start += Math.max(1, length / 4)) {
            Span span = Span.of(start, Math.min(length, start + 3));
            assertThat(edited.spans().overlapping(span)).isEqualTo(fresh.spans().overlapping(span));
        }
        int codePoints = edited.text().codePointCount(0, length);
        for (int codePoint = 0; codePoint <= codePoints; codePoint++) {
            assertThat(edited.offsets().toUtf16(codePoint, OffsetUnit.CODEPOINT))
                    .isEqualTo(fresh.offsets().toUtf16(codePoint, OffsetUnit.CODEPOINT));
        }
    }

    @Example
    void anEditOfTheEntitiesSharesTheAnnotationsAndTheirIndexes() {
        Document original = RandomDocuments.document("Ann said \"hi\" to Bo.", new Random(7));
        Document edited = original.toBuilder().entity(Entity.of("new-entity", "New", EntityType.PERSON)).build();
        assertThat(edited.segments()).isSameAs(original.segments());
        assertThat(edited.mentions()).isSameAs(original.mentions());
        assertThat(edited.annotations()).isSameAs(original.annotations());
        assertThat(edited.offsets()).isSameAs(original.offsets());
        assertThat(edited.entities()).isNotSameAs(original.entities()).hasSize(original.entities().size() + 1);
        assertThat(edited.entity(EntityId.of("new-entity"))).isPresent();
        assertThat(original.entity(EntityId.of("new-entity"))).isEmpty();
    }

    /** Asks the indexes that a later version may share. */
    private static void touchIndexes(Document document) {
        document.annotations();
        document.spans();
        document.offsets();
        document.fingerprint();
        document.annotation("never-an-id");
        document.entity(EntityId.of("never-an-id"));
        document.mentionsOf(EntityId.of("never-an-id"));
    }

    private static Document edit(Document document, Random random, int i) {
        DocumentBuilder builder = document.toBuilder();
        List<Annotation> annotations = document.annotations();
        int length = document.text().length();
        int start = length == 0 ? 0 : random.nextInt(length);
        switch (random.nextInt(7)) {
            case 0 -> builder.entity(Entity.of("new-e" + i, "Someone " + i, EntityType.PERSON));
            case 1 -> builder.add(Segment.of("new-s" + i, start, start, SegmentType.TOKEN));
            case 2 -> {
                if (!annotations.isEmpty()) {
                    builder.remove(annotations.get(random.nextInt(annotations.size())).id().value());
                }
            }
            case 3 -> {
                if (!document.entities().isEmpty()) {
                    Entity entity = document.entities().get(random.nextInt(document.entities().size()));
                    builder.replace(Entity.of(entity.id().value(), "Renamed " + i, EntityType.ORGANIZATION));
                }
            }
            case 4 -> builder.metadata("title", "Edited " + i);
            case 5 -> builder.remove("no-such-id"); // changes nothing
            default -> {
                builder.clearAnnotations();
                document.segments().forEach(builder::add);
            }
        }
        return builder.build();
    }

    /** The document with {@code document}'s content, built without {@link Document#toBuilder()}. */
    private static Document fromScratch(Document document) {
        DocumentBuilder builder = Document.builder(document.id(), new String(document.text().toCharArray()))
                .metadata(document.metadata()).schema(document.schema()).revision(document.revision().orElse(null));
        document.entities().forEach(builder::entity);
        List<Annotation> all = new ArrayList<>();
        all.addAll(document.segments());
        all.addAll(document.mentions());
        all.addAll(document.quotes());
        all.addAll(document.cues());
        all.addAll(document.attributions());
        all.addAll(document.claims());
        all.addAll(document.genericSpans());
        all.addAll(document.genericRelations());
        all.forEach(builder::add);
        document.provenance().forEach(builder::provenance);
        document.unknownFields().byOwner().forEach((owner, fields) ->
                fields.forEach((name, raw) -> builder.unknownField(owner, name, raw)));
        return builder.build();
    }
}

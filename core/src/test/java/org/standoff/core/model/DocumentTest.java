package org.standoff.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

class DocumentTest {
    private static final String TEXT = "\"The friendship treaty will bring Russian-Chinese friendship from generation"
            + " to generation,\" Jiang said after the signing ceremony in the Kremlin.";

    private static Document jiang() {
        return Document.builder("d", TEXT)
                .entity(Entity.of("e1", "Jiang Zemin", EntityType.PERSON))
                .add(Cue.of("c1", 99, 103, "say"))
                .add(Mention.of("m1", 93, 98, MentionType.NAME, "e1"))
                .add(Quote.of("q1", 0, 92, QuoteType.DIRECT))
                .add(Mention.of("m3", 1, 22, MentionType.NOMINAL, null))
                .add(Attribution.of("a1", "m1", "c1", "q1"))
                .build();
    }

    @Test
    void spanAnnotationsAreKeptInDocumentOrder() {
        assertThat(jiang().spanAnnotations()).extracting(a -> a.id().value()).containsExactly("q1", "m3", "m1", "c1");
        assertThat(jiang().mentions()).extracting(a -> a.id().value()).containsExactly("m3", "m1");
    }

    @Test
    void spanQueriesGoThroughTheIndex() {
        Document doc = jiang();
        assertThat(doc.spans().coveredBy(Span.of(0, 92))).extracting(a -> a.id().value()).containsExactly("q1", "m3");
        assertThat(doc.spans().covering(Span.of(95, 96))).extracting(a -> a.id().value()).containsExactly("m1");
        assertThat(doc.spans().at(100)).extracting(a -> a.id().value()).containsExactly("c1");
    }

    @Test
    void lookupsByTypedIdCheckTheKind() {
        Document doc = jiang();
        assertThat(doc.mention(MentionId.of("m1"))).isPresent();
        assertThat(doc.mention(MentionId.of("q1"))).isEmpty();
        assertThat(doc.mentionsOf(EntityId.of("e1"))).extracting(m -> m.id().value()).containsExactly("m1");
    }

    @Test
    void aCopyThroughTheBuilderIsEqualAndEditsMakeNewDocuments() {
        Document doc = jiang();
        assertThat(doc.toBuilder().build()).isEqualTo(doc).hasSameHashCodeAs(doc);
        DocumentBuilder edit = doc.toBuilder();
        assertThat(edit.remove("m3")).isTrue();
        Document edited = edit.build();
        assertThat(edited.mentions()).hasSize(1);
        assertThat(doc.mentions()).hasSize(2);
    }

    @Test
    void fingerprintCountsCodePointsAndUtf16Units() {
        Document doc = Document.builder("d", "a\uD83D\uDE00").build();
        assertThat(doc.fingerprint().codepoints()).isEqualTo(2);
        assertThat(doc.fingerprint().utf16()).isEqualTo(3);
        // python3: hashlib.sha256("a\U0001F600".encode()).hexdigest()
        assertThat(doc.fingerprint().sha256()).isEqualTo("28e66175821bf0ad8d7c8008061930de7daf248c28814ad41a0541449257bcf7");
        assertThat(doc.offsets().convert(3, OffsetUnit.UTF16, OffsetUnit.CODEPOINT)).isEqualTo(2);
        assertThat(Fingerprint.sha256Hex("a\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)))
                .as("the hash of the UTF-8 a caller already has").isEqualTo(doc.fingerprint().sha256());
        assertThat(Fingerprint.sha256Hex(new byte[0])).as("the same digest serves again, from a fresh state")
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aLoneSurrogateIsHashedAsTheReplacementCharacterAsTheOffsetIndexCountsIt() {
        assertThat(Fingerprint.sha256Hex("a\uD800b")).isEqualTo(Fingerprint.sha256Hex("a\uFFFDb"));
        assertThat(Document.builder("d", "a\uD800b").build().offsets().length(OffsetUnit.UTF8)).isEqualTo(5);
    }
}

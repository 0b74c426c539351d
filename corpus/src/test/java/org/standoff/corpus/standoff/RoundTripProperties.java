package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.standoff.core.model.Document;
import org.standoff.core.model.RandomDocuments;
import org.standoff.core.text.OffsetUnit;

/** Write → read gives the same document, in every offset unit, and writing again gives the same bytes. */
class RoundTripProperties {

    @Property(tries = 200)
    void writeThenReadIsTheIdentity(@ForAll("documents") Document document, @ForAll OffsetUnit unit) {
        WriterOptions options = WriterOptions.DEFAULTS.withOffsetUnit(unit);
        String json = StandoffJson.toJson(document, options);

        ReadResult result = StandoffJson.fromJson(json);

        assertThat(result.errors()).isEmpty();
        assertThat(result.document()).isEqualTo(document);
        assertThat(StandoffJson.toJson(result.document(), options)).isEqualTo(json);
    }

    @Property(tries = 100)
    void withoutCoveredTextTheDocumentIsTheSame(@ForAll("documents") Document document, @ForAll OffsetUnit unit) {
        String json = StandoffJson.toJson(document, WriterOptions.DEFAULTS.withOffsetUnit(unit).withCoveredText(false));

        assertThat(StandoffJson.fromJson(json).document()).isEqualTo(document);
    }

    @Property(tries = 40)
    void everyWrittenFileIsValidAgainstTheJsonSchema(@ForAll("documents") Document document, @ForAll OffsetUnit unit) {
        assertThat(JsonSchemaCheck.isValid(StandoffJson.toJson(document, WriterOptions.DEFAULTS.withOffsetUnit(unit)))).isTrue();
    }

    /** The text form is the byte form decoded: one writer backend, in the file layout and in the compact JSON Lines form. */
    @Property(tries = 100)
    void theJsonTextIsTheWrittenBytesDecoded(@ForAll("documents") Document document, @ForAll OffsetUnit unit,
                                             @ForAll boolean compact) throws java.io.IOException {
        WriterOptions options = WriterOptions.DEFAULTS.withOffsetUnit(unit);
        java.io.ByteArrayOutputStream direct = new java.io.ByteArrayOutputStream();
        if (compact) {
            StandoffJson.writeLine(document, direct, options);
        } else {
            StandoffJson.write(document, direct, options);
        }
        java.io.StringWriter text = new java.io.StringWriter();
        StandoffJson.write(document, text, options);

        assertThat(StandoffJson.toBytes(document, options)).isEqualTo(StandoffJson.toJson(document, options)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!compact) {
            assertThat(direct.toByteArray()).isEqualTo(StandoffJson.toBytes(document, options));
            assertThat(text.toString()).isEqualTo(StandoffJson.toJson(document, options));
        }
    }

    @Provide
    Arbitrary<Document> documents() {
        return RandomDocuments.documents();
    }
}

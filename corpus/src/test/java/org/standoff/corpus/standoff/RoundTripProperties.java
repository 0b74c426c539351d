package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.standoff.core.model.Document;
import org.standoff.core.model.RandomDocuments;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.standoff.internal.StandoffWriter;

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

    /**
     * The two ways to bytes agree: UTF-8 encoded directly (files, JSON Lines) and chars through the
     * JDK's UTF-8 writer, in the file layout and in the compact JSON Lines form.
     */
    @Property(tries = 100)
    void bytesWrittenDirectlyAreThoseOfTheCharWriter(@ForAll("documents") Document document, @ForAll OffsetUnit unit,
                                                     @ForAll boolean compact) throws java.io.IOException {
        WriterOptions options = WriterOptions.DEFAULTS.withOffsetUnit(unit);
        java.io.ByteArrayOutputStream direct = new java.io.ByteArrayOutputStream();
        StandoffWriter.write(document, direct, options, compact);
        java.io.ByteArrayOutputStream throughChars = new java.io.ByteArrayOutputStream();
        java.io.Writer writer = new java.io.OutputStreamWriter(throughChars, java.nio.charset.StandardCharsets.UTF_8);
        StandoffWriter.write(document, writer, options, compact);
        writer.flush();

        assertThat(direct.toByteArray()).isEqualTo(throughChars.toByteArray());
    }

    @Provide
    Arbitrary<Document> documents() {
        return RandomDocuments.documents();
    }
}

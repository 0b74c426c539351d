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

    @Provide
    Arbitrary<Document> documents() {
        return RandomDocuments.documents();
    }
}

package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.standoff.core.anchor.Reanchor;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;

/** The document's {@code revision}: written, read back equal, valid by the schema, shown in FORMAT.md, bad ones reported. */
class RevisionJsonTest {
    /** The worked example revised: a dateline added, "in" changed to "at", the second quote deleted. */
    static Document revised() {
        String text = "MOSCOW (AP) \u2014 " + Examples.JIANG_TEXT.replace("in the Kremlin", "at the Kremlin")
                .replace(" \"This is a milestone in the development of Russian-Chinese relations.\"", "");
        return Reanchor.reanchor(Examples.jiang(), text).document();
    }

    @Test
    void aRevisionSurvivesARoundTripAndTheSchemaAcceptsIt() {
        String json = StandoffJson.toJson(revised());
        ReadResult read = StandoffJson.fromJson(json);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.document()).isEqualTo(revised());
        assertThat(read.document().revision()).isPresent();
        assertThat(JsonSchemaCheck.errors(json.getBytes())).isEmpty();
    }

    @Test
    void formatMdShowsTheRevisionTheWriterWrites() throws IOException {
        String doc = Files.readString(Path.of("../docs/FORMAT.md"));
        int section = doc.indexOf("## 15. Revision");
        assertThat(section).isNotNegative();
        int start = doc.indexOf("```json\n", section) + 8;
        String shown = doc.substring(start, doc.indexOf("```\n", start));
        String json = StandoffJson.toJson(revised());
        String written = json.substring(json.indexOf("  \"revision\": {"), json.lastIndexOf('}'));
        assertThat(shown).isEqualTo(written);
    }

    @Test
    void badRevisionsAreReportedWithTheirPlaceAndTheSchemaRejectsThem() {
        String json = StandoffJson.toJson(revised())
                .replace("\"status\": \"orphaned\"", "\"status\": \"lost\"")
                .replace("\"threshold\": 0.75", "\"threshold\": 7.5")
                .replace("\"method\": \"diff+search+fuzzy\", ", "");
        ReadResult read = StandoffJson.fromJson(json);
        assertThat(read.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("found \"lost\""))
                .anySatisfy(m -> assertThat(m).contains("from 0 to 1, found 7.5"))
                .anySatisfy(m -> assertThat(m).contains("missing required field \"method\""));
        assertThat(read.diagnostics()).extracting(d -> d.location().pointer())
                .contains("/revision/threshold", "/revision");
        assertThat(read.diagnostics().stream().map(d -> d.location().pointer()))
                .anyMatch(p -> p.matches("/revision/anchors/\\d+/status"));
        assertThat(JsonSchemaCheck.errors(json.getBytes())).isNotEmpty();
    }
}

package org.standoff.corpus.uima;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.FormatExamples;

class CasJsonFormatTest {
    private final CasJsonFormat format = new CasJsonFormat();

    @Test
    void isRegistered() {
        assertThat(Formats.byName("uima-json")).containsInstanceOf(CasJsonFormat.class);
    }

    @Test
    void theInceptionSlotFeatureFileImportsWithItsForwardReferences() {
        ImportResult result = format.read(List.of(FormatExamples.file("uima/tools-uima-jsoncas-slotfeature.json")),
                ImportOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
        Document doc = result.documents().get(0);
        assertThat(doc.id()).isEqualTo("doc");
        assertThat(doc.text()).isEqualTo("This is a test .");
        assertThat(doc.segments()).extracting(s -> s.segmentType() + " " + s.coveredText(doc.text()))
                .containsExactly("SENTENCE This is a test .", "TOKEN This", "TOKEN is", "TOKEN a", "TOKEN test", "TOKEN .");
        assertThat(doc.genericSpans()).extracting(s -> s.id().value() + " " + s.layer() + " " + s.coveredText(doc.text()))
                .containsExactly("fs14 SimpleLinkHost This", "fs12 SimpleSpan is", "fs10 SimpleSpan a");
        GenericRelation slots = doc.genericRelations().get(0);
        assertThat(doc.genericRelations()).hasSize(1);
        assertThat(slots.layer()).isEqualTo("SimpleLinkHost.links");
        assertThat(slots.arguments()).extracting(a -> a.role() + ":" + a.target().value())
                .containsExactly("host:fs14", "p1:fs12", "p2:fs10");
        assertThat(Validator.validate(doc)).isEmpty();
    }
}

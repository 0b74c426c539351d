package org.standoff.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.SpanAnnotation;

class DomainLabelsTest {
    private static final Extent EXTENT = Extent.of(0, 5);

    @Test
    void everyLabelNamesADomainSpanThatIsWrittenWithTheSameLabel() {
        List<String> labels = DomainLabels.all();

        assertThat(labels).contains("Mention-NAME", "Quote-DIRECT", "Cue", "Claim-EVENT", "Segment-SENTENCE")
                .doesNotHaveDuplicates();
        for (String label : labels) {
            SpanAnnotation span = DomainLabels.span("s1", label, EXTENT);
            assertThat(span).as(label).isNotNull();
            assertThat(span.extent()).isEqualTo(EXTENT);
            assertThat(DomainLabels.of(span)).isEqualTo(label);
        }
    }

    @Test
    void aLabelNamesADomainSpanOnlyExactly() {
        assertThat(DomainLabels.span("s1", "Mention-PRONOUN", EXTENT))
                .isEqualTo(new Mention(org.standoff.core.model.MentionId.of("s1"), EXTENT, MentionType.PRONOUN, null, null));
        for (String label : List.of("Mention-name", "Mention", "Mention-", "Quote-FOO", "cue", "Cue-X", "PER", "")) {
            assertThat(DomainLabels.span("s1", label, EXTENT)).as(label).isNull();
        }
        assertThat(DomainLabels.of(new GenericSpan(org.standoff.core.model.GenericSpanId.of("g1"), "ner", "PER", EXTENT,
                java.util.Map.of(), null))).isNull();
    }
}

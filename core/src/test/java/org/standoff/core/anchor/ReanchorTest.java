package org.standoff.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Revision;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.text.Span;

class ReanchorTest {
    private static final String TEXT = "\"The treaty is good,\" Jiang said in Moscow. \"It is a milestone.\"\n\n"
            + "Putin agreed. Analysts were doubtful.";

    /** Quote q1 "The treaty is good," by m1 Jiang through c1 said; q2 "It is a milestone."; m2 Putin. */
    private static Document document() {
        return Document.builder("d", TEXT)
                .entity(Entity.of("e1", "Jiang Zemin", EntityType.PERSON))
                .entity(Entity.of("e2", "Vladimir Putin", EntityType.PERSON))
                .add(Quote.of("q1", 0, 21, QuoteType.DIRECT))
                .add(Mention.of("m1", 22, 27, MentionType.NAME, "e1"))
                .add(Cue.of("c1", 28, 32, "say"))
                .add(new Quote(QuoteId.of("q2"), Extent.of(44, 64), QuoteType.MIXED, List.of(Span.of(53, 63)), null, null))
                .add(Mention.of("m2", 66, 71, MentionType.NAME, "e2"))
                .add(withSetting(Attribution.of("a1", "m1", "c1", "q1", "q2"), Span.of(33, 42)))
                .build();
    }

    private static Attribution withSetting(Attribution a, Span setting) {
        return new Attribution(a.id(), a.source(), a.cue(), a.contents(),
                List.of(new Supplement(SupplementRole.SETTING, setting)), null, null);
    }

    private static Reanchoring reanchor(String newText) {
        return Reanchor.reanchor(document(), newText);
    }

    private static Revision.Anchor anchor(Reanchoring result, String id) {
        return result.document().revision().orElseThrow().anchors().stream()
                .filter(a -> a.annotation().equals(id)).findFirst().orElseThrow();
    }

    private static String covered(Reanchoring result, String id) {
        return ((SpanAnnotation) result.document().annotation(id).orElseThrow()).coveredText(result.document().text());
    }

    @Test
    void anUnchangedTextKeepsEverythingExactAndRecordsTheRevision() {
        Reanchoring result = reanchor(TEXT);
        assertThat(result.report().counts()).containsEntry(AnchorStatus.EXACT, 6).containsEntry(AnchorStatus.ORPHANED, 0);
        assertThat(result.report().changes()).isEmpty();
        Revision revision = result.document().revision().orElseThrow();
        assertThat(revision.previousFingerprint()).isEqualTo(Fingerprint.of(TEXT));
        assertThat(revision.method()).isEqualTo(Revision.METHOD);
        assertThat(revision.threshold()).isEqualTo(ReanchorOptions.DEFAULT_THRESHOLD);
        assertThat(revision.anchors()).extracting(Revision.Anchor::annotation)
                .containsExactly("q1", "m1", "c1", "q2", "m2", "a1");
    }

    @Test
    void textInsertedBeforeShiftsSpansAndTheirParts() {
        Reanchoring result = reanchor("MOSCOW (AP) \uD83C\uDF89 " + TEXT);
        assertThat(anchor(result, "q2").status()).isEqualTo(AnchorStatus.SHIFTED);
        assertThat(covered(result, "q2")).isEqualTo("\"It is a milestone.\"");
        Quote q2 = result.document().quote(QuoteId.of("q2")).orElseThrow();
        assertThat(q2.verbatim().get(0).coveredText(result.document().text())).isEqualTo("milestone.");
        Attribution a1 = result.document().attributions().get(0);
        assertThat(a1.supplements().get(0).span().coveredText(result.document().text())).isEqualTo("in Moscow");
        assertThat(anchor(result, "a1").status()).isEqualTo(AnchorStatus.SHIFTED);
        SpanChange change = result.report().changes().get(0);
        assertThat(change.newContext().before()).endsWith("\uD83C\uDF89 ");
    }

    @Test
    void aTypoFixInsideASpanIsEditedAndTheOldTextIsKept() {
        Reanchoring result = reanchor(TEXT.replace("milestone", "milstone"));
        Revision.Anchor q2 = anchor(result, "q2");
        assertThat(q2.status()).isEqualTo(AnchorStatus.EDITED);
        assertThat(q2.previousText()).isEqualTo("\"It is a milestone.\"");
        assertThat(q2.score()).isBetween(0.9, 1.0);
        assertThat(covered(result, "q2")).isEqualTo("\"It is a milstone.\"");
        assertThat(result.report().needingReview()).extracting(SpanChange::annotation).containsExactly("q2");
        assertThat(anchor(result, "a1").status()).isEqualTo(AnchorStatus.EDITED);
    }

    @Test
    void aDeletedSentenceOrphansItsSpansAndFlagsTheAttributionWithoutDroppingIt() {
        Reanchoring result = reanchor(TEXT.replace(" \"It is a milestone.\"", ""));
        Revision.Anchor q2 = anchor(result, "q2");
        assertThat(q2.status()).isEqualTo(AnchorStatus.ORPHANED);
        assertThat(q2.previousText()).isEqualTo("\"It is a milestone.\"");
        Quote moved = result.document().quote(QuoteId.of("q2")).orElseThrow();
        assertThat(moved.span().isEmpty()).isTrue();
        assertThat(moved.verbatim()).allMatch(Span::isEmpty);
        Revision.Anchor a1 = anchor(result, "a1");
        assertThat(a1.status()).isEqualTo(AnchorStatus.ORPHANED);
        assertThat(a1.orphanedParts()).containsExactly("q2");
        assertThat(result.document().attributions()).hasSize(1);
        assertThat(result.report().relationsWithOrphanedParts()).containsExactly(a1);
        assertThat(covered(result, "m2")).isEqualTo("Putin");
    }

    @Test
    void aMovedParagraphIsFoundWhereItWent() {
        String moved = "Putin agreed. Analysts were doubtful.\n\n"
                + "\"The treaty is good,\" Jiang said in Moscow. \"It is a milestone.\"";
        Reanchoring result = reanchor(moved);
        for (String id : List.of("q1", "m1", "c1", "q2", "m2")) {
            assertThat(anchor(result, id).status()).as(id).isIn(AnchorStatus.SHIFTED, AnchorStatus.EXACT);
        }
        assertThat(covered(result, "m1")).isEqualTo("Jiang");
        assertThat(result.document().mention(org.standoff.core.model.MentionId.of("m1")).orElseThrow().span())
                .isEqualTo(Span.of(moved.indexOf("Jiang"), moved.indexOf("Jiang") + 5));
    }

    @Test
    void aReplacedNameIsNotPlacedOnAnotherOccurrence() {
        // "Jiang" is gone from its sentence; the other "Jiang" kept its place and is not a candidate
        String text = TEXT.replace("Putin agreed.", "Jiang agreed.").replace("Jiang said", "He said");
        Reanchoring result = reanchor(text);
        Revision.Anchor m1 = anchor(result, "m1");
        assertThat(m1.status().needsReview()).isTrue();
        assertThat(covered(result, "m1")).isIn("", "He");
    }

    @Test
    void aSpanWhoseBoundaryWasEditedIsMatchedFuzzilyAboveTheThresholdAndOrphanedBelowIt() {
        String text = TEXT.replace(" Jiang said", "_jiang said");
        Reanchoring result = reanchor(text);
        Revision.Anchor m1 = anchor(result, "m1");
        assertThat(m1.status()).isEqualTo(AnchorStatus.FUZZY);
        assertThat(m1.score()).isBetween(ReanchorOptions.DEFAULT_THRESHOLD, 0.95);
        assertThat(covered(result, "m1")).isEqualTo("jiang");
        assertThat(m1.previousText()).isEqualTo("Jiang");

        Reanchoring strict = Reanchor.reanchor(document(), text, ReanchorOptions.DEFAULTS.withThreshold(0.95));
        assertThat(strict.document().revision().orElseThrow().threshold()).isEqualTo(0.95);
        assertThat(anchor(strict, "m1").status()).isEqualTo(AnchorStatus.ORPHANED);
        assertThat(anchor(strict, "a1").orphanedParts()).containsExactly("m1");
        assertThatThrownBy(() -> ReanchorOptions.DEFAULTS.withThreshold(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }

    @Test
    void aSpanThatLostASentenceIsEditedWhereItsBoundariesHold() {
        Document whole = Document.builder("d", TEXT).add(Segment.of("p", 0, TEXT.length(), SegmentType.PARAGRAPH)).build();
        Reanchoring result = Reanchor.reanchor(whole, "MOSCOW \u2014 " + TEXT.replace(" \"It is a milestone.\"", ""));
        Revision.Anchor p = anchor(result, "p");
        assertThat(p.status()).isEqualTo(AnchorStatus.EDITED);
        assertThat(p.score()).isLessThan(0.8);
        assertThat(covered(result, "p")).isEqualTo(TEXT.replace(" \"It is a milestone.\"", ""));
    }

    @Test
    void curlyQuotationMarksAreTheSameTextForScoringAndANameReplacedByAnEmojiIsOrphaned() {
        assertThat(SpanPlacer.fold("\u201CIt\u2019s \u2014 ok\u00A0\u201D")).isEqualTo("\"It's - ok \"");
        Reanchoring result = reanchor(TEXT.substring(0, 22).replace('"', '\u201C') + TEXT.substring(22).replace("Putin", "\uD83D\uDE00"));
        assertThat(anchor(result, "q1").status()).isEqualTo(AnchorStatus.EDITED);
        assertThat(anchor(result, "q1").score()).isEqualTo(1.0);
        assertThat(anchor(result, "m2").status()).isEqualTo(AnchorStatus.ORPHANED);
    }
}

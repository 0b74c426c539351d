package org.standoff.corpus.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.core.anchor.Reanchor;
import org.standoff.core.anchor.Reanchoring;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Document;
import org.standoff.core.model.Revision;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Severity;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.Corpus;
import org.standoff.corpus.gold.RevisedArticle.Copy;
import org.standoff.corpus.gold.RevisedArticle.Edit;
import org.standoff.corpus.gold.RevisedArticle.Expected;
import org.standoff.corpus.gold.RevisedArticle.Piece;

/**
 * The re-anchoring evaluation set: revisions of the shipped article, each with the expected position
 * or status of every span annotation (from {@link RevisedArticle}, which knows the true edits), scored
 * per revision kind for Standoff's re-anchoring and two baselines run on the same revisions: offsets
 * kept unchanged, and the first exact match of the old text (Hypothesis's first step). The table it
 * prints is the one in {@code docs/REANCHORING.md}.
 */
class ReanchorEvaluationTest {
    private static final Document ARTICLE = Corpus.shipped().document(Corpus.SHIPPED_DOCUMENT_ID).orElseThrow();
    private static final String TEXT = ARTICLE.text();

    /** The revisions, in the order the report lists them. */
    static List<RevisedArticle> revisions() {
        return List.of(
                RevisedArticle.of("typo fixes inside spans", TEXT, List.of(
                        word("ceremony", "ceremoney"), word("Kremlin", "Kremlim"), word("jubilation", "jubilaton"),
                        word("interceptor", "interseptor"), word("proliferation", "proliferaton"))),
                RevisedArticle.of("typo fixes outside spans", TEXT, List.of(
                        word("latest", "lastest"), word("Updated", "Upadted"), word("heels", "heals"))),
                RevisedArticle.of("inserted paragraph", TEXT, List.of(Edit.insert(paragraphStart(4),
                        "Jiang said the visit was \"a new page\", and Putin agreed, officials said.\n\n"))),
                RevisedArticle.of("deleted sentences", TEXT, List.of(
                        sentenceWithSpaceBefore(3), sentenceWithSpaceBefore(13), sentenceWithSpaceBefore(23))),
                new RevisedArticle("reordered paragraphs", TEXT, swapParagraphs(6, 7)),
                RevisedArticle.of("CRLF line ends", TEXT, everyChar('\n', i -> "\r\n")),
                RevisedArticle.of("straight to curly quotes", TEXT, everyChar('"', ReanchorEvaluationTest::curly)),
                RevisedArticle.of("changed word in a quote", TEXT, List.of(word("milestone", "landmark"), word("jubilation", "joy"))),
                RevisedArticle.of("emoji before spans", TEXT, emojiBeforeQuotes()));
    }

    @Test
    void placesNothingWronglyAndBeatsBothBaselines() {
        Map<String, Scores[]> table = new LinkedHashMap<>();
        for (RevisedArticle revision : revisions()) {
            String newText = revision.text();
            Reanchoring result = Reanchor.reanchor(ARTICLE, newText);
            Scores ours = new Scores();
            Scores unchanged = new Scores();
            Scores firstMatch = new Scores();
            for (SpanAnnotation old : ARTICLE.spanAnnotations()) {
                Expected expected = revision.expected(old.span().start(), old.span().end());
                SpanAnnotation moved = (SpanAnnotation) result.document().annotation(old.id().value()).orElseThrow();
                AnchorStatus status = status(result, old);
                ours.count(expected, moved.span(), status == AnchorStatus.ORPHANED, status.needsReview());
                boolean fits = old.span().end() <= newText.length();
                unchanged.count(expected, old.span(), !fits, !fits);
                int found = newText.indexOf(old.coveredText(TEXT));
                boolean lost = found < 0;
                firstMatch.count(expected, lost ? null : Span.of(found, found + old.span().length()), lost, lost);
            }
            table.put(revision.kind(), new Scores[] {ours, unchanged, firstMatch});
            assertThat(ours.wrong).as("%s: wrongly placed annotations %s", revision.kind(), ours.wrongIds).isZero();
            assertRelationsFlagged(result, revision.kind());
            assertThat(Validator.validate(result.document())).as(revision.kind())
                    .noneMatch(d -> d.severity() == Severity.ERROR);
        }
        System.out.println(markdown(table));
        int ours = table.values().stream().mapToInt(s -> s[0].correct).sum();
        assertThat(ours).isGreaterThan(table.values().stream().mapToInt(s -> s[1].correct).sum())
                .isGreaterThan(table.values().stream().mapToInt(s -> s[2].correct).sum());
    }

    /** Every attribution comes through, and one with an orphaned part names it. */
    private static void assertRelationsFlagged(Reanchoring result, String kind) {
        assertThat(result.document().attributions()).hasSameSizeAs(ARTICLE.attributions());
        for (Attribution attribution : result.document().attributions()) {
            Revision.Anchor anchor = anchor(result, attribution.id().value());
            List<String> orphanedParts = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            if (attribution.source() != null) {
                parts.add(attribution.source().value());
            }
            if (attribution.cue() != null) {
                parts.add(attribution.cue().value());
            }
            attribution.contents().forEach(c -> parts.add(c.quote().value()));
            for (String part : parts) {
                if (anchor(result, part).status() == AnchorStatus.ORPHANED) {
                    orphanedParts.add(part);
                }
            }
            assertThat(anchor.orphanedParts()).as("%s: %s", kind, attribution.id()).containsAll(orphanedParts);
            if (!orphanedParts.isEmpty()) {
                assertThat(anchor.status()).isEqualTo(AnchorStatus.ORPHANED);
            }
        }
    }

    private static AnchorStatus status(Reanchoring result, SpanAnnotation old) {
        return anchor(result, old.id().value()).status();
    }

    private static Revision.Anchor anchor(Reanchoring result, String id) {
        return result.document().revision().orElseThrow().anchors().stream()
                .filter(a -> a.annotation().equals(id)).findFirst().orElseThrow();
    }

    /** Correct, wrong and flagged placements of one method on one revision. */
    static final class Scores {
        int correct;
        int wrong;
        int flagged;
        final List<String> wrongIds = new ArrayList<>();

        void count(Expected expected, Span placed, boolean orphaned, boolean flaggedForReview) {
            if (flaggedForReview) {
                flagged++;
            }
            boolean right = expected.orphaned() ? orphaned
                    : expected.isReview() ? flaggedForReview
                    : !orphaned && expected.position().equals(placed);
            boolean missed = !right && orphaned && !expected.orphaned(); // flagged as lost: not a wrong placement
            if (right) {
                correct++;
            } else if (!missed) {
                wrong++;
                wrongIds.add(expected + " got " + placed);
            }
        }
    }

    private static String markdown(Map<String, Scores[]> table) {
        StringBuilder out = new StringBuilder("| revision | Standoff: correct / wrong / flagged | offsets unchanged: correct / wrong"
                + " | first exact match: correct / wrong / not found |\n|---|---|---|---|\n");
        int[] totals = new int[7];
        table.forEach((kind, s) -> {
            out.append("| ").append(kind).append(" | ").append(s[0].correct).append(" / ").append(s[0].wrong).append(" / ")
                    .append(s[0].flagged).append(" | ").append(s[1].correct).append(" / ").append(s[1].wrong).append(" | ")
                    .append(s[2].correct).append(" / ").append(s[2].wrong).append(" / ").append(s[2].flagged).append(" |\n");
            int[] row = {s[0].correct, s[0].wrong, s[0].flagged, s[1].correct, s[1].wrong, s[2].correct, s[2].wrong};
            for (int i = 0; i < row.length; i++) {
                totals[i] += row[i];
            }
        });
        return out.append("| **all** (").append(ARTICLE.spanAnnotations().size()).append(" spans each) | ").append(totals[0])
                .append(" / ").append(totals[1]).append(" / ").append(totals[2]).append(" | ").append(totals[3]).append(" / ")
                .append(totals[4]).append(" | ").append(totals[5]).append(" / ").append(totals[6]).append(" / … |\n").toString();
    }

    /** Replaces the first occurrence of {@code word} (as a whole token) by {@code replacement}. */
    private static Edit word(String word, String replacement) {
        int at = TEXT.indexOf(word);
        assertThat(at).as(word).isNotNegative();
        return Edit.substitute(at, at + word.length(), replacement);
    }

    private static List<Span> segments(SegmentType type) {
        return ARTICLE.segments().stream().filter(s -> s.segmentType() == type).map(SpanAnnotation::span).toList();
    }

    private static int paragraphStart(int index) {
        return segments(SegmentType.PARAGRAPH).get(index).start();
    }

    /** Deletes sentence {@code index} with the space before it (it is not its paragraph's first). */
    private static Edit sentenceWithSpaceBefore(int index) {
        Span sentence = segments(SegmentType.SENTENCE).get(index);
        assertThat(TEXT.charAt(sentence.start() - 1)).isEqualTo(' ');
        return Edit.delete(sentence.start() - 1, sentence.end());
    }

    /** Swaps paragraphs {@code a} and {@code b}, {@code a < b}, keeping what lies between them. */
    private static List<Piece> swapParagraphs(int a, int b) {
        Span first = segments(SegmentType.PARAGRAPH).get(a);
        Span second = segments(SegmentType.PARAGRAPH).get(b);
        return List.of(new Copy(0, first.start()), new Copy(second.start(), second.end()),
                new Copy(first.end(), second.start()), new Copy(first.start(), first.end()),
                new Copy(second.end(), TEXT.length()));
    }

    /** Substitutes every {@code c} by what {@code replacement} says for its offset. */
    private static List<Edit> everyChar(char c, java.util.function.IntFunction<String> replacement) {
        List<Edit> edits = new ArrayList<>();
        for (int i = TEXT.indexOf(c); i >= 0; i = TEXT.indexOf(c, i + 1)) {
            edits.add(Edit.substitute(i, i + 1, replacement.apply(i)));
        }
        return edits;
    }

    /** The curly mark for the straight one at {@code i}: opening after a space, a line end or the start. */
    private static String curly(int i) {
        return i == 0 || Character.isWhitespace(TEXT.charAt(i - 1)) ? "\u201C" : "\u201D";
    }

    /** An emoji (outside the BMP) and a space before every fourth quote. */
    private static List<Edit> emojiBeforeQuotes() {
        List<Edit> edits = new ArrayList<>();
        List<Integer> starts = ARTICLE.quotes().stream().map(q -> q.span().start()).distinct().sorted().toList();
        for (int i = 0; i < starts.size(); i += 4) {
            edits.add(Edit.insert(starts.get(i), "\uD83C\uDF89 "));
        }
        return edits;
    }
}

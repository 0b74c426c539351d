package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;
import org.standoff.core.text.Tokenizer;

/**
 * Attribution agreement pooled over several articles, each annotated by several annotators, as the
 * PolNeAR paper reports it (Newell, Margolin and Ruths, LREC 2018): a token-wise Krippendorff's alpha
 * and an attribution-wise agreement.
 *
 * <ul>
 *   <li><b>Token-wise alpha.</b> Every token of every article is a unit; each annotator gives it one
 *       nominal label, {@code source}, {@code cue}, {@code content} or {@code none}: the one that covers
 *       most of its characters, where a character is {@code source} (or {@code cue}, {@code content})
 *       when it lies in the source mention (cue, content quotes) of one of the annotator's attributions
 *       (PolNeAR's annotations are a tag sequence: each token has one label). Where roles overlap (a
 *       nested attribution's source inside another's content) the source or cue wins over the content;
 *       a tie goes to source, cue, content, none, in that order. Tokens are the document's
 *       {@code TOKEN} segments, else {@link Tokenizer}'s. Alpha is {@link CodingAlpha#nominal} over all
 *       units of all articles together; an article some annotators did not do simply has fewer codes.</li>
 *   <li><b>Attribution-wise agreement.</b> Wiebe, Wilson and Cardie's (2005) agr, as PARC 3.0 (Pareti
 *       2016) measured attribution identification: agr(a‖b) = the share of a's attributions that b also
 *       has. An attribution of a and one of b are the same when they pair as {@link Agreement} pairs
 *       them (one to one, by content sharing a character, by cue without content). Pooled over every
 *       pair of annotators of every article and both directions, agr = 2·paired / (a's + b's), the F1
 *       over attributions. The same pooling of pairs that also agree on source, cue and content (the
 *       {@code triple} of {@link AttributionAgreement}) is reported beside it, exactly and by overlap.</li>
 * </ul>
 */
public final class CorpusAgreement {
    /** The token labels, in the order a tie between roles is broken. */
    public static final List<String> LABELS = List.of("source", "cue", "content", "none");

    private static final int NONE = 3;

    private CorpusAgreement() {
    }

    /**
     * Measures agreement over {@code articles}, each the copies of one article (two or more, one text).
     *
     * @throws IllegalArgumentException when an article has fewer than two copies, two copies share an
     *                                  annotator, or an article's copies have different texts
     */
    public static CorpusAgreementReport measure(List<List<AnnotatorCopy>> articles) {
        List<String[]> units = new ArrayList<>();
        Map<String, Long> labelCounts = new LinkedHashMap<>();
        LABELS.forEach(label -> labelCounts.put(label, 0L));
        int copies = 0;
        long attributions = 0;
        long compared = 0;
        long paired = 0;
        long tripleExact = 0;
        long tripleOverlap = 0;
        for (List<AnnotatorCopy> article : articles) {
            Agreement.check(article);
            copies += article.size();
            List<Span> tokens = tokens(article.get(0).document());
            List<int[]> labels = new ArrayList<>();
            List<List<AttributionTriple>> triples = new ArrayList<>();
            for (AnnotatorCopy copy : article) {
                List<AttributionTriple> resolved = AttributionTriple.of(copy.document());
                triples.add(resolved);
                attributions += resolved.size();
                labels.add(labels(copy.document().text().length(), tokens, resolved));
            }
            for (int t = 0; t < tokens.size(); t++) {
                String[] unit = new String[article.size()];
                for (int c = 0; c < article.size(); c++) {
                    unit[c] = LABELS.get(labels.get(c)[t]);
                    labelCounts.merge(unit[c], 1L, Long::sum);
                }
                units.add(unit);
            }
            for (int i = 0; i < article.size(); i++) {
                for (int j = i + 1; j < article.size(); j++) {
                    Alignment<AttributionTriple> aligned = Alignment.of(triples.get(i), triples.get(j), AttributionTriple::anchor,
                            (x, y) -> Matching.OVERLAP.matches(x.anchor(), y.anchor()));
                    compared += triples.get(i).size() + triples.get(j).size();
                    paired += aligned.pairs().size();
                    for (Alignment.Pair<AttributionTriple> p : aligned.pairs()) {
                        tripleExact += sameTriple(p.first(), p.second(), Matching.EXACT) ? 1 : 0;
                        tripleOverlap += sameTriple(p.first(), p.second(), Matching.OVERLAP) ? 1 : 0;
                    }
                }
            }
        }
        return new CorpusAgreementReport(articles.size(), copies, units.size(), labelCounts, CodingAlpha.nominal(units),
                attributions, compared, paired, tripleExact, tripleOverlap);
    }

    /** The document's {@code TOKEN} segments, else the tokenizer's tokens of its text. */
    static List<Span> tokens(Document document) {
        List<Span> tokens = new ArrayList<>();
        for (Segment segment : document.segments()) {
            if (segment.segmentType() == SegmentType.TOKEN) {
                tokens.add(segment.span());
            }
        }
        return tokens.isEmpty() ? Tokenizer.tokenize(document.text()) : tokens;
    }

    /** Each token's label index in {@link #LABELS}, given one annotator's attributions. */
    static int[] labels(int textLength, List<Span> tokens, List<AttributionTriple> attributions) {
        byte[] role = new byte[textLength];
        java.util.Arrays.fill(role, (byte) NONE);
        // content first, so that a source or cue inside another attribution's content keeps its own role
        for (AttributionTriple a : attributions) {
            paint(role, a.content(), 2);
        }
        for (AttributionTriple a : attributions) {
            paint(role, a.cue(), 1);
        }
        for (AttributionTriple a : attributions) {
            paint(role, a.source(), 0);
        }
        int[] labels = new int[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            int[] counts = new int[LABELS.size()];
            for (int i = tokens.get(t).start(); i < tokens.get(t).end(); i++) {
                counts[role[i]]++;
            }
            int best = 0;
            for (int label = 1; label < LABELS.size(); label++) {
                best = counts[label] > counts[best] ? label : best;
            }
            labels[t] = best;
        }
        return labels;
    }

    private static void paint(byte[] role, Extent extent, int label) {
        if (extent == null) {
            return;
        }
        for (Span fragment : extent.fragments()) {
            for (int i = fragment.start(); i < fragment.end(); i++) {
                role[i] = (byte) label;
            }
        }
    }

    private static boolean sameTriple(AttributionTriple x, AttributionTriple y, Matching matching) {
        return AttributionTriple.sameRole(x.source(), y.source(), matching) && AttributionTriple.sameRole(x.cue(), y.cue(), matching)
                && AttributionTriple.sameRole(x.content(), y.content(), matching);
    }
}

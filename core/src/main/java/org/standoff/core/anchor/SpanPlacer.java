package org.standoff.core.anchor;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.commons.text.similarity.SimilarityInput;
import org.standoff.core.model.AnchorStatus;

/**
 * Places old spans in the new text, one at a time, in four steps (worked through in
 * {@code docs/REANCHORING.md}):
 * <ol>
 *   <li>through the {@link TextDiff}: a span with no edit inside it and no boundary inside a
 *       hunk moves with the text around it ({@code exact} or {@code shifted});</li>
 *   <li>an exact search for its old text in text the revision inserted (a move), accepted when one
 *       side of the context agrees at least {@code threshold} (a text of twice the context length
 *       or more needs no context) and no other occurrence agrees as well ({@code shifted});</li>
 *   <li>the span the edit script maps it to, when both boundaries map cleanly, each is held by
 *       unchanged text next to it (outside or inside the span), and at least {@code 1 - threshold}
 *       of its text is left by the edit script ({@code edited}, scored by how much is left): "Ana" replaced by an
 *       emoji in the same place is not the same mention;</li>
 *   <li>a fuzzy match, among the mapped span and spans anchored on the old prefix or suffix
 *       context within {@value #FUZZY_REACH} units (or four span lengths) of it, whose mean of text
 *       and context similarity reaches {@code threshold}
 *       ({@code fuzzy}); else {@code orphaned}, zero-width where its start maps to.</li>
 * </ol>
 * Similarities are normalized Levenshtein similarities on code points ({@code 1 - distance / longer length}),
 * computed by Apache Commons Text. Not thread-safe (it keeps one distance instance); one placer serves one re-anchoring.
 */
final class SpanPlacer {
    /** Typographic variants, and at the same index in {@link #PLAIN} what {@link #fold} makes of each. */
    private static final String FOLDED = "\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB"
            + "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00A0\u202F\u2007";
    private static final String PLAIN = "'''''\"\"\"\"\"\"\"-------   ";
    /** How many unchanged UTF-16 units next to a boundary hold it. */
    private static final int ANCHOR = 8;
    /** How far from where the edit script maps a span (at least; four span lengths if more) a fuzzy match is looked for, in UTF-16 units. */
    private static final int FUZZY_REACH = 256;
    /** How many occurrences of an old prefix or suffix context are tried as fuzzy anchors. */
    private static final int MAX_ANCHORS = 16;

    private final String oldText;
    private final String newText;
    private final TextDiff diff;
    private final double threshold;
    private final int context;
    private final int[] hunksBySize;
    private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();

    SpanPlacer(String oldText, String newText, TextDiff diff, ReanchorOptions options) {
        this.oldText = oldText;
        this.newText = newText;
        this.diff = diff;
        this.threshold = options.threshold();
        this.context = options.contextLength();
        this.hunksBySize = diff.hunksByInsertedLength();
    }

    /** Where old {@code [start, end)} goes. */
    Placement place(int start, int end) {
        int mappedStart = diff.mapStart(start);
        int mappedEnd = Math.max(mappedStart, diff.mapEnd(end));
        boolean clean = !diff.isInsideHunk(start) && !diff.isInsideHunk(end);
        if (start == end) {
            return new Placement(mappedStart, mappedStart, !clean ? AnchorStatus.ORPHANED
                    : mappedStart == start ? AnchorStatus.EXACT : AnchorStatus.SHIFTED, null, false);
        }
        if (clean && !diff.isEditedWithin(start, end)) {
            return new Placement(mappedStart, mappedEnd, mappedStart == start && mappedEnd == end
                    ? AnchorStatus.EXACT : AnchorStatus.SHIFTED, null, false);
        }
        Placement found = exactSearch(start, end);
        if (found != null) {
            return found;
        }
        if (clean && mappedEnd > mappedStart && isAnchored(start, end)) {
            double kept = kept(start, end, mappedStart, mappedEnd);
            if (kept >= 1 - threshold) {
                return new Placement(mappedStart, mappedEnd, AnchorStatus.EDITED, round(kept), false);
            }
        }
        Placement fuzzy = fuzzySearch(start, end, mappedStart, mappedEnd);
        return fuzzy != null ? fuzzy : new Placement(mappedStart, mappedStart, AnchorStatus.ORPHANED, null, false);
    }

    /**
     * Step 2: the old text, found whole inside inserted text with one side of its context agreeing
     * (or, for a text of at least twice the context length, on its own), and no other occurrence
     * agreeing as well.
     */
    private Placement exactSearch(int start, int end) {
        String needle = oldText.substring(start, end);
        int best = -1;
        double bestScore = -1;
        double secondScore = -1;
        for (int h : hunksBySize) {
            if (diff.newLength(h) < needle.length()) {
                break;
            }
            String inserted = newText.substring(diff.newStart(h), diff.newEnd(h));
            for (int i = inserted.indexOf(needle); i >= 0; i = inserted.indexOf(needle, i + 1)) {
                int at = diff.newStart(h) + i;
                double before = similarity(oldBefore(start), newBefore(at));
                double after = similarity(oldAfter(end), newAfter(at + needle.length()));
                if (Math.max(before, after) < threshold && needle.length() < 2 * context) {
                    continue; // a short text needs its context; a long one is its own
                }
                double score = before + after;
                if (score > bestScore) {
                    secondScore = bestScore;
                    best = at;
                    bestScore = score;
                } else if (score > secondScore) {
                    secondScore = score;
                }
            }
        }
        if (best < 0 || secondScore == bestScore) {
            return null;
        }
        AnchorStatus status = best == start ? AnchorStatus.EXACT : AnchorStatus.SHIFTED;
        return new Placement(best, best + needle.length(), status, null, true);
    }

    /**
     * How much of old {@code [start, end)} is left in new {@code [ns, ne)}, by the edit script:
     * {@code 1 - changed code points / the longer length}, typographic variants counting as unchanged.
     */
    private double kept(int start, int end, int ns, int ne) {
        int longer = Math.max(oldText.codePointCount(start, end), newText.codePointCount(ns, ne));
        return Math.max(0, 1 - (double) diff.changedCodePoints(oldText, newText, start, end, SpanPlacer::fold) / longer);
    }

    /**
     * Whether both boundaries of old {@code [start, end)} are held by unchanged text: each has
     * {@value #ANCHOR} unchanged UTF-16 units next to it, outside or inside the span (the text's
     * start and end count as unchanged). Then the edit script's placement of the span is sure,
     * however much of its own text changed.
     */
    private boolean isAnchored(int start, int end) {
        boolean startHeld = diff.isUnchanged(Math.max(0, start - ANCHOR), start)
                || start + ANCHOR <= end && diff.isUnchanged(start, start + ANCHOR);
        boolean endHeld = diff.isUnchanged(end, Math.min(oldText.length(), end + ANCHOR))
                || end - ANCHOR >= start && diff.isUnchanged(end - ANCHOR, end);
        return startHeld && endHeld;
    }

    /** Step 4: the best of the mapped span and the spans anchored on the old context. */
    private Placement fuzzySearch(int start, int end, int mappedStart, int mappedEnd) {
        int length = end - start;
        Candidates candidates = new Candidates();
        if (mappedEnd > mappedStart) {
            candidates.offer(mappedStart, mappedEnd, score(start, end, mappedStart, mappedEnd));
        }
        int reach = Math.max(FUZZY_REACH, 4 * length);
        int from = Math.max(0, mappedStart - reach);
        String near = newText.substring(from, Math.min(newText.length(), mappedEnd + reach));
        String before = oldBefore(start);
        String after = oldAfter(end);
        int found = 0;
        for (int at = before.isEmpty() ? -1 : near.indexOf(before); at >= 0 && found < MAX_ANCHORS;
                at = near.indexOf(before, at + 1), found++) {
            int candidateStart = from + at + before.length();
            int suffix = after.isEmpty() ? -1 : near.indexOf(after, candidateStart - from);
            int candidateEnd = suffix >= 0 && from + suffix - candidateStart <= 2 * length + context ? from + suffix
                    : Math.min(newText.length(), candidateStart + length);
            offerInserted(candidates, start, end, candidateStart, candidateEnd);
        }
        found = 0;
        for (int at = after.isEmpty() ? -1 : near.indexOf(after); at >= 0 && found < MAX_ANCHORS;
                at = near.indexOf(after, at + 1), found++) {
            offerInserted(candidates, start, end, Math.max(0, from + at - length), from + at);
        }
        if (candidates.best < 0 || candidates.bestScore < threshold || candidates.secondScore == candidates.bestScore) {
            return null;
        }
        return new Placement(candidates.best, candidates.bestEnd, AnchorStatus.FUZZY, round(candidates.bestScore), false);
    }

    /** Offers a context-anchored candidate that covers inserted text: unchanged old text elsewhere belongs to its own spans. */
    private void offerInserted(Candidates candidates, int start, int end, int candidateStart, int candidateEnd) {
        candidateStart = alignStart(candidateStart);
        candidateEnd = alignStart(candidateEnd);
        if (candidateEnd > candidateStart && diff.isInsertedWithin(candidateStart, candidateEnd)) {
            candidates.offer(candidateStart, candidateEnd, score(start, end, candidateStart, candidateEnd));
        }
    }

    /** The fuzzy score of new {@code [ns, ne)} for old {@code [os, oe)}: the mean of text and context similarity. */
    private double score(int os, int oe, int ns, int ne) {
        return (textSimilarity(os, oe, ns, ne) + contextSimilarity(os, oe, ns, ne)) / 2;
    }

    private double textSimilarity(int os, int oe, int ns, int ne) {
        return similarity(oldText.substring(os, oe), newText.substring(ns, ne));
    }

    /** The mean similarity of the contexts before and after. */
    private double contextSimilarity(int os, int oe, int ns, int ne) {
        return (similarity(oldBefore(os), newBefore(ns)) + similarity(oldAfter(oe), newAfter(ne))) / 2;
    }

    /**
     * {@code 1 - levenshtein / longer length}, on code points, after folding typographic variants
     * (curly and straight quotation marks, dashes, no-break spaces) to one form; 1 for two empty strings.
     */
    double similarity(String a, String b) {
        a = fold(a);
        b = fold(b);
        int longer = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        if (longer == 0) {
            return 1;
        }
        int distance = levenshtein.apply(codePoints(a), codePoints(b));
        return 1 - (double) distance / longer;
    }

    /** {@code s} with typographic variants folded: what a revision changes without changing the words. */
    static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            int at = FOLDED.indexOf(s.charAt(i));
            if (at < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s);
            }
            out.setCharAt(i, PLAIN.charAt(at));
        }
        return out == null ? s : out.toString();
    }

    private static SimilarityInput<Integer> codePoints(String s) {
        int[] points = s.codePoints().toArray();
        return new SimilarityInput<>() {
            @Override
            public Integer at(int index) {
                return points[index];
            }

            @Override
            public int length() {
                return points.length;
            }
        };
    }

    private String oldBefore(int p) {
        return oldText.substring(alignStart(oldText, Math.max(0, p - context)), p);
    }

    private String oldAfter(int p) {
        return oldText.substring(p, alignStart(oldText, Math.min(oldText.length(), p + context)));
    }

    private String newBefore(int p) {
        return newText.substring(alignStart(Math.max(0, p - context)), p);
    }

    private String newAfter(int p) {
        return newText.substring(p, alignStart(Math.min(newText.length(), p + context)));
    }

    private int alignStart(int p) {
        return alignStart(newText, p);
    }

    /** {@code p}, moved back off the middle of a surrogate pair. */
    private static int alignStart(String text, int p) {
        return p > 0 && p < text.length() && Character.isLowSurrogate(text.charAt(p))
                && Character.isHighSurrogate(text.charAt(p - 1)) ? p - 1 : p;
    }

    /** A score rounded to four decimals, as reports and files show it. */
    private static Double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    /** The best-scoring candidate so far, and the score of the best other one. */
    private static final class Candidates {
        int best = -1;
        int bestEnd;
        double bestScore = -1;
        double secondScore = -1;

        void offer(int start, int end, double score) {
            if (start == best && end == bestEnd) {
                return;
            }
            if (score > bestScore) {
                secondScore = bestScore;
                best = start;
                bestEnd = end;
                bestScore = score;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
    }
}

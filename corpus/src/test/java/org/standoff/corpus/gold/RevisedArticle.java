package org.standoff.corpus.gold;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.text.Span;

/**
 * A revision of a text, built from pieces, that knows where every old span belongs in it: the
 * evaluation set's oracle. It is independent of the re-anchoring it checks: it knows the true
 * edits, where the re-anchoring only sees the two texts.
 *
 * <p>The new text is the pieces in order. A {@link Copy} carries old text over (possibly moved); a
 * {@link Literal} is new text, either a pure insertion or a substitution for an old range (a typo
 * fix, a curly quotation mark, a converted line end, a changed word). Old text in no piece is
 * deleted.
 *
 * @param kind   the revision kind, as the report names it
 * @param old    the old text
 * @param pieces the new text's pieces, in new order
 */
record RevisedArticle(String kind, String old, List<Piece> pieces) {
    /** A piece of the new text. */
    sealed interface Piece permits Copy, Literal {
        /** The old range this piece stands for, or {@code null} for a pure insertion. */
        Span oldRange();

        /** Its length in the new text. */
        int length(String old);
    }

    /** Old text {@code [start, end)} carried over. */
    record Copy(int start, int end) implements Piece {
        @Override
        public Span oldRange() {
            return Span.of(start, end);
        }

        @Override
        public int length(String old) {
            return end - start;
        }
    }

    /** New text, replacing old {@code replaces} (a substitution) or nothing ({@code null}: an insertion). */
    record Literal(String text, Span replaces) implements Piece {
        @Override
        public Span oldRange() {
            return replaces;
        }

        @Override
        public int length(String old) {
            return text.length();
        }
    }

    /** One edit of the old text: replace {@code [start, end)} by {@code replacement}; {@code deletes} when the old text is gone rather than changed. */
    record Edit(int start, int end, String replacement, boolean deletes) {
        static Edit insert(int at, String text) {
            return new Edit(at, at, text, false);
        }

        static Edit substitute(int start, int end, String text) {
            return new Edit(start, end, text, false);
        }

        static Edit delete(int start, int end) {
            return new Edit(start, end, "", true);
        }
    }

    /** The revision of {@code old} by non-overlapping {@code edits} in old order. */
    static RevisedArticle of(String kind, String old, List<Edit> edits) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Edit edit : edits) {
            if (edit.start() < at) {
                throw new IllegalArgumentException("edits overlap or are out of order at " + edit);
            }
            if (edit.start() > at) {
                pieces.add(new Copy(at, edit.start()));
            }
            if (!edit.deletes()) {
                pieces.add(new Literal(edit.replacement(), edit.start() == edit.end() ? null : Span.of(edit.start(), edit.end())));
            }
            at = edit.end();
        }
        if (at < old.length()) {
            pieces.add(new Copy(at, old.length()));
        }
        return new RevisedArticle(kind, old, pieces);
    }

    /** The revised text. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            out.append(piece instanceof Copy ? old.substring(((Copy) piece).start(), ((Copy) piece).end()) : ((Literal) piece).text());
        }
        return out.toString();
    }

    /** What should become of old span {@code [s, e)}. */
    Expected expected(int s, int e) {
        List<Integer> touched = new ArrayList<>();
        int[] newStarts = new int[pieces.size()];
        int position = 0;
        for (int i = 0; i < pieces.size(); i++) {
            newStarts[i] = position;
            position += pieces.get(i).length(old);
            Span range = pieces.get(i).oldRange();
            if (range != null && (s == e ? range.start() <= s && s < range.end() : range.start() < e && s < range.end())) {
                touched.add(i);
            }
        }
        if (touched.isEmpty()) {
            return Expected.ORPHANED;
        }
        touched.sort((a, b) -> Integer.compare(pieces.get(a).oldRange().start(), pieces.get(b).oldRange().start()));
        Piece first = pieces.get(touched.get(0));
        Piece last = pieces.get(touched.get(touched.size() - 1));
        if (s < first.oldRange().start() || e > last.oldRange().end()) {
            return Expected.REVIEW; // it begins or ends in deleted text
        }
        for (int k = 1; k < touched.size(); k++) {
            for (int i = touched.get(k - 1) + 1; i < touched.get(k); i++) {
                if (pieces.get(i).oldRange() != null) {
                    return Expected.REVIEW; // its parts were moved apart
                }
            }
            if (touched.get(k) < touched.get(k - 1)) {
                return Expected.REVIEW;
            }
        }
        Integer start = newOffset(first, newStarts[touched.get(0)], s, true);
        Integer end = newOffset(last, newStarts[touched.get(touched.size() - 1)], e, false);
        if (start == null || end == null) {
            return Expected.REVIEW; // it begins or ends inside a substitution
        }
        return Expected.at(start, Math.max(start, end));
    }

    private static Integer newOffset(Piece piece, int newStart, int p, boolean isStart) {
        if (piece instanceof Copy) {
            return newStart + p - ((Copy) piece).start();
        }
        Literal literal = (Literal) piece;
        if (p == literal.replaces().start() && isStart || p == literal.replaces().start() && literal.replaces().isEmpty()) {
            return newStart;
        }
        if (p == literal.replaces().end() && !isStart) {
            return newStart + literal.text().length();
        }
        return null;
    }

    /**
     * The expected outcome for one old span: a position, orphaned, or "review" (any flagged placement
     * is right: the span began or ended in text that was deleted, substituted or moved apart).
     */
    record Expected(Span position, boolean orphaned) {
        static final Expected ORPHANED = new Expected(null, true);
        static final Expected REVIEW = new Expected(null, false);

        static Expected at(int start, int end) {
            return new Expected(Span.of(start, end), false);
        }

        boolean isReview() {
            return position == null && !orphaned;
        }
    }
}

package org.standoff.core.anchor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * The edit script between an old and a new text as a sorted list of hunks, each replacing old
 * {@code [oldStart, oldEnd)} by new {@code [newStart, newEnd)} (either may be empty); between hunks
 * the texts are equal. Offsets are UTF-16 code units, and no hunk boundary splits a surrogate pair:
 * the script is computed on code points by Apache Commons Text's {@link StringsComparator} (Myers'
 * O((n + m) d) algorithm).
 *
 * <p>The problem is made small before the diff: the common prefix and suffix are cut off, the rest
 * is diffed line by line (each line's content and each line terminator is one symbol, so converted
 * line ends change only terminators), the lines that changed word by word, and the words that
 * changed code point by code point. A finer diff of a replaced piece is used only when it keeps at
 * least half of it; otherwise the piece stays one replacement, so that a paragraph moved past
 * another is not aligned word by word with it. Pure insertions and deletions are then slid to word,
 * sentence and line boundaries ({@link Hunks#slide}). When a side has more than 65,535 distinct symbols (the comparator works on {@code char}s),
 * that level is skipped; when a hunk has that many distinct code points it stays one replacement.
 *
 * <p>Immutable and thread-safe.
 */
final class TextDiff {
    private static final int MAX_SYMBOLS = 65_536;
    /**
     * The least share of a replaced piece that a finer diff must keep (twice the kept length over
     * both lengths) for its alignment to be used: below it the two sides are different text (a
     * paragraph moved past another), and aligning their common words would move spans onto
     * unrelated words.
     */
    private static final double MIN_ALIGNED = 0.5;

    private final int[] oldStarts;
    private final int[] oldEnds;
    private final int[] newStarts;
    private final int[] newEnds;
    private final int count;

    private TextDiff(Hunks hunks) {
        this.oldStarts = Arrays.copyOf(hunks.oldStarts, hunks.count);
        this.oldEnds = Arrays.copyOf(hunks.oldEnds, hunks.count);
        this.newStarts = Arrays.copyOf(hunks.newStarts, hunks.count);
        this.newEnds = Arrays.copyOf(hunks.newEnds, hunks.count);
        this.count = hunks.count;
    }

    /** The edit script turning {@code oldText} into {@code newText}. */
    static TextDiff of(String oldText, String newText) {
        int prefix = commonPrefix(oldText, newText);
        int suffix = commonSuffix(oldText, newText, prefix);
        Hunks hunks = new Hunks();
        int oldEnd = oldText.length() - suffix;
        int newEnd = newText.length() - suffix;
        if (prefix < oldEnd || prefix < newEnd) {
            diff(Level.LINES, oldText, prefix, oldEnd, newText, prefix, newEnd, hunks);
            hunks.slide(oldText, newText);
        }
        return new TextDiff(hunks);
    }

    /** The number of hunks. */
    int hunkCount() {
        return count;
    }

    /** The hunk indexes, those that insert the longest text first. */
    int[] hunksByInsertedLength() {
        return java.util.stream.IntStream.range(0, count).boxed()
                .sorted((a, b) -> Integer.compare(newLength(b), newLength(a)))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Where hunk {@code h}'s old text starts. */
    int oldStart(int h) {
        return oldStarts[h];
    }

    /** Where hunk {@code h}'s old text ends. */
    int oldEnd(int h) {
        return oldEnds[h];
    }

    /** Where hunk {@code h}'s new text starts. */
    int newStart(int h) {
        return newStarts[h];
    }

    /** Where hunk {@code h}'s new text ends. */
    int newEnd(int h) {
        return newEnds[h];
    }

    /** The length of hunk {@code h}'s new text. */
    int newLength(int h) {
        return newEnds[h] - newStarts[h];
    }

    /** Whether the texts are equal. */
    boolean isEmpty() {
        return count == 0;
    }

    /**
     * Where the start of a span at old offset {@code p} goes: text replaced at the span's start
     * belongs to the span, text inserted at it does not. A {@code p} strictly inside a hunk maps to
     * the hunk's new start.
     */
    int mapStart(int p) {
        int h = hunkAtOrBefore(p);
        if (h < 0) {
            return p;
        }
        if (p >= oldEnds[h]) {
            return p + newEnds[h] - oldEnds[h];
        }
        return oldStarts[h] == oldEnds[h] ? newEnds[h] : newStarts[h];
    }

    /**
     * Where the end of a span at old offset {@code p} goes: text replaced at the span's end belongs
     * to the span, text inserted at it does not. A {@code p} strictly inside a hunk maps to the
     * hunk's new end.
     */
    int mapEnd(int p) {
        int h = hunkAtOrBefore(p);
        if (h < 0) {
            return p;
        }
        if (p == oldStarts[h]) {
            return newStarts[h];
        }
        return p >= oldEnds[h] ? p + newEnds[h] - oldEnds[h] : newEnds[h];
    }

    /** Whether old offset {@code p} lies strictly inside a hunk's old range (the characters on both sides of it changed). */
    boolean isInsideHunk(int p) {
        int h = hunkAtOrBefore(p);
        return h >= 0 && oldStarts[h] < p && p < oldEnds[h];
    }

    /**
     * Whether the text of old {@code [start, end)} was edited: a hunk deletes part of it, or inserts
     * strictly inside it. Never for an empty span.
     */
    boolean isEditedWithin(int start, int end) {
        if (start >= end) {
            return false;
        }
        int h = hunkAtOrBefore(end);
        if (h >= 0 && oldStarts[h] == end) {
            h--; // a hunk starting at the end is outside
        }
        if (h < 0) {
            return false;
        }
        return oldEnds[h] > start && (oldStarts[h] < oldEnds[h] || oldStarts[h] > start);
    }

    /** Whether the revision left old {@code [from, to)} alone: no hunk deletes from it or inserts strictly inside it. */
    boolean isUnchanged(int from, int to) {
        int h = hunkAtOrBefore(to);
        while (h >= 0 && oldEnds[h] >= from) {
            boolean deletesInside = oldStarts[h] < to && oldEnds[h] > from;
            boolean insertsInside = oldStarts[h] == oldEnds[h] && oldStarts[h] > from && oldStarts[h] < to;
            if (deletesInside || insertsInside) {
                return false;
            }
            h--;
        }
        return true;
    }

    /**
     * How many code points of old {@code [start, end)} the edit script changes, for a span whose
     * boundaries are not inside a hunk (so every hunk it touches lies wholly in it): each hunk counts
     * the longer of its two sides, and nothing when both sides are the same text but for
     * typographic variants ({@code fold}).
     */
    int changedCodePoints(String oldText, String newText, int start, int end, java.util.function.UnaryOperator<String> fold) {
        int h = hunkAtOrBefore(end);
        int changed = 0;
        for (; h >= 0 && oldEnds[h] >= start; h--) {
            boolean inside = oldStarts[h] < oldEnds[h] ? oldStarts[h] < end && oldEnds[h] > start
                    : oldStarts[h] > start && oldStarts[h] < end;
            if (!inside) {
                continue;
            }
            String before = oldText.substring(oldStarts[h], oldEnds[h]);
            String after = newText.substring(newStarts[h], newEnds[h]);
            if (!fold.apply(before).equals(fold.apply(after))) {
                changed += Math.max(before.codePointCount(0, before.length()), after.codePointCount(0, after.length()));
            }
        }
        return changed;
    }

    /** Whether new {@code [start, end)} overlaps text that the revision inserted (the new side of a hunk). */
    boolean isInsertedWithin(int start, int end) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (newEnds[mid] <= start) {
                lo = mid + 1;
            } else if (newStarts[mid] >= end) {
                hi = mid - 1;
            } else {
                return newStarts[mid] < newEnds[mid];
            }
        }
        return false;
    }

    /** The last hunk whose old start is at or before {@code p}, or -1. */
    private int hunkAtOrBefore(int p) {
        int i = Arrays.binarySearch(oldStarts, 0, count, p);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < count && oldStarts[i + 1] == p) {
            i++; // cannot happen (hunks are separated by equal text) but keeps the search honest
        }
        return i;
    }

    /** The common prefix of whole lines: cutting a line would align its end with another line's. */
    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return i;
        }
        while (i > 0 && !isLineEnd(a.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The common suffix of whole lines, not overlapping {@code prefix}. */
    private static int commonSuffix(String a, String b, int prefix) {
        int n = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        while (i > 0 && a.length() - i > prefix && !isLineEnd(a.charAt(a.length() - i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    /** The levels of the diff, coarse to fine: each diffs the hunks the one before found. */
    private enum Level {
        LINES, WORDS, CODE_POINTS;

        /** The offsets where this level's symbols in {@code [from, to)} start, and {@code to}. */
        int[] bounds(String text, int from, int to) {
            int[] bounds = new int[16];
            int n = 0;
            int i = from;
            while (i < to) {
                bounds = grow(bounds, n);
                bounds[n++] = i;
                i = symbolEnd(text, i, to);
            }
            bounds = grow(bounds, n);
            bounds[n++] = to;
            return Arrays.copyOf(bounds, n);
        }

        /**
         * Where the symbol starting at {@code i} ends: a line is a run of characters other than
         * {@code \r} and {@code \n}, each of which is a line of its own; a word is a run of letters
         * and digits, any other code point one of its own.
         */
        private int symbolEnd(String text, int i, int to) {
            int c = text.codePointAt(i);
            int end = i + Character.charCount(c);
            if (this == CODE_POINTS || this == LINES && (c == '\n' || c == '\r')
                    || this == WORDS && !Character.isLetterOrDigit(c)) {
                return end;
            }
            while (end < to) {
                int next = text.codePointAt(end);
                if (this == LINES ? next == '\n' || next == '\r' : !Character.isLetterOrDigit(next)) {
                    break;
                }
                end += Character.charCount(next);
            }
            return end;
        }
    }

    /**
     * Diffs old {@code [os, oe)} against new {@code [ns, ne)} at {@code level}, and each hunk that
     * replaces something by something at the next level; a pure insertion or deletion is final.
     */
    private static void diff(Level level, String oldText, int os, int oe, String newText, int ns, int ne, Hunks hunks) {
        if (os == oe || ns == ne) {
            hunks.add(os, oe, ns, ne);
            return;
        }
        int[] oldBounds = level.bounds(oldText, os, oe);
        int[] newBounds = level.bounds(newText, ns, ne);
        Symbols symbols = new Symbols();
        String left = symbols.of(oldText, oldBounds);
        String right = left == null ? null : symbols.of(newText, newBounds);
        Level next = level == Level.CODE_POINTS ? null : Level.values()[level.ordinal() + 1];
        if (right == null) {
            if (next == null) {
                hunks.add(os, oe, ns, ne); // too many distinct code points: one replacement
            } else {
                diff(next, oldText, os, oe, newText, ns, ne, hunks);
            }
            return;
        }
        visit(left, right, new Grouper() {
            @Override
            void hunk(int oldFrom, int oldTo, int newFrom, int newTo) {
                int os = oldBounds[oldFrom];
                int oe = oldBounds[oldTo];
                int ns = newBounds[newFrom];
                int ne = newBounds[newTo];
                if (next == null || os == oe || ns == ne) {
                    hunks.add(os, oe, ns, ne);
                    return;
                }
                Hunks finer = new Hunks();
                diff(next, oldText, os, oe, newText, ns, ne, finer);
                if (2.0 * (oe - os - finer.deletedLength()) / (oe - os + ne - ns) < MIN_ALIGNED) {
                    hunks.add(os, oe, ns, ne); // unrelated texts: their common words are no alignment
                } else {
                    hunks.addAll(finer);
                }
            }
        });
    }

    /** Runs the comparator on two symbol strings and reports every hunk, the last one included. */
    private static void visit(String left, String right, Grouper grouper) {
        new StringsComparator(left, right).getScript().visit(grouper);
        grouper.finish();
    }

    private static int[] grow(int[] array, int size) {
        return size < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }

    /** Distinct pieces of text, each as one {@code char}, shared by both sides of one diff. */
    private static final class Symbols {
        private final Map<String, Character> ids = new HashMap<>();

        /** The pieces between consecutive {@code bounds} as symbols, or {@code null} when there are too many distinct ones. */
        String of(String text, int[] bounds) {
            StringBuilder out = new StringBuilder(bounds.length - 1);
            for (int i = 0; i + 1 < bounds.length; i++) {
                Character symbol = ids.computeIfAbsent(text.substring(bounds[i], bounds[i + 1]), key -> (char) ids.size());
                if (ids.size() > MAX_SYMBOLS) {
                    return null;
                }
                out.append(symbol.charValue());
            }
            return out.toString();
        }
    }

    /** Walks an edit script and reports each run of deletions and insertions between kept symbols as one hunk of symbol indexes. */
    private abstract static class Grouper implements CommandVisitor<Character> {
        private int oldAt;
        private int newAt;
        private int oldFrom = -1;
        private int newFrom;

        abstract void hunk(int oldFrom, int oldTo, int newFrom, int newTo);

        @Override
        public void visitKeepCommand(Character symbol) {
            close();
            oldAt++;
            newAt++;
        }

        @Override
        public void visitDeleteCommand(Character symbol) {
            open();
            oldAt++;
        }

        @Override
        public void visitInsertCommand(Character symbol) {
            open();
            newAt++;
        }

        private void open() {
            if (oldFrom < 0) {
                oldFrom = oldAt;
                newFrom = newAt;
            }
        }

        private void close() {
            if (oldFrom >= 0) {
                hunk(oldFrom, oldAt, newFrom, newAt);
                oldFrom = -1;
            }
        }

        /** Reports the last hunk: the script has no command after it. */
        void finish() {
            close();
        }
    }

    /** Hunks as they are found, in order. */
    private static final class Hunks {
        int[] oldStarts = new int[8];
        int[] oldEnds = new int[8];
        int[] newStarts = new int[8];
        int[] newEnds = new int[8];
        int count;

        /** The old text length the hunks replace. */
        int deletedLength() {
            int length = 0;
            for (int i = 0; i < count; i++) {
                length += oldEnds[i] - oldStarts[i];
            }
            return length;
        }

        void addAll(Hunks other) {
            for (int i = 0; i < other.count; i++) {
                add(other.oldStarts[i], other.oldEnds[i], other.newStarts[i], other.newEnds[i]);
            }
        }

        void add(int os, int oe, int ns, int ne) {
            if (os == oe && ns == ne) {
                return;
            }
            if (count == oldStarts.length) {
                oldStarts = Arrays.copyOf(oldStarts, count * 2);
                oldEnds = Arrays.copyOf(oldEnds, count * 2);
                newStarts = Arrays.copyOf(newStarts, count * 2);
                newEnds = Arrays.copyOf(newEnds, count * 2);
            }
            if (count > 0 && oldEnds[count - 1] == os && newEnds[count - 1] == ns) {
                oldEnds[count - 1] = oe; // touching hunks from two lines are one
                newEnds[count - 1] = ne;
                return;
            }
            oldStarts[count] = os;
            oldEnds[count] = oe;
            newStarts[count] = ns;
            newEnds[count] = ne;
            count++;
        }

        /**
         * Slides every pure insertion and deletion along the equal text around it (where its first
         * and last characters make that possible) to the place whose edges lie best on word,
         * sentence and line boundaries, as diff-match-patch's semantic clean-up does: deleting
         * {@code " Jiang said so."} after {@code "reported."} rather than {@code ". Jiang said so"}.
         */
        void slide(String oldText, String newText) {
            for (int h = 0; h < count; h++) {
                boolean deletion = newStarts[h] == newEnds[h];
                if (deletion == (oldStarts[h] == oldEnds[h])) {
                    continue; // a replacement, or empty
                }
                String text = deletion ? oldText : newText;
                int[] starts = deletion ? oldStarts : newStarts;
                int[] ends = deletion ? oldEnds : newEnds;
                int low = h == 0 ? 0 : ends == oldEnds ? oldEnds[h - 1] : newEnds[h - 1];
                int high = h + 1 == count ? text.length() : starts == oldStarts ? oldStarts[h + 1] : newStarts[h + 1];
                int offset = 0;
                while (starts[h] + offset > low && slidable(text, starts[h] + offset - 1, ends[h] + offset - 1)) {
                    offset--;
                }
                int best = offset;
                int bestScore = -1;
                for (; ; offset++) {
                    int score = edge(text, starts[h] + offset) + edge(text, ends[h] + offset);
                    if (score >= bestScore) {
                        best = offset;
                        bestScore = score;
                    }
                    if (ends[h] + offset >= high || !slidable(text, starts[h] + offset, ends[h] + offset)) {
                        break;
                    }
                }
                oldStarts[h] += best;
                oldEnds[h] += best;
                newStarts[h] += best;
                newEnds[h] += best;
            }
        }

        /** Whether the characters at {@code i} and {@code j} are equal and not halves of surrogate pairs. */
        private static boolean slidable(String text, int i, int j) {
            char a = text.charAt(i);
            return a == text.charAt(j) && !Character.isSurrogate(a);
        }

        /** How good a boundary offset {@code p} of {@code text} is for an edit: 6 at the ends, 5 at a line end, down to 0 inside a word. */
        private static int edge(String text, int p) {
            if (p <= 0 || p >= text.length()) {
                return 6;
            }
            char x = text.charAt(p - 1);
            char y = text.charAt(p);
            if (x == '\n' || x == '\r' || y == '\n' || y == '\r') {
                return 5;
            }
            if ((x == '.' || x == '!' || x == '?') && Character.isWhitespace(y)) {
                return 4;
            }
            if (Character.isWhitespace(x) || Character.isWhitespace(y)) {
                return 3;
            }
            return Character.isLetterOrDigit(x) && Character.isLetterOrDigit(y) ? 0 : 2;
        }
    }
}

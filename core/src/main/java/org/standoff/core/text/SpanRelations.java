package org.standoff.core.text;

/**
 * The relations between two {@link Span}s, and between a span and a point: the one place where
 * Standoff defines them. {@link SpanIndex} answers exactly these relations, and nothing else
 * re-implements them.
 *
 * <p>All spans count UTF-16 code units and are half-open. A zero-width span {@code [p, p)} covers
 * no code unit; for {@link #overlaps}, {@link #precedes}, {@link #follows} and {@link #contains} it
 * stands <em>at</em> the code unit that starts at {@code p}, as a caret before that unit would. In
 * other words these four treat {@code [p, p)} as if it occupied {@code [p, p + 1)}, which gives two
 * laws the tests check:
 * <ul>
 *   <li>for any two spans exactly one of {@code precedes(a, b)}, {@code overlaps(a, b)},
 *       {@code follows(a, b)} holds;</li>
 *   <li>{@code overlaps} is symmetric and reflexive: every span, zero-width or not, overlaps itself.</li>
 * </ul>
 * {@link #covers} and {@link #coveredBy} instead compare the ranges as they are, so a zero-width
 * span at the very end of {@code a} is covered by {@code a} without overlapping it:
 * <pre>
 *   a: [----)     a = [0, 5)    covers(a, b)    true   (0 &lt;= 5 &amp;&amp; 5 &lt;= 5)
 *   b:      |     b = [5, 5)    overlaps(a, b)  false  (b stands at the unit after a)
 *                               precedes(a, b)  true
 * </pre>
 *
 * <p>Every method takes non-null spans (a null throws {@link NullPointerException}), is pure and
 * is safe to call from any thread.
 */
public final class SpanRelations {

    private SpanRelations() {
    }

    /**
     * Whether {@code a} covers {@code b}: {@code a.start <= b.start && b.end <= a.end}. Every span
     * covers itself. Zero-width cases: {@code [3, 8)} covers {@code [3, 3)}, {@code [5, 5)} and
     * {@code [8, 8)}; {@code [5, 5)} covers only {@code [5, 5)}.
     */
    public static boolean covers(Span a, Span b) {
        return a.start() <= b.start() && b.end() <= a.end();
    }

    /**
     * Whether {@code a} lies inside {@code b}: {@code covers(b, a)}, i.e.
     * {@code b.start <= a.start && a.end <= b.end}. A zero-width {@code a} is covered by every span
     * whose closed range {@code [b.start, b.end]} holds its position, ends included.
     */
    public static boolean coveredBy(Span a, Span b) {
        return covers(b, a);
    }

    /**
     * Whether {@code a} and {@code b} have the same start and the same end (they are equal spans).
     * Two zero-width spans are colocated when they stand at the same point.
     */
    public static boolean colocated(Span a, Span b) {
        return a.start() == b.start() && a.end() == b.end();
    }

    /**
     * Whether {@code a} and {@code b} overlap: they share at least one code unit, or one of them is
     * zero-width at a point where the other one starts or which lies strictly inside it. Formally,
     * with {@code end' = max(end, start + 1)}: {@code a.start < b.end' && b.start < a.end'}.
     * <pre>
     *   a: [----)                 a: [----)
     *   b:    [---)  overlap      b:      [--)  no: b starts where a ends
     *
     *   a: [----)                 a: [----)
     *   b: |         overlap      b:   |        overlap: strictly inside
     *
     *   a: [----)                 a:   |
     *   b:      |    no: at end   b:   |        overlap: colocated
     * </pre>
     * Symmetric and reflexive.
     */
    public static boolean overlaps(Span a, Span b) {
        return a.start() < occupiedEnd(b) && b.start() < occupiedEnd(a);
    }

    /**
     * Whether {@code a} lies wholly before {@code b}: {@code max(a.end, a.start + 1) <= b.start},
     * which for a non-empty {@code a} is {@code a.end <= b.start} (touching counts). A zero-width
     * {@code a = [p, p)} precedes {@code b} only when {@code p < b.start}; a zero-width {@code b}
     * at {@code a}'s end is preceded by {@code a}. Never true together with {@link #overlaps}; so a
     * span never precedes itself.
     */
    public static boolean precedes(Span a, Span b) {
        return occupiedEnd(a) <= b.start();
    }

    /**
     * Whether {@code a} lies wholly after {@code b}: {@code precedes(b, a)}. A zero-width
     * {@code a = [p, p)} follows every non-empty {@code b} with {@code b.end <= p}, and a
     * zero-width {@code b = [q, q)} with {@code q < p}.
     */
    public static boolean follows(Span a, Span b) {
        return precedes(b, a);
    }

    /**
     * Whether {@code span} is at {@code point}, a UTF-16 offset: {@code overlaps(span, [point, point))}.
     * For a non-empty span this is {@code start <= point < end}, the code unit starting at
     * {@code point} lies in it (its end is excluded); a zero-width span contains only its own
     * position. {@link SpanIndex#at(int)} answers this relation.
     * <pre>
     *   span: [----)    points 0..4 yes, 5 no
     *   span:   |       point 2 yes, every other no
     * </pre>
     */
    public static boolean contains(Span span, int point) {
        return span.start() <= point && point < occupiedEnd(span);
    }

    /**
     * The end of the range a span occupies for overlaps/precedes/follows: {@code end}, or
     * {@code start + 1} for a zero-width span. A long, so that a span at {@code Integer.MAX_VALUE}
     * does not overflow.
     */
    private static long occupiedEnd(Span span) {
        return Math.max(span.end(), span.start() + 1L);
    }
}

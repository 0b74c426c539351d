package org.standoff.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.core.text.SpanRelationsTest.Relation.COLOCATED;
import static org.standoff.core.text.SpanRelationsTest.Relation.COVERED_BY;
import static org.standoff.core.text.SpanRelationsTest.Relation.COVERS;
import static org.standoff.core.text.SpanRelationsTest.Relation.FOLLOWS;
import static org.standoff.core.text.SpanRelationsTest.Relation.OVERLAPS;
import static org.standoff.core.text.SpanRelationsTest.Relation.PRECEDES;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The span relations, case by case. Each case is drawn, and the drawing is the data: a span is
 * {@code [} at its start and {@code )} at its end, one column per UTF-16 offset, so {@code "[--)"}
 * is {@code [0, 3)}; a zero-width span is a {@code |} at its position; a point is a {@code ^}.
 * Every case lists all the relations that hold from a to b, and checks that the others do not.
 */
class SpanRelationsTest {

    enum Relation {
        COVERS(SpanRelations::covers),
        COVERED_BY(SpanRelations::coveredBy),
        COLOCATED(SpanRelations::colocated),
        OVERLAPS(SpanRelations::overlaps),
        PRECEDES(SpanRelations::precedes),
        FOLLOWS(SpanRelations::follows);

        private final BiPredicate<Span, Span> holds;

        Relation(BiPredicate<Span, Span> holds) {
            this.holds = holds;
        }
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                // two non-empty spans
                pair("[--)      ",
                     "     [--) ", PRECEDES),
                pair("[----)    ",
                     "     [--) ", PRECEDES),
                pair("[----)    ",
                     "   [---)  ", OVERLAPS),
                pair("   [---)  ",
                     "[----)    ", OVERLAPS),
                pair("[-------) ",
                     "  [--)    ", COVERS, OVERLAPS),
                pair("  [--)    ",
                     "[-------) ", COVERED_BY, OVERLAPS),
                pair("[---)     ",
                     "[------)  ", COVERED_BY, OVERLAPS),
                pair("   [---)  ",
                     "[------)  ", COVERED_BY, OVERLAPS),
                pair("[---)     ",
                     "[---)     ", COLOCATED, COVERS, COVERED_BY, OVERLAPS),
                pair("     [--) ",
                     "[--)      ", FOLLOWS),
                pair("[)        ",
                     " [)       ", PRECEDES),
                // a zero-width span and a non-empty one
                pair("|         ",
                     "[---)     ", COVERED_BY, OVERLAPS),
                pair("  |       ",
                     "[---)     ", COVERED_BY, OVERLAPS),
                pair("    |     ",
                     "[---)     ", COVERED_BY, FOLLOWS),
                pair("      |   ",
                     "[---)     ", FOLLOWS),
                pair("|         ",
                     "  [---)   ", PRECEDES),
                pair("[---)     ",
                     "|         ", COVERS, OVERLAPS),
                pair("[---)     ",
                     "  |       ", COVERS, OVERLAPS),
                pair("[---)     ",
                     "    |     ", COVERS, PRECEDES),
                pair("  [---)   ",
                     "|         ", FOLLOWS),
                pair("[)        ",
                     "|         ", COVERS, OVERLAPS),
                pair(" |        ",
                     "[)        ", COVERED_BY, FOLLOWS),
                // two zero-width spans
                pair("  |       ",
                     "  |       ", COLOCATED, COVERS, COVERED_BY, OVERLAPS),
                pair("  |       ",
                     "   |      ", PRECEDES),
                pair("   |      ",
                     "  |       ", FOLLOWS));
    }

    @ParameterizedTest(name = "a: {0}  b: {1}  -> {2}")
    @MethodSource("pairs")
    void relationsHoldExactlyAsDrawn(String a, String b, Set<Relation> expected) {
        Span spanA = draw(a);
        Span spanB = draw(b);
        for (Relation relation : Relation.values()) {
            assertThat(relation.holds.test(spanA, spanB))
                    .as("%s(%s, %s)", relation, spanA, spanB)
                    .isEqualTo(expected.contains(relation));
        }
    }

    static Stream<Arguments> points() {
        return Stream.of(
                point("[----)    ",
                      "^         ", true),
                point("[----)    ",
                      "    ^     ", true),
                point("[----)    ",
                      "     ^    ", false),
                point("  [--)    ",
                      " ^        ", false),
                point("  |       ",
                      "  ^       ", true),
                point("  |       ",
                      "   ^      ", false),
                point("  |       ",
                      " ^        ", false),
                point("[)        ",
                      "^         ", true),
                point("[)        ",
                      " ^        ", false));
    }

    @ParameterizedTest(name = "span: {0}  point: {1}  -> {2}")
    @MethodSource("points")
    void containsPointAsDrawn(String span, String point, boolean expected) {
        assertThat(SpanRelations.contains(draw(span), point.indexOf('^'))).isEqualTo(expected);
    }

    private static Arguments pair(String a, String b, Relation... holding) {
        Set<Relation> expected = EnumSet.noneOf(Relation.class);
        expected.addAll(Set.of(holding));
        return Arguments.of(a, b, expected);
    }

    private static Arguments point(String span, String point, boolean expected) {
        return Arguments.of(span, point, expected);
    }

    /** The span a drawing shows: {@code "  [--)"} is [2, 5), {@code "   |"} is [3, 3). */
    static Span draw(String drawing) {
        int zeroWidth = drawing.indexOf('|');
        if (zeroWidth >= 0) {
            return Span.at(zeroWidth);
        }
        return Span.of(drawing.indexOf('['), drawing.indexOf(')'));
    }
}

package org.standoff.corpus.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Extent;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.Span;

class QuotationsTest {
    private static Quotations.Inferred whole(String text) {
        return Quotations.infer(text, Extent.of(0, text.length()));
    }

    @Test
    void oneCurlyQuotationIsDirectEvenWithPunctuationAfterIt() {
        assertEquals(QuoteType.DIRECT, whole("“gifted hands, enhanced imagination.”").type());
        assertEquals(QuoteType.DIRECT, whole("\"We will win,\"").type());
        assertEquals(QuoteType.DIRECT, whole("“We will win”.").type());
    }

    @Test
    void paragraphsReopenedWithoutClosingAreOneQuotation() {
        assertEquals(QuoteType.DIRECT, whole("“The numbers do not add up.\n\n“Not one of them,”").type());
    }

    @Test
    void quotedPartsMakeAMixedQuoteWithEachPartVerbatim() {
        String text = "the plan is “a fantasy” and “a scandal” for them";
        Quotations.Inferred inferred = whole(text);
        assertEquals(QuoteType.MIXED, inferred.type());
        assertEquals(List.of("“a fantasy”", "“a scandal”"),
                inferred.verbatim().stream().map(s -> text.substring(s.start(), s.end())).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void apostrophesAndSingleMarksDoNotQuote() {
        assertEquals(QuoteType.INDIRECT, whole("that he doesn’t ‘really’ like it").type());
    }

    @Test
    void aQuotationOverTwoFragmentsIsDirectAndNotVerbatimAcrossTheGap() {
        String text = "“We will win,” he said, “and win big.”";
        Extent two = Extent.of(new Span(0, 14), new Span(24, text.length()));
        assertEquals(QuoteType.DIRECT, Quotations.infer(text, two).type());
        String mixed = "that “we will win” he said and more";
        Quotations.Inferred inferred = Quotations.infer(mixed, Extent.of(new Span(0, 11), new Span(14, mixed.length())));
        assertEquals(QuoteType.MIXED, inferred.type());
        assertEquals(List.of(new Span(5, 11), new Span(14, 18)), inferred.verbatim());
    }

    /** Verbatim parts lie inside the content's fragments, in order, only for MIXED; INDIRECT exactly when no double mark is inside. */
    @Property
    void verbatimPartsLieInsideTheFragments(@ForAll @Chars({'a', ' ', '.', '"', '“', '”', '’', '\n'}) @CharRange(from = 'b', to = 'c') char[] chars,
                                           @ForAll @IntRange(min = 0, max = 40) int cut) {
        String text = new String(chars);
        int middle = Math.min(cut, text.length());
        Extent extent = middle == 0 || middle == text.length() ? Extent.of(0, text.length())
                : Extent.of(new Span(0, middle / 2), new Span(middle, text.length()));
        Quotations.Inferred inferred = Quotations.infer(text, extent);
        if (inferred.type() != QuoteType.MIXED) {
            assertTrue(inferred.verbatim().isEmpty());
        }
        for (Span part : inferred.verbatim()) {
            assertTrue(extent.fragments().stream().anyMatch(f -> f.start() <= part.start() && part.end() <= f.end()), part::toString);
        }
        boolean opening = extent.coveredText(text).chars().anyMatch(c -> "\"“„«".indexOf(c) >= 0);
        assertEquals(!opening, inferred.type() == QuoteType.INDIRECT, () -> "in " + text);
    }
}

package org.standoff.corpus.gold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standoff.core.text.Span;

class LocatorResolverTest {
    //                                            0         1         2         3
    //                                            0123456789012345678901234567890123456
    private final LocatorResolver resolver = new LocatorResolver("Jiang said. Putin said. Jiang smiled.");

    @Test
    void uniqueTextNeedsNoContext() {
        assertThat(resolver.resolve(new Locator("Putin", null, 0)).span()).isEqualTo(Span.of(12, 17));
    }

    @Test
    void ambiguousTextIsRefusedWithTheCount() {
        LocatorResolver.Resolution resolution = resolver.resolve(new Locator("said", null, 0));
        assertThat(resolution.isResolved()).isFalse();
        assertThat(resolution.problem()).isEqualTo("\"said\" occurs 2 times in the article; add in: (a unique context) or nth:");
    }

    @Test
    void missingTextIsRefused() {
        assertThat(resolver.resolve(new Locator("Yeltsin", null, 0)).problem())
                .isEqualTo("\"Yeltsin\" occurs 0 times in the article");
    }

    @Test
    void contextPicksTheFirstOccurrenceInsideIt() {
        assertThat(resolver.resolve(new Locator("said", "Putin said", 0)).span()).isEqualTo(Span.of(18, 22));
    }

    @Test
    void contextMustBeUnique() {
        assertThat(resolver.resolve(new Locator("Jiang", "Jiang", 0)).problem())
                .isEqualTo("context \"Jiang\" occurs 2 times in the article, expected exactly once");
    }

    @Test
    void nthCountsOccurrencesInTheArticleOrTheContext() {
        assertThat(resolver.resolve(new Locator("Jiang", null, 2)).span()).isEqualTo(Span.of(24, 29));
        assertThat(resolver.resolve(new Locator("a", "Jiang said", 2)).span()).isEqualTo(Span.of(7, 8));
        assertThat(resolver.resolve(new Locator("Jiang", null, 3)).problem())
                .isEqualTo("\"Jiang\" occurs 2 times in the article, so there is no occurrence 3");
    }

    @Test
    void overlappingOccurrencesCount() {
        LocatorResolver overlapping = new LocatorResolver("aaa");
        assertThat(overlapping.resolve(new Locator("aa", null, 2)).span()).isEqualTo(Span.of(1, 3));
    }

    @Test
    void withinLimitsTheSearchToARange() {
        assertThat(resolver.resolve(new Locator("said", null, 0), Span.of(12, 23)).span()).isEqualTo(Span.of(18, 22));
        assertThat(resolver.resolve(new Locator("said", null, 0), Span.of(12, 21)).problem())
                .isEqualTo("\"said\" occurs 0 times in the range [12, 21)");
    }
}

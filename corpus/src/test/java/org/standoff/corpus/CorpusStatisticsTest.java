package org.standoff.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.SegmentType;

/** Exact counts of the shipped gold corpus. */
class CorpusStatisticsTest {
    private static final CorpusStatistics STATISTICS = Corpus.shipped().statistics();

    @Test
    void countsAnnotationsPerKindAndType() {
        assertThat(STATISTICS.documents()).isEqualTo(1);
        assertThat(STATISTICS.annotationsPerKind()).containsExactly(entry("Entity", 40), entry("Segment", 983),
                entry("Mention", 155), entry("Quote", 37), entry("Cue", 34), entry("Attribution", 34), entry("Claim", 57));
        assertThat(STATISTICS.segmentsPerType()).containsExactly(entry(SegmentType.HEADLINE, 1),
                entry(SegmentType.BOILERPLATE, 2), entry(SegmentType.PARAGRAPH, 24), entry(SegmentType.SENTENCE, 39),
                entry(SegmentType.TOKEN, 917));
        assertThat(STATISTICS.mentionsPerType()).containsExactly(entry(MentionType.NAME, 84),
                entry(MentionType.NOMINAL, 30), entry(MentionType.PRONOUN, 30), entry(MentionType.LIST, 11));
        assertThat(STATISTICS.quotesPerType()).containsExactly(entry(QuoteType.DIRECT, 10), entry(QuoteType.INDIRECT, 21),
                entry(QuoteType.MIXED, 6));
    }

    @Test
    void countsQuotesPerSpeakerLargestFirst() {
        assertThat(STATISTICS.quotesPerSpeaker()).containsExactly(
                entry("Vladimir Putin and Jiang Zemin", 9), entry("Jiang Zemin", 7),
                entry("Russian-Chinese friendship treaty (2001)", 4), entry("Russia", 3), entry("Russia and China", 3),
                entry("Vladimir Putin", 3), entry("Beijing (the Chinese government)", 2),
                entry(CorpusStatistics.NO_SOURCE, 1), entry("Boris Yeltsin", 1), entry("Interfax", 1),
                entry("People's Republic of China", 1), entry("some analysts", 1), entry("some people in Russia", 1));
    }

    @Test
    void countsClaimsPerClaimantAndType() {
        assertThat(STATISTICS.claimsPerClaimant()).containsExactly(
                entry("article author", 28), entry("Vladimir Putin and Jiang Zemin", 8), entry("Jiang Zemin", 5),
                entry("Russia", 4), entry("Vladimir Putin", 4), entry("Russian-Chinese friendship treaty (2001)", 3),
                entry("Beijing (the Chinese government)", 1), entry("Interfax", 1), entry("Russia and China", 1),
                entry("some analysts", 1), entry("some people in Russia", 1));
        assertThat(STATISTICS.claimsPerType()).containsExactly(entry(ClaimType.QUANTITY, 4), entry(ClaimType.EVENT, 16),
                entry(ClaimType.CAUSAL, 1), entry(ClaimType.POLICY, 13), entry(ClaimType.PREDICTION, 5),
                entry(ClaimType.COMPARISON, 6), entry(ClaimType.OPINION, 10), entry(ClaimType.OTHER, 2));
        assertThat(STATISTICS.checkworthyClaims()).isEqualTo(20);
    }

    @Test
    void printsAsAnAlignedTable() {
        String table = STATISTICS.toString();
        assertThat(table).startsWith("documents                                     1\nannotations per kind\n"
                + "  Entity                                     40\n");
        assertThat(table).contains("\nquotes per speaker\n  Vladimir Putin and Jiang Zemin              9\n")
                .endsWith("check-worthy claims                          20\n");
    }
}

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
        assertThat(STATISTICS.annotationsPerKind()).containsExactly(entry("Entity", 45), entry("Segment", 983),
                entry("Mention", 168), entry("Quote", 39), entry("Cue", 36), entry("Attribution", 36), entry("Claim", 59));
        assertThat(STATISTICS.segmentsPerType()).containsExactly(entry(SegmentType.HEADLINE, 1),
                entry(SegmentType.BOILERPLATE, 2), entry(SegmentType.PARAGRAPH, 24), entry(SegmentType.SENTENCE, 39),
                entry(SegmentType.TOKEN, 917));
        assertThat(STATISTICS.mentionsPerType()).containsExactly(entry(MentionType.NAME, 84),
                entry(MentionType.NOMINAL, 43), entry(MentionType.PRONOUN, 30), entry(MentionType.LIST, 11));
        assertThat(STATISTICS.quotesPerType()).containsExactly(entry(QuoteType.DIRECT, 10), entry(QuoteType.INDIRECT, 23),
                entry(QuoteType.MIXED, 6));
    }

    @Test
    void countsQuotesPerSpeakerLargestFirst() {
        assertThat(STATISTICS.quotesPerSpeaker()).containsExactly(
                entry("Vladimir Putin and Jiang Zemin", 9), entry("Jiang Zemin", 8),
                entry("Russian-Chinese friendship treaty (2001)", 4), entry("Russia", 3), entry("Russia and China", 3),
                entry("Vladimir Putin", 3), entry("Beijing (the Chinese government)", 2),
                entry(CorpusStatistics.NO_SOURCE, 1), entry("Boris Yeltsin", 1), entry("Interfax", 1),
                entry("People's Republic of China", 1), entry("Washington (the U.S. government)", 1), entry("some analysts", 1),
                entry("some people in Russia", 1));
    }

    @Test
    void countsClaimsPerClaimantAndType() {
        assertThat(STATISTICS.claimsPerClaimant()).containsExactly(
                entry("article author", 29), entry("Vladimir Putin and Jiang Zemin", 8), entry("Jiang Zemin", 5),
                entry("Russia", 4), entry("Vladimir Putin", 4), entry("Russian-Chinese friendship treaty (2001)", 3),
                entry("Beijing (the Chinese government)", 1), entry("Interfax", 1), entry("Russia and China", 1),
                entry("Washington (the U.S. government)", 1), entry("some analysts", 1), entry("some people in Russia", 1));
        assertThat(STATISTICS.claimsPerType()).containsExactly(entry(ClaimType.QUANTITY, 5), entry(ClaimType.EVENT, 16),
                entry(ClaimType.CAUSAL, 1), entry(ClaimType.POLICY, 15), entry(ClaimType.PREDICTION, 5),
                entry(ClaimType.COMPARISON, 6), entry(ClaimType.OPINION, 9), entry(ClaimType.OTHER, 2));
        assertThat(STATISTICS.checkworthyClaims()).isEqualTo(22);
    }

    @Test
    void printsAsAnAlignedTable() {
        String table = STATISTICS.toString();
        assertThat(table).startsWith("documents                                     1\nannotations per kind\n"
                + "  Entity                                     45\n");
        assertThat(table).contains("\nquotes per speaker\n  Vladimir Putin and Jiang Zemin              9\n")
                .endsWith("check-worthy claims                          22\n");
    }
}

package org.standoff.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.server.Fixtures;

/**
 * The directory index's counts by type follow any sequence of writes: after documents are put, replaced
 * by versions with annotations dropped, added and retyped, and removed, every count by type and
 * check-worthiness equals the documents' annotations counted one by one.
 */
class TypeCountsProperties {
    private static final List<Document> BASES = List.of(Fixtures.article(), Fixtures.jiang(), Fixtures.emoji());

    /** One write: document {@code document}'s variant {@code seed} is put, or (seed &lt; 0) the document is removed. */
    record Write(int document, long seed) {
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        return Combinators.combine(Arbitraries.integers().between(0, BASES.size() - 1), Arbitraries.longs().between(-3, 1_000))
                .as(Write::new).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 60)
    void countsByTypeAreTheAnnotationsCounted(@ForAll("writes") List<Write> writes) {
        CorpusIndex index = new CorpusIndex();
        Map<String, Document> current = new HashMap<>();
        for (Write write : writes) {
            Document base = BASES.get(write.document());
            if (write.seed() < 0) {
                index.remove(base.id());
                current.remove(base.id());
            } else {
                Document variant = variant(base, new Random(write.seed()));
                index.put(new StoredDocument(variant, 1));
                current.put(base.id(), variant);
            }
        }
        for (CorpusKind kind : CorpusKind.values()) {
            assertThat(asMap(index.groups(kind, CorpusFilter.ALL, CorpusGroup.TYPE, 100))).isEqualTo(counted(current, kind, null));
            assertThat(index.count(kind, CorpusFilter.ALL))
                    .isEqualTo(counted(current, kind, null).values().stream().mapToLong(Long::longValue).sum());
        }
        for (boolean checkworthy : new boolean[] {true, false}) {
            CorpusFilter filter = new CorpusFilter(null, null, null, checkworthy, null, null);
            assertThat(asMap(index.groups(CorpusKind.CLAIMS, filter, CorpusGroup.TYPE, 100)))
                    .isEqualTo(counted(current, CorpusKind.CLAIMS, checkworthy));
            assertThat(index.groups(CorpusKind.QUOTES, filter, CorpusGroup.TYPE, 100)).isEmpty();
        }
    }

    /** {@code base} with some quotes, claims and mentions dropped or retyped and some claims added. */
    private static Document variant(Document base, Random random) {
        DocumentBuilder edited = base.toBuilder();
        for (Quote quote : base.quotes()) {
            int roll = random.nextInt(4);
            if (roll == 0) {
                edited.remove(quote.id().value());
            } else if (roll == 1) {
                edited.replace(new Quote(quote.id(), quote.extent(), pick(QuoteType.values(), random), quote.verbatim(),
                        quote.embeddedIn(), quote.provenance()));
            }
        }
        for (Claim claim : base.claims()) {
            int roll = random.nextInt(4);
            if (roll == 0) {
                edited.remove(claim.id().value());
            } else if (roll == 1) {
                edited.replace(new Claim(claim.id(), claim.extent(), pick(ClaimType.values(), random), random.nextBoolean(),
                        claim.claimText(), claim.claimant(), claim.attribution(), claim.quote(), claim.provenance()));
            }
        }
        for (Mention mention : base.mentions()) {
            if (random.nextInt(4) == 0) {
                edited.replace(new Mention(mention.id(), mention.extent(), pick(MentionType.values(), random), mention.entity(),
                        mention.provenance()));
            }
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            edited.add(new Claim(ClaimId.of("added-" + i), Extent.of(0, 1), pick(ClaimType.values(), random), random.nextBoolean(),
                    null, null, null, null, null));
        }
        return edited.build();
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** The annotations of {@code kind} in {@code documents} counted by type; claims only those {@code checkworthy} says, when given. */
    private static Map<String, Long> counted(Map<String, Document> documents, CorpusKind kind, Boolean checkworthy) {
        Map<String, Long> counts = new TreeMap<>();
        for (Document document : documents.values()) {
            switch (kind) {
                case QUOTES:
                    document.quotes().forEach(quote -> counts.merge(quote.quoteType().name(), 1L, Long::sum));
                    break;
                case MENTIONS:
                    document.mentions().forEach(mention -> counts.merge(mention.mentionType().name(), 1L, Long::sum));
                    break;
                case CLAIMS:
                    document.claims().stream().filter(claim -> checkworthy == null || claim.checkworthy() == checkworthy)
                            .forEach(claim -> counts.merge(claim.claimType().name(), 1L, Long::sum));
                    break;
                default:
                    throw new IllegalStateException("unhandled " + kind);
            }
        }
        return counts;
    }

    private static Map<String, Long> asMap(List<GroupCount> groups) {
        Map<String, Long> map = new TreeMap<>();
        groups.forEach(group -> map.put(group.key(), group.count()));
        return map;
    }
}

package org.standoff.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.server.Fixtures;

/**
 * The corpus-wide queries of a {@link Store}, run against both stores on one corpus of four documents
 * with exact answers: the shipped article (Putin is Q7747, Jiang Q16597), the Jiang paragraph (whose
 * Jiang has no Wikidata id, so he is that document's own speaker), the emoji text (Ana, linked across
 * documents by {@code kbIds.corpus = ana}) and {@link #putinBrief()} (Putin again, Q7747, under
 * another entity id and name). The article's figures were counted from its JSON file.
 */
public abstract class CorpusQueriesContract {
    protected static final String ARTICLE = "putin-jiang-friendship-treaty-2001";
    protected static final EntityMatch PUTIN = new EntityMatch(null, "Q7747", null, null);

    /** A writable store holding {@code initial} (a fresh, otherwise empty one). */
    protected abstract Store create(List<StoredDocument> initial) throws Exception;

    private Store store;

    @BeforeEach
    void open() throws Exception {
        store = create(List.of(new StoredDocument(Fixtures.article(), 1), new StoredDocument(Fixtures.jiang(), 1),
                new StoredDocument(emojiLinked(), 1), new StoredDocument(putinBrief(), 1)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The emoji text, its Ana linked to putin-brief's by the corpus id {@code ana}. */
    public static Document emojiLinked() {
        return Fixtures.emoji().toBuilder()
                .replace(new Entity(EntityId.of("e1"), "Ana", EntityType.PERSON, Map.of("corpus", "ana"), false, null))
                .build();
    }

    /** Putin (Q7747, entity {@code p}) told reporters one thing and said another; Ana (corpus id {@code ana}) said a third. */
    public static Document putinBrief() {
        String text = "Putin told reporters: \"Relations are excellent.\" Ana said it was \"a good day\". Putin said prices rose 5%.";
        int told = text.indexOf("told");
        int q1 = text.indexOf("\"Relations");
        int q1End = text.indexOf("excellent.\"") + "excellent.\"".length();
        int ana = text.indexOf("Ana");
        int said1 = text.indexOf("said");
        int q2 = text.indexOf("it was");
        int q2End = text.indexOf("day\"") + 4;
        int putin2 = text.lastIndexOf("Putin");
        int said2 = text.lastIndexOf("said");
        int q3 = text.indexOf("prices");
        int q3End = q3 + "prices rose 5%".length();
        int reporters = text.indexOf("reporters");
        return Document.builder("putin-brief", text)
                .metadata("title", "Putin briefly")
                .metadata("language", "en")
                .entity(new Entity(EntityId.of("p"), "Vladimir V. Putin", EntityType.PERSON, Map.of("wikidata", "Q7747"), false, null))
                .entity(new Entity(EntityId.of("a"), "Ana", EntityType.PERSON, Map.of("corpus", "ana"), false, null))
                .entity(Entity.of("r", "reporters", EntityType.GROUP))
                .add(Mention.of("m1", 0, 5, MentionType.NAME, "p"))
                .add(Mention.of("m2", ana, ana + 3, MentionType.NAME, "a"))
                .add(Mention.of("m3", putin2, putin2 + 5, MentionType.NAME, "p"))
                .add(Mention.of("m4", reporters, reporters + 9, MentionType.NOMINAL, "r"))
                .add(Cue.of("c1", told, told + 4, "tell"))
                .add(Cue.of("c2", said1, said1 + 4, "say"))
                .add(Cue.of("c3", said2, said2 + 4, "say"))
                .add(Quote.of("q1", q1, q1End, QuoteType.DIRECT))
                .add(Quote.of("q2", q2, q2End, QuoteType.MIXED))
                .add(Quote.of("q3", q3, q3End, QuoteType.INDIRECT))
                .add(Attribution.of("a1", "m1", "c1", "q1"))
                .add(Attribution.of("a2", "m2", "c2", "q2"))
                .add(Attribution.of("a3", "m3", "c3", "q3"))
                .add(new Claim(ClaimId.of("cl1"), Extent.of(q3, q3End), ClaimType.QUANTITY, true,
                        "Prices in Russia rose 5 percent.", EntityId.of("p"), AttributionId.of("a3"), QuoteId.of("q3"), null))
                .build();
    }

    private static CorpusFilter speaker(EntityMatch match) {
        return CorpusFilter.ALL.withEntity(match);
    }

    private List<String> ids(CorpusKind kind, CorpusFilter filter) {
        return ids(store.corpusQueries().find(kind, filter, 100, null));
    }

    private static List<String> ids(CorpusPage page) {
        List<String> ids = new ArrayList<>();
        page.hits().forEach(hit -> ids.add(hit.document().id() + "/" + hit.annotationId()));
        return ids;
    }

    @Test
    void putinsQuotesAcrossDocumentsByWikidataInCorpusOrder() {
        assertThat(ids(CorpusKind.QUOTES, speaker(PUTIN))).containsExactly(
                "putin-brief/q1", "putin-brief/q3", ARTICLE + "/q8", ARTICLE + "/q25", ARTICLE + "/q26");
        assertThat(store.corpusQueries().count(CorpusKind.QUOTES, speaker(PUTIN))).isEqualTo(5);
        assertThat(ids(CorpusKind.QUOTES, speaker(new EntityMatch("wikidata:Q7747", null, null, null))))
                .isEqualTo(ids(CorpusKind.QUOTES, speaker(PUTIN)));
        assertThat(ids(CorpusKind.QUOTES, speaker(new EntityMatch(null, "Q0", null, null)))).isEmpty();
        assertThat(store.corpusQueries().count(CorpusKind.QUOTES, speaker(new EntityMatch(null, "Q0", null, null)))).isZero();
    }

    @Test
    void pagesFollowEachOtherByCursor() {
        CorpusPage first = store.corpusQueries().find(CorpusKind.QUOTES, speaker(PUTIN), 2, null);
        assertThat(ids(first)).containsExactly("putin-brief/q1", "putin-brief/q3");
        assertThat(first.hasNext()).isTrue();
        CorpusKey after = CorpusKey.parse(first.hits().get(1).key().encode());
        CorpusPage second = store.corpusQueries().find(CorpusKind.QUOTES, speaker(PUTIN), 2, after);
        assertThat(ids(second)).containsExactly(ARTICLE + "/q8", ARTICLE + "/q25");
        assertThat(second.hasNext()).isTrue();
        CorpusPage third = store.corpusQueries().find(CorpusKind.QUOTES, speaker(PUTIN), 2, second.hits().get(1).key());
        assertThat(ids(third)).containsExactly(ARTICLE + "/q26");
        assertThat(third.hasNext()).isFalse();
        assertThat(store.corpusQueries().find(CorpusKind.QUOTES, speaker(PUTIN), 0, null).hasNext()).isTrue();
    }

    @Test
    void filtersCombine() {
        CorpusFilter putinSays = new CorpusFilter(PUTIN, null, "say", null, null, null);
        assertThat(ids(CorpusKind.QUOTES, putinSays)).containsExactly("putin-brief/q3", ARTICLE + "/q25", ARTICLE + "/q26");
        assertThat(ids(CorpusKind.QUOTES, new CorpusFilter(PUTIN, "DIRECT", "tell", null, null, null)))
                .containsExactly("putin-brief/q1", ARTICLE + "/q8");
        assertThat(ids(CorpusKind.QUOTES, new CorpusFilter(PUTIN, "DIRECT", "tell", null, "jubilation", null)))
                .containsExactly(ARTICLE + "/q8");
        assertThat(ids(CorpusKind.QUOTES, new CorpusFilter(null, null, null, null, "TREATY", null)))
                .containsExactly("jiang/q1", ARTICLE + "/q3", ARTICLE + "/q14");
        assertThat(ids(CorpusKind.QUOTES, new CorpusFilter(PUTIN, null, null, null, "prices", "putin-brief")))
                .containsExactly("putin-brief/q3");
        assertThat(ids(CorpusKind.CLAIMS, new CorpusFilter(null, "QUANTITY", null, true, null, null))).containsExactly(
                "putin-brief/cl1", ARTICLE + "/cl36", ARTICLE + "/cl39", ARTICLE + "/cl40", ARTICLE + "/cl42", ARTICLE + "/cl45");
        assertThat(ids(CorpusKind.CLAIMS, new CorpusFilter(PUTIN, null, null, null, null, null))).containsExactly(
                "putin-brief/cl1", ARTICLE + "/cl14", ARTICLE + "/cl44", ARTICLE + "/cl45", ARTICLE + "/cl46");
        // a claim's text filter reads its decontextualized claimText too
        assertThat(ids(CorpusKind.CLAIMS, new CorpusFilter(null, null, null, null, "5 percent", null)))
                .containsExactly("putin-brief/cl1");
        assertThat(ids(CorpusKind.MENTIONS, new CorpusFilter(PUTIN, "NAME", null, null, "putin", "putin-brief")))
                .containsExactly("putin-brief/m1", "putin-brief/m3");
    }

    @Test
    void entitiesAreOneSpeakerByWikidataOrCorpusLinkAndOtherwiseTheirDocumentsOwn() {
        assertThat(ids(CorpusKind.QUOTES, speaker(new EntityMatch("corpus:ana", null, null, null))))
                .containsExactly("emoji/q1", "putin-brief/q2");
        assertThat(ids(CorpusKind.QUOTES, speaker(new EntityMatch(null, null, "e1", null))))
                .containsExactly("emoji/q1", "jiang/q1", "jiang/q2");
        assertThat(ids(CorpusKind.QUOTES, speaker(new EntityMatch("document:jiang#e1", null, null, null))))
                .containsExactly("jiang/q1", "jiang/q2");
        assertThat(ids(CorpusKind.QUOTES, speaker(new EntityMatch(null, null, null, "V. PUTIN"))))
                .containsExactly("putin-brief/q1", "putin-brief/q3");
    }

    @Test
    void countsAreGroupedInTheStore() {
        CorpusQueries corpus = store.corpusQueries();
        assertThat(corpus.groups(CorpusKind.QUOTES, CorpusFilter.ALL, CorpusGroup.ENTITY, 5)).containsExactly(
                new GroupCount("document:" + ARTICLE + "#e-putin-jiang", "Vladimir Putin and Jiang Zemin", 9),
                new GroupCount("wikidata:Q16597", "Jiang Zemin", 8),
                new GroupCount("wikidata:Q7747", "Vladimir V. Putin", 5),
                new GroupCount("document:" + ARTICLE + "#e-treaty", "Russian-Chinese friendship treaty (2001)", 4),
                new GroupCount("document:" + ARTICLE + "#e-russia-china", "Russia and China", 3));
        assertThat(corpus.groups(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.TYPE, 20)).containsExactly(
                new GroupCount("EVENT", null, 17), new GroupCount("POLICY", null, 15), new GroupCount("OPINION", null, 10),
                new GroupCount("COMPARISON", null, 6), new GroupCount("PREDICTION", null, 6),
                new GroupCount("QUANTITY", null, 6), new GroupCount("OTHER", null, 2), new GroupCount("CAUSAL", null, 1));
        assertThat(corpus.groups(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.CHECKWORTHY, 20)).containsExactly(
                new GroupCount("false", null, 39), new GroupCount("true", null, 24));
        assertThat(corpus.groups(CorpusKind.QUOTES, speaker(new EntityMatch(null, "Q16597", null, null)), CorpusGroup.CUE_LEMMA, 20))
                .containsExactly(new GroupCount("say", null, 4), new GroupCount("add", null, 1), new GroupCount("believe", null, 1),
                        new GroupCount("feel optimistic", null, 1), new GroupCount("invitation", null, 1));
        assertThat(corpus.groups(CorpusKind.MENTIONS, speaker(PUTIN), CorpusGroup.DOCUMENT, 20)).containsExactly(
                new GroupCount(ARTICLE, null, 10), new GroupCount("putin-brief", null, 2));
        // the quote with no speaker is the null group, counted last among equals
        assertThat(corpus.groups(CorpusKind.QUOTES, new CorpusFilter(null, null, null, null, null, ARTICLE), CorpusGroup.ENTITY, 100))
                .hasSize(14).contains(new GroupCount(null, null, 1));
        assertThat(corpus.groups(CorpusKind.QUOTES, CorpusFilter.ALL, CorpusGroup.TYPE, 1)).containsExactly(
                new GroupCount("INDIRECT", null, 24));
        assertThatThrownBy(() -> corpus.groups(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.CUE_LEMMA, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entitiesAcrossTheCorpusWithTheirCounts() {
        CorpusQueries corpus = store.corpusQueries();
        EntityPage putin = corpus.entities(speaker(PUTIN), 20, null);
        assertThat(putin.entities()).containsExactly(
                new CorpusEntity("wikidata:Q7747", "Vladimir V. Putin", "PERSON", "Q7747", 2, 12, 5, 5));
        assertThat(putin.hasNext()).isFalse();
        EntityPage named = corpus.entities(speaker(new EntityMatch(null, null, null, "ana")), 20, null);
        assertThat(named.entities()).containsExactly(
                new CorpusEntity("corpus:ana", "Ana", "PERSON", null, 2, 2, 2, 0),
                new CorpusEntity("document:" + ARTICLE + "#e-analysts", "some analysts", "GROUP", null, 1, 1, 1, 1));
        assertThat(corpus.countEntities(speaker(new EntityMatch(null, null, null, "ana")))).isEqualTo(2);
        EntityPage people = corpus.entities(new CorpusFilter(null, "PERSON", null, null, null, null), 3, null);
        assertThat(people.entities()).extracting(CorpusEntity::corpusId)
                .containsExactly("corpus:ana", "document:emoji#e2", "document:jiang#e1");
        assertThat(people.hasNext()).isTrue();
        assertThat(corpus.entities(new CorpusFilter(null, "PERSON", null, null, null, null), 3, "document:jiang#e1").entities())
                .extracting(CorpusEntity::corpusId).containsExactly("wikidata:Q16597", "wikidata:Q34453", "wikidata:Q5816");
        assertThat(corpus.countEntities(new CorpusFilter(null, "PERSON", null, null, null, null))).isEqualTo(8);
    }

    @Test
    void offsetsInKeysCountCodePoints() {
        CorpusHit quote = store.corpusQueries().find(CorpusKind.QUOTES,
                new CorpusFilter(null, null, null, null, null, "emoji"), 1, null).hits().get(0);
        String text = Fixtures.EMOJI;
        int start = text.indexOf('"');
        assertThat(quote.key().start()).isEqualTo(text.codePointCount(0, start)).isEqualTo(start - 3);
        assertThat(quote.key().end()).isEqualTo(text.codePointCount(0, text.lastIndexOf('"') + 1));
    }

    @Test
    void editsAreSeenByTheNextQuery() {
        CorpusFilter putinSays = new CorpusFilter(PUTIN, null, "say", null, null, null);
        store.update("putin-brief", 1, document -> document.toBuilder().replace(Cue.of("c3",
                document.text().lastIndexOf("said"), document.text().lastIndexOf("said") + 4, "claim")).build(),
                Change.of("updateCue"));
        assertThat(ids(CorpusKind.QUOTES, putinSays)).containsExactly(ARTICLE + "/q25", ARTICLE + "/q26");
        assertThat(ids(CorpusKind.QUOTES, new CorpusFilter(PUTIN, null, "claim", null, null, null)))
                .containsExactly("putin-brief/q3");

        store.delete("putin-brief", 2, Change.of("deleteDocument"));
        assertThat(ids(CorpusKind.QUOTES, speaker(PUTIN))).containsExactly(ARTICLE + "/q8", ARTICLE + "/q25", ARTICLE + "/q26");
        assertThat(store.corpusQueries().entities(speaker(PUTIN), 20, null).entities()).containsExactly(
                new CorpusEntity("wikidata:Q7747", "Vladimir Putin", "PERSON", "Q7747", 1, 10, 3, 4));
        assertThat(ids(CorpusKind.QUOTES, speaker(new EntityMatch("corpus:ana", null, null, null)))).containsExactly("emoji/q1");

        store.put(putinBrief(), null, List.of(), Change.of("importDocument"));
        assertThat(store.corpusQueries().count(CorpusKind.QUOTES, speaker(PUTIN))).isEqualTo(5);
        store.update("jiang", 1, document -> document.toBuilder()
                .replace(new Entity(EntityId.of("e1"), "Jiang Zemin", EntityType.PERSON, Map.of("wikidata", "Q16597"), false, null))
                .build(), Change.of("updateEntity"));
        assertThat(store.corpusQueries().groups(CorpusKind.QUOTES, CorpusFilter.ALL, CorpusGroup.ENTITY, 1))
                .containsExactly(new GroupCount("wikidata:Q16597", "Jiang Zemin", 10));
    }

    @Test
    void countsByTypeFollowEveryWrite() {
        assertCountsAreTheDocuments();
        store.update("putin-brief", 1, document -> document.toBuilder()
                .replace(new Claim(ClaimId.of("cl1"), Extent.of(0, 5), ClaimType.EVENT, false, null, EntityId.of("p"), null, null, null))
                .add(new Claim(ClaimId.of("cl2"), Extent.of(0, 5), ClaimType.OPINION, true, null, null, null, null, null))
                .replace(Quote.of("q2", document.text().indexOf("it was"), document.text().indexOf("day\"") + 4, QuoteType.DIRECT))
                .build(), Change.of("updateClaim"));
        assertCountsAreTheDocuments();
        assertThat(store.corpusQueries().count(CorpusKind.CLAIMS, new CorpusFilter(null, "OPINION", null, null, null, null)))
                .isEqualTo(11);
        store.update("putin-brief", 2, document -> {
            DocumentBuilder edited = document.toBuilder();
            edited.remove("m4");
            edited.remove("cl2");
            return edited.build();
        }, Change.of("deleteMention"));
        assertCountsAreTheDocuments();
        store.delete("putin-brief", 3, Change.of("deleteDocument"));
        assertCountsAreTheDocuments();
        store.put(putinBrief(), null, List.of(), Change.of("importDocument"));
        assertCountsAreTheDocuments();
        assertThat(store.corpusQueries().groups(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.TYPE, 20)).containsExactly(
                new GroupCount("EVENT", null, 17), new GroupCount("POLICY", null, 15), new GroupCount("OPINION", null, 10),
                new GroupCount("COMPARISON", null, 6), new GroupCount("PREDICTION", null, 6),
                new GroupCount("QUANTITY", null, 6), new GroupCount("OTHER", null, 2), new GroupCount("CAUSAL", null, 1));
    }

    /** The store's counts by type and check-worthiness equal those of its documents, counted one by one. */
    private void assertCountsAreTheDocuments() {
        Map<String, Long> quoteTypes = new TreeMap<>();
        Map<String, Long> claimTypes = new TreeMap<>();
        Map<String, Long> checkworthy = new HashMap<>();
        Map<String, Long> mentionTypes = new TreeMap<>();
        Map<String, Long> checkworthyTypes = new TreeMap<>();
        for (String id : List.of(ARTICLE, "jiang", "emoji", "putin-brief")) {
            Document document = store.get(id).map(StoredDocument::document).orElse(null);
            if (document == null) {
                continue;
            }
            document.quotes().forEach(quote -> quoteTypes.merge(quote.quoteType().name(), 1L, Long::sum));
            document.mentions().forEach(mention -> mentionTypes.merge(mention.mentionType().name(), 1L, Long::sum));
            for (Claim claim : document.claims()) {
                claimTypes.merge(claim.claimType().name(), 1L, Long::sum);
                checkworthy.merge(String.valueOf(claim.checkworthy()), 1L, Long::sum);
                if (claim.checkworthy()) {
                    checkworthyTypes.merge(claim.claimType().name(), 1L, Long::sum);
                }
            }
        }
        CorpusQueries corpus = store.corpusQueries();
        assertThat(asMap(corpus.groups(CorpusKind.QUOTES, CorpusFilter.ALL, CorpusGroup.TYPE, 100))).isEqualTo(quoteTypes);
        assertThat(asMap(corpus.groups(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.TYPE, 100))).isEqualTo(claimTypes);
        assertThat(asMap(corpus.groups(CorpusKind.MENTIONS, CorpusFilter.ALL, CorpusGroup.TYPE, 100))).isEqualTo(mentionTypes);
        Map<String, Long> grouped = new HashMap<>();
        corpus.groups(CorpusKind.CLAIMS, CorpusFilter.ALL, CorpusGroup.CHECKWORTHY, 100)
                .forEach(group -> grouped.put(String.valueOf(group.key()), group.count()));
        assertThat(grouped).isEqualTo(checkworthy);
        assertThat(asMap(corpus.groups(CorpusKind.CLAIMS, new CorpusFilter(null, null, null, true, null, null), CorpusGroup.TYPE, 100)))
                .isEqualTo(checkworthyTypes);
        assertThat(corpus.count(CorpusKind.CLAIMS, new CorpusFilter(null, "QUANTITY", null, true, null, null)))
                .isEqualTo(checkworthyTypes.getOrDefault("QUANTITY", 0L));
        assertThat(corpus.count(CorpusKind.QUOTES, CorpusFilter.ALL))
                .isEqualTo(quoteTypes.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Map<String, Long> asMap(List<GroupCount> groups) {
        Map<String, Long> map = new TreeMap<>();
        groups.forEach(group -> map.put(group.key(), group.count()));
        return map;
    }
}

package org.standoff.server.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The directory store's corpus-wide queries: every document's {@link CorpusRows}, ordered by document
 * id, and posting lists from Wikidata ids, corpus ids, entity ids and cue lemmas to the documents that
 * have them, so a query by speaker or lemma reads only those documents' rows. Built when the store
 * loads and kept current by every write ({@link #put}, {@link #remove}), so an edit is seen by the
 * next query. Thread-safe: a write publishes a document's new postings before its rows and drops
 * the stale ones after, so a reader always finds a document's current rows; each row is checked
 * against the whole filter. Counts by type and check-worthiness are kept as {@link TypeCounts}, changed
 * by every write under a lock, so a reader sees each write's counts whole.
 */
final class CorpusIndex implements CorpusQueries {
    private final ConcurrentSkipListMap<String, CorpusRows> documents = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, ConcurrentSkipListSet<String>> postings = new ConcurrentHashMap<>();
    private final TypeCounts typeCounts = new TypeCounts();

    /** Indexes {@code stored}, replacing the rows of its previous version. */
    void put(StoredDocument stored) {
        CorpusRows rows = CorpusRows.of(stored);
        CorpusRows old = documents.get(stored.id());
        for (String key : rows.postings()) {
            postings.compute(key, (k, ids) -> {
                ConcurrentSkipListSet<String> set = ids == null ? new ConcurrentSkipListSet<>() : ids;
                set.add(stored.id());
                return set;
            });
        }
        documents.put(stored.id(), rows);
        synchronized (typeCounts) {
            typeCounts.addAll(rows.typeCounts(), 1);
            if (old != null) {
                typeCounts.addAll(old.typeCounts(), -1);
            }
        }
        if (old != null) {
            old.postings().stream().filter(key -> !rows.postings().contains(key)).forEach(key -> unlist(key, stored.id()));
        }
    }

    /** Drops the document with id {@code documentId}. */
    void remove(String documentId) {
        CorpusRows old = documents.remove(documentId);
        if (old != null) {
            synchronized (typeCounts) {
                typeCounts.addAll(old.typeCounts(), -1);
            }
            old.postings().forEach(key -> unlist(key, documentId));
        }
    }

    private void unlist(String key, String documentId) {
        postings.computeIfPresent(key, (k, ids) -> {
            ids.remove(documentId);
            return ids.isEmpty() ? null : ids;
        });
    }

    @Override
    public CorpusPage find(CorpusKind kind, CorpusFilter filter, int first, CorpusKey after) {
        List<CorpusHit> hits = new ArrayList<>();
        NavigableSet<String> candidates = candidates(filter);
        Collection<String> ids = after == null ? candidates : candidates.tailSet(after.documentId(), true);
        for (String id : ids) {
            CorpusRows rows = documents.get(id);
            if (rows == null) {
                continue;
            }
            for (CorpusRows.Row row : rows.rows(kind)) {
                if ((after != null && row.key().compareTo(after) <= 0) || !row.matches(filter)) {
                    continue;
                }
                if (hits.size() == first) {
                    return new CorpusPage(hits, true);
                }
                hits.add(new CorpusHit(rows.stored(), row.key().annotationId(), row.key()));
            }
        }
        return new CorpusPage(hits, false);
    }

    @Override
    public long count(CorpusKind kind, CorpusFilter filter) {
        if (TypeCounts.answers(filter)) {
            synchronized (typeCounts) {
                return typeCounts.count(kind, filter);
            }
        }
        long count = 0;
        for (CorpusRows rows : selected(filter)) {
            for (CorpusRows.Row row : rows.rows(kind)) {
                count += row.matches(filter) ? 1 : 0;
            }
        }
        return count;
    }

    @Override
    public List<GroupCount> groups(CorpusKind kind, CorpusFilter filter, CorpusGroup by, int first) {
        CorpusQueries.requireGroupable(kind, by);
        if (TypeCounts.answers(filter, by)) {
            synchronized (typeCounts) {
                return typeCounts.groups(kind, filter, by, first);
            }
        }
        Map<String, long[]> counts = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (CorpusRows rows : selected(filter)) {
            for (CorpusRows.Row row : rows.rows(kind)) {
                if (!row.matches(filter)) {
                    continue;
                }
                String key = row.group(by);
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                if (by == CorpusGroup.ENTITY && row.entity() != null) {
                    labels.putIfAbsent(key, row.entity().canonicalName());
                }
            }
        }
        List<GroupCount> groups = new ArrayList<>();
        counts.forEach((key, count) -> groups.add(new GroupCount(key, labels.get(key), count[0])));
        groups.sort(TypeCounts.LARGEST_FIRST);
        return List.copyOf(groups.subList(0, Math.min(first, groups.size())));
    }

    @Override
    public EntityPage entities(CorpusFilter filter, int first, String afterCorpusId) {
        NavigableSet<String> selected = selectedEntities(filter);
        Collection<String> ids = afterCorpusId == null ? selected : selected.tailSet(afterCorpusId, false);
        List<CorpusEntity> page = new ArrayList<>();
        for (String corpusId : ids) {
            if (page.size() == first) {
                return new EntityPage(page, true);
            }
            page.add(entity(corpusId));
        }
        return new EntityPage(page, false);
    }

    @Override
    public long countEntities(CorpusFilter filter) {
        return selectedEntities(filter).size();
    }

    /** The corpus ids of the entities that {@code filter} selects, ordered. */
    private NavigableSet<String> selectedEntities(CorpusFilter filter) {
        NavigableSet<String> selected = new TreeSet<>();
        for (CorpusRows rows : selected(filter)) {
            for (CorpusRows.EntityRow entity : rows.entities()) {
                if (filter.entity().matches(entity.identity())
                        && (filter.type() == null || filter.type().equals(entity.identity().entityType()))) {
                    selected.add(entity.identity().corpusId());
                }
            }
        }
        return selected;
    }

    /** The corpus entity {@code corpusId}, summed over every document that has it. */
    private CorpusEntity entity(String corpusId) {
        CorpusIdentity firstSeen = null;
        long documentCount = 0, mentions = 0, quotes = 0, claims = 0;
        for (String id : postings.getOrDefault(CorpusRows.posting("c", corpusId), new ConcurrentSkipListSet<>())) {
            CorpusRows rows = documents.get(id);
            boolean seen = false;
            for (CorpusRows.EntityRow entity : rows == null ? List.<CorpusRows.EntityRow>of() : rows.entities()) {
                if (!entity.identity().corpusId().equals(corpusId)) {
                    continue;
                }
                firstSeen = firstSeen == null ? entity.identity() : firstSeen;
                seen = true;
                mentions += entity.mentions();
                quotes += entity.quotes();
                claims += entity.claims();
            }
            documentCount += seen ? 1 : 0;
        }
        if (firstSeen == null) {
            return new CorpusEntity(corpusId, null, null, null, 0, 0, 0, 0);
        }
        return new CorpusEntity(corpusId, firstSeen.canonicalName(), firstSeen.entityType(), firstSeen.wikidata(),
                documentCount, mentions, quotes, claims);
    }

    /** The rows of the documents that may hold what {@code filter} selects, in document id order. */
    private List<CorpusRows> selected(CorpusFilter filter) {
        List<CorpusRows> selected = new ArrayList<>();
        for (String id : candidates(filter)) {
            CorpusRows rows = documents.get(id);
            if (rows != null) {
                selected.add(rows);
            }
        }
        return selected;
    }

    /**
     * The ids of the documents that may hold what {@code filter} selects: the one it names, else the
     * shortest posting list of its indexed fields, else every document.
     */
    private NavigableSet<String> candidates(CorpusFilter filter) {
        if (filter.documentId() != null) {
            return documents.containsKey(filter.documentId()) ? new TreeSet<>(Set.of(filter.documentId())) : new TreeSet<>();
        }
        Map<String, String> keys = new LinkedHashMap<>();
        EntityMatch entity = filter.entity();
        keys.put("w", entity.wikidata());
        keys.put("c", entity.corpusId());
        keys.put("i", entity.id());
        keys.put("l", filter.cueLemma());
        NavigableSet<String> best = null;
        for (Map.Entry<String, String> key : keys.entrySet()) {
            if (key.getValue() == null) {
                continue;
            }
            NavigableSet<String> ids = postings.get(CorpusRows.posting(key.getKey(), key.getValue()));
            if (ids == null) {
                return new TreeSet<>();
            }
            if (best == null || ids.size() < best.size()) {
                best = ids;
            }
        }
        return best != null ? best : documents.navigableKeySet();
    }
}

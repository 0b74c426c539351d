package org.standoff.server.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many quotes, claims and mentions the corpus holds of each type, claims also by check-worthiness:
 * what "claim counts by type" and the totals of a type or check-worthiness filter read, without
 * visiting a single annotation, so their cost does not grow with the corpus. The directory store keeps
 * one, added to and taken from by every write ({@link CorpusIndex}); the PostgreSQL store sums its
 * {@code annotation_counts} table, kept by triggers on the annotation tables, into one per query
 * ({@code V6__type_counts.sql}). The other groupings and filters (by speaker, cue lemma, text,
 * document) are answered from the annotation rows. Not thread-safe.
 */
public final class TypeCounts {
    /** Largest count first, then key, the null key last: the order of every grouped count. */
    public static final Comparator<GroupCount> LARGEST_FIRST = Comparator.comparingLong(GroupCount::count).reversed()
            .thenComparing(GroupCount::key, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * What one count counts.
     *
     * @param type        the quote, claim or mention type's name; null for an annotation without one
     * @param checkworthy a claim's check-worthiness; null for quotes, mentions and claims that do not say
     */
    public record Key(CorpusKind kind, String type, Boolean checkworthy) {
    }

    private final Map<Key, Long> counts = new HashMap<>();

    /** Whether these counts answer {@code filter}'s count of {@code kind}: it selects by type and check-worthiness only. */
    public static boolean answers(CorpusFilter filter) {
        return filter.entity().isAny() && filter.cueLemma() == null && filter.textContains() == null
                && filter.documentId() == null;
    }

    /** Whether these counts answer {@code filter}'s counts of {@code kind} grouped {@code by}. */
    public static boolean answers(CorpusFilter filter, CorpusGroup by) {
        return answers(filter) && (by == CorpusGroup.TYPE || by == CorpusGroup.CHECKWORTHY);
    }

    /** Adds {@code n} (negative: takes away) to the count of {@code key}. */
    public void add(Key key, long n) {
        counts.merge(key, n, Long::sum);
        if (counts.get(key) == 0) {
            counts.remove(key);
        }
    }

    /** Adds every count of {@code other}, times {@code sign} (1 or -1). */
    public void addAll(TypeCounts other, int sign) {
        other.counts.forEach((key, n) -> add(key, sign * n));
    }

    /** How many annotations of {@code kind} {@code filter} selects; {@link #answers(CorpusFilter)} must hold. */
    public long count(CorpusKind kind, CorpusFilter filter) {
        long count = 0;
        for (Map.Entry<Key, Long> entry : counts.entrySet()) {
            count += selects(kind, filter, entry.getKey()) ? entry.getValue() : 0;
        }
        return count;
    }

    /**
     * The {@code first} largest groups of the annotations of {@code kind} that {@code filter} selects,
     * as {@link CorpusQueries#groups}; {@link #answers(CorpusFilter, CorpusGroup)} must hold.
     */
    public List<GroupCount> groups(CorpusKind kind, CorpusFilter filter, CorpusGroup by, int first) {
        Map<String, Long> groups = new HashMap<>();
        for (Map.Entry<Key, Long> entry : counts.entrySet()) {
            Key key = entry.getKey();
            if (selects(kind, filter, key)) {
                String group = by == CorpusGroup.TYPE ? key.type()
                        : key.checkworthy() == null ? null : key.checkworthy().toString();
                groups.merge(group, entry.getValue(), Long::sum);
            }
        }
        List<GroupCount> sorted = new ArrayList<>();
        groups.forEach((group, n) -> sorted.add(new GroupCount(group, null, n)));
        sorted.sort(LARGEST_FIRST);
        return List.copyOf(sorted.subList(0, Math.min(first, sorted.size())));
    }

    private static boolean selects(CorpusKind kind, CorpusFilter filter, Key key) {
        return key.kind() == kind
                && (filter.type() == null || filter.type().equals(key.type()))
                && (filter.checkworthy() == null || filter.checkworthy().equals(key.checkworthy()));
    }
}

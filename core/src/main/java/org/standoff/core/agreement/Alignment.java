package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.standoff.core.model.Extent;

/**
 * A one-to-one alignment of two annotators' items: pairs, and what each has alone.
 *
 * <p>Items with equal extents pair first. The rest are paired as many as possible (a maximum bipartite
 * matching, so the count does not depend on which annotator comes first), each item trying the partners
 * it shares the most characters with first. Example: {@code A = [0,10) [0,2)} and
 * {@code B = [1,9) [9,11)} under overlap give two pairs, {@code [0,10)–[9,11)} and {@code [0,2)–[1,9)},
 * where taking the best partner greedily ({@code [0,10)–[1,9)}) would have left one pair.
 *
 * @param <T> the item type
 */
record Alignment<T>(List<Pair<T>> pairs, List<T> onlyFirst, List<T> onlySecond) {

    /** Two aligned items. */
    record Pair<T>(T first, T second) {
    }

    /**
     * Aligns {@code first} with {@code second}.
     *
     * @param where   an item's extent, or {@code null} when it has none (it then pairs only with an item
     *                that has none either, when {@code mayPair} allows)
     * @param mayPair whether two items may pair at all
     */
    static <T> Alignment<T> of(List<T> first, List<T> second, Function<T, Extent> where, BiPredicate<T, T> mayPair) {
        int[] partnerOfFirst = new int[first.size()];
        int[] partnerOfSecond = new int[second.size()];
        Arrays.fill(partnerOfFirst, -1);
        Arrays.fill(partnerOfSecond, -1);
        for (int i = 0; i < first.size(); i++) {
            Extent a = where.apply(first.get(i));
            for (int j = 0; j < second.size(); j++) {
                if (partnerOfSecond[j] < 0 && Objects.equals(a, where.apply(second.get(j))) && mayPair.test(first.get(i), second.get(j))) {
                    partnerOfFirst[i] = j;
                    partnerOfSecond[j] = i;
                    break;
                }
            }
        }
        List<List<Integer>> candidates = candidates(first, second, where, mayPair, partnerOfFirst, partnerOfSecond);
        for (int i = 0; i < first.size(); i++) {
            if (partnerOfFirst[i] < 0) {
                augment(i, candidates, partnerOfFirst, partnerOfSecond, new boolean[second.size()]);
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> onlyFirst = new ArrayList<>();
        List<T> onlySecond = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            if (partnerOfFirst[i] < 0) {
                onlyFirst.add(first.get(i));
            } else {
                pairs.add(new Pair<>(first.get(i), second.get(partnerOfFirst[i])));
            }
        }
        for (int j = 0; j < second.size(); j++) {
            if (partnerOfSecond[j] < 0) {
                onlySecond.add(second.get(j));
            }
        }
        return new Alignment<>(List.copyOf(pairs), List.copyOf(onlyFirst), List.copyOf(onlySecond));
    }

    /** Per unpaired item of the first list, the unpaired items of the second it may pair with, most shared characters first. */
    private static <T> List<List<Integer>> candidates(List<T> first, List<T> second, Function<T, Extent> where,
                                                      BiPredicate<T, T> mayPair, int[] partnerOfFirst, int[] partnerOfSecond) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            List<Integer> mine = new ArrayList<>();
            Extent a = where.apply(first.get(i));
            for (int j = 0; j < second.size() && a != null && partnerOfFirst[i] < 0; j++) {
                Extent b = where.apply(second.get(j));
                if (partnerOfSecond[j] < 0 && b != null && Matching.sharedCharacters(a, b) > 0
                        && mayPair.test(first.get(i), second.get(j))) {
                    mine.add(j);
                }
            }
            mine.sort(Comparator.comparingLong((Integer j) -> -Matching.sharedCharacters(a, where.apply(second.get(j))))
                    .thenComparingInt(j -> j));
            candidates.add(mine);
        }
        return candidates;
    }

    /** Kuhn's augmenting path from item {@code i} of the first list: whether it found a partner. */
    private static boolean augment(int i, List<List<Integer>> candidates, int[] partnerOfFirst, int[] partnerOfSecond,
                                   boolean[] visited) {
        for (int j : candidates.get(i)) {
            if (visited[j]) {
                continue;
            }
            visited[j] = true;
            if (partnerOfSecond[j] < 0 || augment(partnerOfSecond[j], candidates, partnerOfFirst, partnerOfSecond, visited)) {
                partnerOfFirst[i] = j;
                partnerOfSecond[j] = i;
                return true;
            }
        }
        return false;
    }
}

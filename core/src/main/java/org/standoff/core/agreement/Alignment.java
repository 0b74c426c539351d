package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.standoff.core.model.Extent;

/**
 * A one-to-one alignment of two annotators' items: pairs, and what each has alone.
 *
 * <p>Items with equal extents pair first; then each remaining item of the first annotator, in order,
 * takes the remaining item of the second that it may pair with and shares the most characters with
 * (the earlier on a tie). So {@code A=[0,10) [12,20)} and {@code B=[0,20)} under overlap pair
 * {@code [0,10)} with {@code [0,20)} (10 shared characters against 8), leaving {@code [12,20)} alone.
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
     * @param where   an item's extent
     * @param mayPair whether two items may pair at all
     */
    static <T> Alignment<T> of(List<T> first, List<T> second, Function<T, Extent> where, BiPredicate<T, T> mayPair) {
        List<T> restFirst = new ArrayList<>(first);
        List<T> restSecond = new ArrayList<>(second);
        List<Pair<T>> pairs = new ArrayList<>();
        for (T a : first) {
            for (T b : restSecond) {
                if (where.apply(a) != null && where.apply(a).equals(where.apply(b)) && mayPair.test(a, b)) {
                    pairs.add(new Pair<>(a, b));
                    restFirst.remove(a);
                    restSecond.remove(b);
                    break;
                }
            }
        }
        for (T a : List.copyOf(restFirst)) {
            T best = null;
            long bestShared = 0;
            for (T b : restSecond) {
                if (where.apply(a) == null || where.apply(b) == null) {
                    continue;
                }
                long shared = Matching.sharedCharacters(where.apply(a), where.apply(b));
                if (shared > bestShared && mayPair.test(a, b)) {
                    best = b;
                    bestShared = shared;
                }
            }
            if (best != null) {
                pairs.add(new Pair<>(a, best));
                restFirst.remove(a);
                restSecond.remove(best);
            }
        }
        return new Alignment<>(List.copyOf(pairs), List.copyOf(restFirst), List.copyOf(restSecond));
    }
}

package org.standoff.core.text;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A range-minimum structure over a fixed {@code int[]}: the position of a smallest value in any
 * range in O(1), and every position in a range whose value is at most a bound, in ascending
 * position order, in O(1 + k). It is the engine under {@link SpanIndex}'s three-sided queries.
 *
 * <p>Layout (O(n) memory): the values are cut into blocks of 64. For each position a 64-bit mask
 * records which earlier positions of its block are still strict suffix minima when the scan reaches
 * it, so the minimum of a range inside one block is the lowest mask bit at or after the range's
 * start. A sparse table over the blocks' minima answers runs of whole blocks. A range spanning
 * blocks combines at most three such answers.
 *
 * <p>Immutable after construction and safe to share between threads, provided the caller never
 * changes the array it handed in.
 */
final class RangeMinimum {

    private static final int BLOCK_BITS = 6;
    private static final int BLOCK = 1 << BLOCK_BITS;
    /** Ranges up to this long are scanned: a few cache lines read in order beat three random probes. */
    private static final int SCAN = 32;

    private final int[] values;
    private final long[] suffixMinima;
    /** {@code blockMinima[level][b]}: position of a minimum of blocks {@code b .. b + 2^level - 1}. */
    private final int[][] blockMinima;

    /** A structure over {@code values}, kept by reference and never modified. */
    RangeMinimum(int[] values) {
        this.values = values;
        this.suffixMinima = new long[values.length];
        for (int blockStart = 0; blockStart < values.length; blockStart += BLOCK) {
            fillMasks(blockStart, Math.min(values.length, blockStart + BLOCK));
        }
        this.blockMinima = buildSparseTable();
    }

    /**
     * Reports to {@code sink}, in ascending order, every position {@code i} in {@code [from, to)}
     * with {@code values[i] <= bound}. O(1 + k) for k reported positions: an in-order walk of the
     * range's Cartesian tree, cut off below every minimum that exceeds the bound; ranges of at
     * most {@value #SCAN} positions are scanned instead, which keeps the bound (each costs O(1))
     * and reads memory in order.
     */
    void reportAtMost(int from, int to, int bound, IntConsumer sink) {
        int[] pending = new int[32];
        int size = push(pending, 0, from, to);
        while (size > 0) {
            int end = pending[--size];
            int start = pending[--size];
            if (end < 0) {
                sink.accept(start);
                continue;
            }
            if (end - start <= SCAN) {
                scan(start, end, bound, sink);
                continue;
            }
            int min = minimumPosition(start, end - 1);
            if (values[min] > bound) {
                continue;
            }
            pending = size + 6 > pending.length ? Arrays.copyOf(pending, pending.length * 2) : pending;
            size = push(pending, size, min + 1, end);
            size = push(pending, size, min, -1);
            size = push(pending, size, start, min);
        }
    }

    private void scan(int from, int to, int bound, IntConsumer sink) {
        for (int i = from; i < to; i++) {
            if (values[i] <= bound) {
                sink.accept(i);
            }
        }
    }

    /** The position of a minimum of {@code values[first..last]}, both inclusive, {@code first <= last}. */
    int minimumPosition(int first, int last) {
        int firstBlock = first >>> BLOCK_BITS;
        int lastBlock = last >>> BLOCK_BITS;
        if (firstBlock == lastBlock) {
            return inBlock(first, last);
        }
        int best = smaller(inBlock(first, (firstBlock << BLOCK_BITS) + BLOCK - 1), inBlock(lastBlock << BLOCK_BITS, last));
        if (firstBlock + 1 == lastBlock) {
            return best;
        }
        return smaller(best, acrossBlocks(firstBlock + 1, lastBlock - 1));
    }

    /** Pushes the task {@code (start, end)} unless it is an empty range; an end of -1 means "emit start". */
    private static int push(int[] pending, int size, int start, int end) {
        if (end >= 0 && start >= end) {
            return size;
        }
        pending[size] = start;
        pending[size + 1] = end;
        return size + 2;
    }

    private int inBlock(int first, int last) {
        long candidates = suffixMinima[last] & (-1L << (first & (BLOCK - 1)));
        return (last & ~(BLOCK - 1)) + Long.numberOfTrailingZeros(candidates);
    }

    private int acrossBlocks(int firstBlock, int lastBlock) {
        int level = 31 - Integer.numberOfLeadingZeros(lastBlock - firstBlock + 1);
        int[] row = blockMinima[level];
        return smaller(row[firstBlock], row[lastBlock - (1 << level) + 1]);
    }

    private int smaller(int i, int j) {
        return values[j] < values[i] ? j : i;
    }

    /**
     * Fills the masks of one block: bit {@code t} of position {@code j}'s mask is set when
     * {@code values[blockStart + t]} is smaller than every value after it up to {@code j}.
     */
    private void fillMasks(int blockStart, int blockEnd) {
        long stack = 0;
        for (int j = blockStart; j < blockEnd; j++) {
            while (stack != 0 && values[blockStart + 63 - Long.numberOfLeadingZeros(stack)] >= values[j]) {
                stack &= ~Long.highestOneBit(stack);
            }
            stack |= 1L << (j - blockStart);
            suffixMinima[j] = stack;
        }
    }

    private int[][] buildSparseTable() {
        int blocks = (values.length + BLOCK - 1) >>> BLOCK_BITS;
        int levels = blocks == 0 ? 1 : 32 - Integer.numberOfLeadingZeros(blocks);
        int[][] table = new int[levels][];
        table[0] = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            table[0][b] = inBlock(b << BLOCK_BITS, Math.min(values.length, (b + 1) << BLOCK_BITS) - 1);
        }
        for (int level = 1; level < levels; level++) {
            int half = 1 << (level - 1);
            table[level] = new int[blocks - (1 << level) + 1];
            for (int b = 0; b < table[level].length; b++) {
                table[level][b] = smaller(table[level - 1][b], table[level - 1][b + half]);
            }
        }
        return table;
    }
}

package org.standoff.bench.format;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Measures operations in turns of about 200 ms of thread CPU time each, after a warm-up of each,
 * so that a neighbour's load and the machine's drift fall on every operation alike (separate runs
 * wander by 30% on a shared machine). Used by {@link BuildsCompared} and {@link UimaCompared}.
 */
final class Turns {
    private static final long TURN_NANOS = 200_000_000L;

    private Turns() {
    }

    /** One measured operation; returns something that depends on its work, so that it is not optimized away. */
    interface Op {
        long run() throws Throwable;
    }

    /**
     * Runs each of {@code ops} for {@code warmUpNanos} of CPU time, then all of them in turns until
     * the first has had {@code budgetNanos}, and returns each one's runs per CPU second.
     */
    static double[] perCpuSecond(List<Op> ops, long warmUpNanos, long budgetNanos) throws Throwable {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (Op op : ops) {
            long until = threads.getCurrentThreadCpuTime() + warmUpNanos;
            while (threads.getCurrentThreadCpuTime() < until) {
                sink += op.run();
            }
        }
        long[] cpu = new long[ops.size()];
        long[] runs = new long[ops.size()];
        while (cpu[0] < budgetNanos) {
            for (int k = 0; k < ops.size(); k++) {
                long start = threads.getCurrentThreadCpuTime();
                long now;
                do {
                    sink += ops.get(k).run();
                    runs[k]++;
                } while ((now = threads.getCurrentThreadCpuTime()) < start + TURN_NANOS);
                cpu[k] += now - start;
            }
        }
        double[] rates = new double[ops.size()];
        for (int k = 0; k < ops.size(); k++) {
            rates[k] = runs[k] / (cpu[k] / 1e9);
        }
        if (sink == 42) {
            System.out.println();
        }
        return rates;
    }
}

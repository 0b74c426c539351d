package org.standoff.server.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a long conversion, counting input bytes (MB) and showing the documents read
 * so far; or nothing at all, when the input is small or the bar is off. Drawn on standard error, so
 * that the summary on standard output stays clean. Not thread-safe; close it before printing.
 */
final class Progress implements AutoCloseable {
    /** Inputs above this many bytes are large. */
    static final long LARGE_BYTES = 1L << 20;
    /** Inputs of more than this many document groups are large. */
    static final int LARGE_GROUPS = 20;

    private final ProgressBar bar;
    private final PrintWriter err;
    private long documents;

    private Progress(ProgressBar bar, PrintWriter err) {
        this.bar = bar;
        this.err = err;
    }

    /** No bar. */
    static Progress none() {
        return new Progress(null, null);
    }

    /**
     * A bar over {@code totalBytes} drawn on {@code err} when the input is large (more than
     * {@value #LARGE_GROUPS} groups or {@value #LARGE_BYTES} bytes) and {@code enabled}; else none.
     */
    static Progress of(boolean enabled, long totalBytes, int groups, PrintWriter err) {
        return of("Converting", enabled, totalBytes, groups, err);
    }

    /** Like {@link #of(boolean, long, int, PrintWriter)}, the bar named {@code task}. */
    static Progress of(String task, boolean enabled, long totalBytes, int groups, PrintWriter err) {
        if (!enabled || (totalBytes <= LARGE_BYTES && groups <= LARGE_GROUPS)) {
            return none();
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalBytes)
                .setUnit(" MB", 1L << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print("\r" + line);
                    err.flush();
                }, 100))
                .build();
        return new Progress(bar, err);
    }

    /** Whether a bar is shown. */
    boolean isShown() {
        return bar != null;
    }

    /** Records that {@code bytes} more of the input were read, giving {@code read} more documents. */
    void step(long bytes, int read) {
        documents += read;
        if (bar != null) {
            bar.stepBy(bytes);
            bar.setExtraMessage(documents + " document(s)");
        }
    }

    /** Moves the bar to {@code bytes} read in all (for streams that count their own position). */
    void stepTo(long bytes, int read) {
        documents += read;
        if (bar != null) {
            bar.stepTo(bytes);
            bar.setExtraMessage(documents + " document(s)");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
        }
    }
}

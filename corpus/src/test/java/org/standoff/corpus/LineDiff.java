package org.standoff.corpus;

import java.util.List;

/** A unified diff of two texts, line by line: one hunk around the first to the last differing line. */
final class LineDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 60;

    private LineDiff() {
    }

    /** The diff from {@code expected} (labelled {@code from}) to {@code actual} ({@code to}), or "" when equal. */
    static String unified(String from, String expected, String to, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        if (prefix == a.size() && prefix == b.size()) {
            return expected.equals(actual) ? "" : "(the texts differ only in line endings)\n";
        }
        int start = Math.max(0, prefix - CONTEXT);
        int endA = Math.min(a.size(), a.size() - suffix + CONTEXT);
        int endB = Math.min(b.size(), b.size() - suffix + CONTEXT);
        StringBuilder out = new StringBuilder("--- ").append(from).append("\n+++ ").append(to).append('\n');
        out.append("@@ -").append(start + 1).append(',').append(endA - start)
                .append(" +").append(start + 1).append(',').append(endB - start).append(" @@\n");
        int shown = 0;
        for (int i = start; i < prefix; i++, shown++) {
            out.append(' ').append(a.get(i)).append('\n');
        }
        for (int i = prefix; i < a.size() - suffix && shown < MAX_LINES; i++, shown++) {
            out.append('-').append(a.get(i)).append('\n');
        }
        for (int i = prefix; i < b.size() - suffix && shown < MAX_LINES; i++, shown++) {
            out.append('+').append(b.get(i)).append('\n');
        }
        for (int i = a.size() - suffix; i < endA && shown < MAX_LINES; i++, shown++) {
            out.append(' ').append(a.get(i)).append('\n');
        }
        if (shown >= MAX_LINES) {
            out.append("… (diff cut at ").append(MAX_LINES).append(" lines)\n");
        }
        return out.toString();
    }
}

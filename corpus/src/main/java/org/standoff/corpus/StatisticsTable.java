package org.standoff.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lays out {@link CorpusStatistics} as a plain-text table: labels left, counts right-aligned. */
final class StatisticsTable {
    private final List<String[]> rows = new ArrayList<>();

    void row(String label, int count) {
        rows.add(new String[] {label, Integer.toString(count)});
    }

    void section(String title, Map<?, Integer> counts) {
        rows.add(new String[] {title, ""});
        counts.forEach((key, count) -> rows.add(new String[] {"  " + key, Integer.toString(count)}));
    }

    @Override
    public String toString() {
        int labelWidth = 0;
        int countWidth = 0;
        for (String[] row : rows) {
            labelWidth = Math.max(labelWidth, row[0].length());
            countWidth = Math.max(countWidth, row[1].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            String line = String.format("%-" + labelWidth + "s  %" + countWidth + "s", row[0], row[1]);
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }
}

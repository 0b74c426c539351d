package org.standoff.corpus.conll;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal CoNLL reader for tests: sentences of rows (whitespace-separated columns), skipping
 * {@code #} comments and {@code -DOCSTART-}; it checks that a label column is valid IOB2 and lists
 * its chunks as {@code LABEL[first, last]} token indexes over the whole file.
 */
final class IobReader {
    final List<List<String[]>> sentences = new ArrayList<>();

    IobReader(String content) {
        List<String[]> sentence = new ArrayList<>();
        for (String line : content.split("\r?\n")) {
            if (line.isBlank()) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
            } else if (!line.startsWith("#") && !line.startsWith("-DOCSTART-")) {
                sentence.add(line.split("\\s+"));
            }
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
    }

    int tokens() {
        return sentences.stream().mapToInt(List::size).sum();
    }

    /** The chunks of the label in column {@code column} (or from {@code key=TAG} inside it), failing on invalid IOB2. */
    List<String> chunks(int column, String key) {
        List<String> chunks = new ArrayList<>();
        int index = 0;
        for (List<String[]> sentence : sentences) {
            String open = null;
            int start = -1;
            for (String[] row : sentence) {
                String tag = tag(row[column], key);
                if (open != null && !tag.equals("I-" + open)) {
                    chunks.add(open + "[" + start + ", " + (index - 1) + "]");
                    open = null;
                }
                if (tag.startsWith("B-")) {
                    open = tag.substring(2);
                    start = index;
                } else if (tag.startsWith("I-") && open == null) {
                    throw new AssertionError("I- without B- at token " + index + ": " + tag);
                }
                index++;
            }
            if (open != null) {
                chunks.add(open + "[" + start + ", " + (index - 1) + "]");
            }
        }
        return chunks;
    }

    private static String tag(String cell, String key) {
        if (key == null) {
            return cell;
        }
        for (String part : cell.split("\\|")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return "O";
    }
}

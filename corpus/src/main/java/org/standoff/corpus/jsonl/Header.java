package org.standoff.corpus.jsonl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The optional first line of a JSON Lines corpus: {@code {"format": "standoff-corpus/1", ...}}. */
final class Header {
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\{\\s*\"format\"\\s*:\\s*\"(standoff-corpus/[^\"]*)\"");

    private Header() {
    }

    /** Whether {@code line} is a corpus header (its first field is a {@code standoff-corpus/…} format). */
    static boolean isHeader(String line) {
        return FORMAT.matcher(line).find();
    }

    /** Whether the header names the version this reader reads. */
    static boolean check(String line) {
        Matcher matcher = FORMAT.matcher(line);
        return matcher.find() && matcher.group(1).equals(JsonlCorpus.FORMAT);
    }
}

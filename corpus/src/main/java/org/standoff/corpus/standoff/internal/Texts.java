package org.standoff.corpus.standoff.internal;

/** Text for diagnostic messages: quoted, escaped and abbreviated. */
final class Texts {
    private static final int MAX = 80;

    private Texts() {
    }

    /** {@code s} in double quotes, control characters and unpaired surrogates escaped, cut to 80 characters with an ellipsis. */
    public static String quote(String s) {
        return "\"" + escape(abbreviate(s)) + "\"";
    }

    /** {@code s} cut to 80 characters (never inside a surrogate pair) with an ellipsis. */
    public static String abbreviate(String s) {
        if (s.length() <= MAX) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return s.substring(0, cut) + "… (" + s.length() + " characters)";
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !isPaired(s, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPaired(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}

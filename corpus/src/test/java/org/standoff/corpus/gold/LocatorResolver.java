package org.standoff.corpus.gold;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.text.Span;

/**
 * Resolves {@link Locator}s to spans of one text, exactly and uniquely, or says why not. Offsets
 * are UTF-16 code units; occurrences may overlap ({@code "aa"} occurs twice in {@code "aaa"}).
 * Immutable and thread-safe.
 */
final class LocatorResolver {
    private final String text;

    LocatorResolver(String text) {
        this.text = text;
    }

    /** The outcome of one resolution: a span, or the reason there is none. */
    record Resolution(Span span, String problem) {
        boolean isResolved() {
            return span != null;
        }
    }

    /** Resolves {@code locator} in the whole text. */
    Resolution resolve(Locator locator) {
        return resolve(locator, Span.of(0, text.length()));
    }

    /** Resolves {@code locator} inside {@code within}: every occurrence counted must lie wholly in it. */
    Resolution resolve(Locator locator, Span within) {
        if (locator.text().isEmpty()) {
            return new Resolution(null, "text is empty");
        }
        String where = within.length() == text.length() ? "the article" : "the range " + within;
        Span searched = within;
        if (locator.context() != null) {
            List<Integer> contexts = occurrences(locator.context(), within);
            if (contexts.size() != 1) {
                return new Resolution(null, "context \"" + locator.context() + "\" occurs " + contexts.size()
                        + " times in " + where + ", expected exactly once");
            }
            searched = Span.of(contexts.get(0), contexts.get(0) + locator.context().length());
            where = "its context \"" + locator.context() + "\"";
        }
        List<Integer> found = occurrences(locator.text(), searched);
        if (locator.nth() > 0 || locator.context() != null) {
            int nth = Math.max(1, locator.nth());
            if (found.size() < nth) {
                return new Resolution(null, "\"" + locator.text() + "\" occurs " + found.size() + " times in "
                        + where + ", so there is no occurrence " + nth);
            }
            return at(found.get(nth - 1), locator);
        }
        if (found.size() != 1) {
            return new Resolution(null, "\"" + locator.text() + "\" occurs " + found.size() + " times in " + where
                    + (found.isEmpty() ? "" : "; add in: (a unique context) or nth:"));
        }
        return at(found.get(0), locator);
    }

    private static Resolution at(int start, Locator locator) {
        return new Resolution(Span.of(start, start + locator.text().length()), null);
    }

    /** The start of every occurrence of {@code needle} lying wholly inside {@code range}, overlapping ones included. */
    private List<Integer> occurrences(String needle, Span range) {
        List<Integer> starts = new ArrayList<>();
        int from = range.start();
        int limit = range.end() - needle.length();
        for (int i = text.indexOf(needle, from); i >= 0 && i <= limit; i = text.indexOf(needle, i + 1)) {
            starts.add(i);
        }
        return starts;
    }
}

package org.standoff.server.store;

import java.util.Locale;
import org.standoff.core.model.Document;

/**
 * Which documents a listing selects; a null field selects every document.
 *
 * @param language      the metadata {@code language}, exactly
 * @param titleContains a part of the metadata {@code title}, ignoring case
 * @param textContains  a part of the text, exactly
 * @param search        a part of the title or of the text, ignoring case (the page's search box)
 */
public record DocumentFilter(String language, String titleContains, String textContains, String search) {
    /** The filter that selects every document. */
    public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null);

    /** A filter without {@code search}. */
    public DocumentFilter(String language, String titleContains, String textContains) {
        this(language, titleContains, textContains, null);
    }

    /** Whether {@code document} is selected. */
    public boolean matches(Document document) {
        if (language != null && !language.equals(document.metadata().get("language"))) {
            return false;
        }
        if (titleContains != null && !lower(document.metadata().getOrDefault("title", "")).contains(lower(titleContains))) {
            return false;
        }
        if (textContains != null && !document.text().contains(textContains)) {
            return false;
        }
        return search == null || lower(document.metadata().getOrDefault("title", "")).contains(lower(search))
                || lower(document.text()).contains(lower(search));
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}

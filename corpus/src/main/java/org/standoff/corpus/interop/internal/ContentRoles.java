package org.standoff.corpus.interop.internal;

import java.util.Locale;
import java.util.Optional;
import org.standoff.core.model.ContentLink;

/** The role names of an attribution's contents: {@code content} (EXPLICIT), {@code continuation}, {@code split}. */
public final class ContentRoles {
    private ContentRoles() {
    }

    /** The role of a content with the given link. */
    public static String role(ContentLink link) {
        return link == ContentLink.EXPLICIT ? "content" : link.name().toLowerCase(Locale.ROOT);
    }

    /** The link of a content role, or empty when {@code role} names none. */
    public static Optional<ContentLink> link(String role) {
        if (role.equals("content")) {
            return Optional.of(ContentLink.EXPLICIT);
        }
        if (role.equals("continuation")) {
            return Optional.of(ContentLink.CONTINUATION);
        }
        return role.equals("split") ? Optional.of(ContentLink.SPLIT) : Optional.empty();
    }
}

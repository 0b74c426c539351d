package org.standoff.server.graphql;

import java.util.Locale;
import org.standoff.core.model.Document;
import org.standoff.server.auth.Role;
import org.standoff.server.auth.Viewer;

/**
 * Per-annotator copies: a copy of document {@code D} for annotator {@code A} is the ordinary document
 * {@code D~A} with D's text, and metadata {@code copyOf=D}, {@code annotator=A} and
 * {@code state=new|in-progress|done}. Every store stores it unchanged; these rules are all that makes
 * it a copy: only its annotator (or a curator) edits it, and the first edit moves it from new to in
 * progress.
 */
final class AnnotatorCopies {
    static final String COPY_OF = "copyOf";
    static final String ANNOTATOR = "annotator";
    static final String STATE = "state";

    /** A copy's state, stored in its metadata by {@link #label()}. */
    enum State {
        NEW, IN_PROGRESS, DONE;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static State of(String label) {
            for (State state : values()) {
                if (state.label().equals(label)) {
                    return state;
                }
            }
            return NEW;
        }
    }

    private AnnotatorCopies() {
    }

    /** The id of {@code annotator}'s copy of {@code documentId}. */
    static String copyId(String documentId, String annotator) {
        return documentId + "~" + annotator;
    }

    /** {@code annotator} if it can name a copy, else a BAD_REQUEST. */
    static String checkedName(String annotator) {
        if (annotator == null || annotator.isBlank() || annotator.contains("~") || !annotator.strip().equals(annotator)
                || annotator.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '\\')) {
            throw ApiException.badRequest("\"" + annotator + "\" cannot name an annotator's copy: "
                    + "use a user name without spaces, slashes or ~");
        }
        return annotator;
    }

    static boolean isCopy(Document document) {
        return document.metadata().containsKey(COPY_OF);
    }

    /**
     * {@code document} as the next version of an annotation edit by {@code viewer}: unchanged unless it
     * is a copy; a copy refuses anyone but its annotator and curators (FORBIDDEN), and a new copy
     * becomes in progress.
     */
    static Document edited(Document document, Viewer viewer) {
        if (!isCopy(document)) {
            return document;
        }
        checkMayEdit(document, viewer);
        if (State.of(document.metadata().get(STATE)) != State.NEW) {
            return document;
        }
        return document.toBuilder().metadata(STATE, State.IN_PROGRESS.label()).build();
    }

    /** Refuses (FORBIDDEN) anyone but the copy's annotator and curators. */
    static void checkMayEdit(Document copy, Viewer viewer) {
        String annotator = copy.metadata().get(ANNOTATOR);
        if (viewer.may(Role.CURATOR) || (viewer.name() != null && viewer.name().equals(annotator))) {
            return;
        }
        throw new ApiException(ErrorCode.FORBIDDEN, "\"" + copy.id() + "\" is the copy of " + annotator
                + "; only " + annotator + " or a curator may edit it");
    }
}

package org.standoff.server.store;

/**
 * The kinds of rows a document is cut into ({@link DocumentRows}): one per array of a standoff JSON
 * document, each kept in its own database table.
 */
public enum RowKind {
    ENTITIES("entities", false),
    MENTIONS("mentions", true),
    QUOTES("quotes", true),
    CUES("cues", true),
    ATTRIBUTIONS("attributions", false),
    CLAIMS("claims", true),
    SEGMENTS("segments", true),
    SPANS("annotations", true),
    RELATIONS("relations", false),
    PROVENANCE("provenance", false);

    private final String jsonKey;
    private final boolean spanned;

    RowKind(String jsonKey, boolean spanned) {
        this.jsonKey = jsonKey;
        this.spanned = spanned;
    }

    /** The array of a standoff JSON document that holds this kind. */
    public String jsonKey() {
        return jsonKey;
    }

    /** Whether rows of this kind lie on the text (have start and end). */
    public boolean isSpanned() {
        return spanned;
    }
}

package org.standoff.server.store.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.standoff.server.store.CorpusFilter;
import org.standoff.server.store.CorpusGroup;
import org.standoff.server.store.CorpusKind;
import org.standoff.server.store.EntityMatch;

/**
 * The SQL of one corpus-wide query over the V1 tables and the V5 indexes: the {@code FROM} that gives
 * each quote, claim or mention its entity (alias {@code e}) and, for quotes, its cue (alias {@code cue}),
 * and the {@code WHERE} of a {@link CorpusFilter} with its parameters, in order. The row alias is
 * {@code x}. A filter on the entity or the cue lemma also restricts the documents to those that have
 * such an entity or cue ({@code x.document_id IN …}), so the plan can start from that index. The
 * references between rows (a mention's {@code entity_id}, an attribution's {@code source_id} …) have
 * the database's default collation and the ids they name {@code "C"}: every join names the collation of
 * the index it is to use, without which PostgreSQL cannot use it. Not thread-safe; one per query.
 */
final class CorpusSql {
    /** An entity's corpus identity, as the V5 function (and index) computes it. */
    static final String CORPUS_ID = "standoff_corpus_id(e.document_id, e.id, e.body)";

    /** A quote's first attribution (in the document's list) that has it among its contents. */
    static final String FIRST_ATTRIBUTION = "LEFT JOIN LATERAL (SELECT a.source_id, a.cue_id FROM attribution_contents ac"
            + " JOIN attributions a ON a.document_id = ac.document_id AND a.id = ac.attribution_id"
            + " WHERE ac.document_id = x.document_id AND ac.quote_id = x.id COLLATE \"default\" ORDER BY a.position LIMIT 1) a ON true";

    /** The corpus order of the rows. */
    static final String ORDER = "x.document_id, x.start_cp, x.end_cp DESC, x.id";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final CorpusKind kind;

    CorpusSql(CorpusKind kind, CorpusFilter filter) {
        this.kind = kind;
        where(filter);
    }

    /** The rows with their entity (and cue): {@code FROM … JOIN …}. */
    String from() {
        switch (kind) {
            case QUOTES:
                return " FROM quotes x " + FIRST_ATTRIBUTION
                        + " LEFT JOIN mentions m ON m.document_id = x.document_id AND m.id = a.source_id COLLATE \"C\""
                        + " LEFT JOIN entities e ON e.document_id = x.document_id AND e.id = m.entity_id COLLATE \"C\""
                        + " LEFT JOIN cues cue ON cue.document_id = x.document_id AND cue.id = a.cue_id COLLATE \"C\"";
            case CLAIMS:
                return " FROM claims x LEFT JOIN entities e ON e.document_id = x.document_id AND e.id = x.claimant_id COLLATE \"C\"";
            case MENTIONS:
                return " FROM mentions x LEFT JOIN entities e ON e.document_id = x.document_id AND e.id = x.entity_id COLLATE \"C\"";
            default:
                throw new IllegalStateException("unhandled " + kind);
        }
    }

    /** The type column of the rows. */
    String typeColumn() {
        switch (kind) {
            case QUOTES:
                return "x.quote_type";
            case CLAIMS:
                return "x.claim_type";
            case MENTIONS:
                return "x.mention_type";
            default:
                throw new IllegalStateException("unhandled " + kind);
        }
    }

    /** What the rows are grouped by. */
    String group(CorpusGroup by) {
        switch (by) {
            case ENTITY:
                return CORPUS_ID;
            case CUE_LEMMA:
                return "cue.lemma";
            case TYPE:
                return typeColumn();
            case CHECKWORTHY:
                return "(x.body ->> 'checkworthy')";
            case DOCUMENT:
                return "x.document_id";
            default:
                throw new IllegalStateException("unhandled " + by);
        }
    }

    /** The conditions, {@code ""} or {@code " WHERE … AND …"}. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Adds a condition (with {@code ?} for each of {@code values}). */
    CorpusSql and(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    List<Object> parameters() {
        return parameters;
    }

    private void where(CorpusFilter filter) {
        if (filter.documentId() != null) {
            and("x.document_id = ?", filter.documentId());
        }
        EntityMatch entity = filter.entity();
        if (!entity.isAny()) {
            List<Object> values = new ArrayList<>();
            String match = entityMatch(entity, "e", values);
            and(match, values.toArray());
            List<Object> again = new ArrayList<>();
            and("x.document_id IN (SELECT f.document_id FROM entities f WHERE " + entityMatch(entity, "f", again) + ")",
                    again.toArray());
        }
        if (filter.type() != null) {
            and(typeColumn() + " = ?", filter.type());
        }
        if (filter.cueLemma() != null) {
            and("cue.lemma = ?", filter.cueLemma());
            and("x.document_id IN (SELECT l.document_id FROM cues l WHERE l.lemma = ?)", filter.cueLemma());
        }
        if (filter.checkworthy() != null) {
            and("(x.body ->> 'checkworthy') = ?", filter.checkworthy().toString());
        }
        if (filter.textContains() != null) {
            String pattern = containsPattern(filter.textContains());
            if (kind == CorpusKind.CLAIMS) {
                and("(lower(x.body ->> 'text') LIKE ? OR lower(x.body ->> 'claimText') LIKE ?)", pattern, pattern);
            } else {
                and("lower(x.body ->> 'text') LIKE ?", pattern);
            }
        }
    }

    /** The conditions of {@code match} on the entities aliased {@code alias}, adding their values. */
    static String entityMatch(EntityMatch match, String alias, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        if (match.corpusId() != null) {
            conditions.add("standoff_corpus_id(" + alias + ".document_id, " + alias + ".id, " + alias + ".body) = ?");
            values.add(match.corpusId());
        }
        if (match.wikidata() != null) {
            conditions.add("(" + alias + ".body -> 'kbIds' ->> 'wikidata') = ?");
            values.add(match.wikidata());
        }
        if (match.id() != null) {
            conditions.add(alias + ".id = ?");
            values.add(match.id());
        }
        if (match.nameContains() != null) {
            conditions.add("lower(" + alias + ".canonical_name) LIKE ?");
            values.add(containsPattern(match.nameContains()));
        }
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    /** A {@code LIKE} pattern (default escape {@code \}) for text containing {@code part}, lower-cased as Java does. */
    static String containsPattern(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

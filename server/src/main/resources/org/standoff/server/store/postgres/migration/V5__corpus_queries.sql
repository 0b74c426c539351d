-- Corpus-wide queries (docs/API.md "Corpus-wide queries", docs/SCALING.md): quotes, claims, mentions
-- and entities across documents by speaker, claimant, entity, cue lemma, type, check-worthiness and
-- text. Every filter is served by an index; the plans are in docs/SCALING.md. No column is added: the
-- indexes are on the columns V1 made and on expressions over the rows' JSON bodies.

-- An entity's corpus identity (CorpusIdentity in the server): its Wikidata id, else its explicit
-- corpus-level link (kbIds.corpus), else the entity of its own document. Entities of different
-- documents with one corpus id are one speaker for corpus-wide queries.
CREATE FUNCTION standoff_corpus_id(document_id text, id text, body json) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce('wikidata:' || (body -> 'kbIds' ->> 'wikidata'), 'corpus:' || (body -> 'kbIds' ->> 'corpus'),
                          'document:' || document_id || '#' || id) $$;

-- speaker, claimant and referent filters find their entities here, then the documents that have them
CREATE INDEX entities_wikidata ON entities ((body -> 'kbIds' ->> 'wikidata'), document_id);
CREATE INDEX entities_corpus_id ON entities (standoff_corpus_id(document_id, id, body), document_id);
CREATE INDEX entities_id ON entities (id, document_id);
CREATE INDEX entities_type ON entities (entity_type, document_id);

-- from an entity to what refers to it (mentions_entity exists since V1), and from a quote to its attribution
CREATE INDEX attributions_source ON attributions (document_id, source_id);
CREATE INDEX attributions_cue ON attributions (document_id, cue_id);
CREATE INDEX attribution_contents_quote ON attribution_contents (document_id, quote_id);
CREATE INDEX claims_claimant ON claims (document_id, claimant_id);

-- cue lemmas, types and check-worthiness (counts by type are index-only scans of these)
CREATE INDEX cues_lemma ON cues (lemma, document_id);
CREATE INDEX quotes_type ON quotes (quote_type, document_id);
CREATE INDEX claims_type ON claims (claim_type, document_id);
CREATE INDEX claims_checkworthy ON claims ((body ->> 'checkworthy'), document_id);
CREATE INDEX mentions_type ON mentions (mention_type, document_id);

-- text contains: trigram indexes, where the pg_trgm extension can be had (it ships with PostgreSQL's
-- contrib and is trusted since PostgreSQL 13). Without it the text filters still work, scanning the
-- rows the other filters leave.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX quotes_text ON quotes USING gin (lower(body ->> 'text') gin_trgm_ops);
    CREATE INDEX claims_text ON claims USING gin (lower(body ->> 'text') gin_trgm_ops);
    CREATE INDEX claims_claim_text ON claims USING gin (lower(body ->> 'claimText') gin_trgm_ops);
    CREATE INDEX mentions_text ON mentions USING gin (lower(body ->> 'text') gin_trgm_ops);
    CREATE INDEX entities_name ON entities USING gin (lower(canonical_name) gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): text filters of corpus-wide queries scan instead of using an index', SQLERRM;
END
$$;

-- Counts of quotes, claims and mentions by type, claims also by check-worthiness, kept by the writes,
-- so that "claim counts by type" (and the total of a type filter) reads a few dozen rows however large
-- the corpus is (TypeCounts in the server; docs/SCALING.md). Every statement that inserts, updates or
-- deletes rows of these tables (an edit's rows, an import's COPY, a document's deletion cascading)
-- appends one row per type it changed, with the change in count; a count is the sum of its rows.
-- Appending never waits on another writer: no shared counter row is updated in place, so concurrent
-- edits neither queue nor deadlock on a count. The store folds the rows into one per type when a read
-- finds many (PostgresCorpusQueries).
CREATE TABLE annotation_counts (
    kind        text   NOT NULL,  -- 'quotes', 'claims' or 'mentions'
    type        text,             -- quote_type, claim_type or mention_type
    checkworthy text,             -- claims: body ->> 'checkworthy' ('true', 'false' or null)
    n           bigint NOT NULL
);

-- One function for the three tables, its argument the table's type column; each table's three triggers
-- (insert, update, delete) name the transition tables added and removed, and the function reads the
-- ones its operation has.
CREATE FUNCTION standoff_count_types() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    typed text := format('SELECT %I AS t, %s AS w', TG_ARGV[0],
                         CASE WHEN TG_TABLE_NAME = 'claims' THEN 'body ->> ''checkworthy''' ELSE 'NULL::text' END);
    changed text := CASE TG_OP
        WHEN 'INSERT' THEN typed || ', 1 AS n FROM added'
        WHEN 'DELETE' THEN typed || ', -1 AS n FROM removed'
        ELSE typed || ', 1 AS n FROM added UNION ALL ' || typed || ', -1 FROM removed' END;
BEGIN
    EXECUTE format('INSERT INTO annotation_counts SELECT %L, t, w, sum(n) FROM (%s) c GROUP BY 2, 3 HAVING sum(n) <> 0',
                   TG_TABLE_NAME, changed);
    RETURN NULL;
END $$;

-- The triggers first: they lock the tables against writes until this migration commits, so the counts
-- below see every row written before and the triggers every row written after.
CREATE TRIGGER quotes_counted_insert AFTER INSERT ON quotes REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION standoff_count_types('quote_type');
CREATE TRIGGER quotes_counted_update AFTER UPDATE ON quotes REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION standoff_count_types('quote_type');
CREATE TRIGGER quotes_counted_delete AFTER DELETE ON quotes REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION standoff_count_types('quote_type');
CREATE TRIGGER claims_counted_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION standoff_count_types('claim_type');
CREATE TRIGGER claims_counted_update AFTER UPDATE ON claims REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION standoff_count_types('claim_type');
CREATE TRIGGER claims_counted_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION standoff_count_types('claim_type');
CREATE TRIGGER mentions_counted_insert AFTER INSERT ON mentions REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION standoff_count_types('mention_type');
CREATE TRIGGER mentions_counted_update AFTER UPDATE ON mentions REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION standoff_count_types('mention_type');
CREATE TRIGGER mentions_counted_delete AFTER DELETE ON mentions REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION standoff_count_types('mention_type');

INSERT INTO annotation_counts SELECT 'quotes', quote_type, NULL, count(*) FROM quotes GROUP BY 2;
INSERT INTO annotation_counts SELECT 'claims', claim_type, body ->> 'checkworthy', count(*) FROM claims GROUP BY 2, 3;
INSERT INTO annotation_counts SELECT 'mentions', mention_type, NULL, count(*) FROM mentions GROUP BY 2;

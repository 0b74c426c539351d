-- Standoff's PostgreSQL schema, version 1 (see docs/SCALING.md and the PostgresStore Javadoc).
-- Offsets are Unicode code points, half-open [start_cp, end_cp). Every annotation row keeps the
-- canonical standoff JSON object the writer makes for it in "body" (type json keeps its exact text,
-- so an export is byte-identical); the other columns are what queries select and join on.

CREATE TABLE documents (
    id                 text COLLATE "C" PRIMARY KEY,
    version            bigint  NOT NULL CHECK (version >= 1),
    text               text    NOT NULL,
    sha256             text    NOT NULL,
    codepoints         integer NOT NULL,
    utf16              integer NOT NULL,
    metadata           json    NOT NULL,
    schema             json,
    unknown_fields     json    NOT NULL,
    entity_count       integer NOT NULL,
    mention_count      integer NOT NULL,
    quote_count        integer NOT NULL,
    cue_count          integer NOT NULL,
    attribution_count  integer NOT NULL,
    claim_count        integer NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_language ON documents ((metadata ->> 'language'));

CREATE TABLE entities (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    canonical_name text,
    entity_type  text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);

CREATE TABLE mentions (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    start_cp     integer NOT NULL,
    end_cp       integer NOT NULL,
    span         int4range GENERATED ALWAYS AS (int4range(start_cp, end_cp, '[)')) STORED,
    mention_type text,
    entity_id    text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX mentions_span ON mentions USING gist (span);

CREATE TABLE quotes (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    start_cp     integer NOT NULL,
    end_cp       integer NOT NULL,
    span         int4range GENERATED ALWAYS AS (int4range(start_cp, end_cp, '[)')) STORED,
    quote_type   text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX quotes_span ON quotes USING gist (span);

CREATE TABLE cues (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    start_cp     integer NOT NULL,
    end_cp       integer NOT NULL,
    span         int4range GENERATED ALWAYS AS (int4range(start_cp, end_cp, '[)')) STORED,
    lemma        text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX cues_span ON cues USING gist (span);

CREATE TABLE attributions (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    source_id    text,
    cue_id       text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);

CREATE TABLE claims (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    start_cp     integer NOT NULL,
    end_cp       integer NOT NULL,
    span         int4range GENERATED ALWAYS AS (int4range(start_cp, end_cp, '[)')) STORED,
    claim_type   text,
    claimant_id  text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX claims_span ON claims USING gist (span);

CREATE TABLE segments (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    start_cp     integer NOT NULL,
    end_cp       integer NOT NULL,
    span         int4range GENERATED ALWAYS AS (int4range(start_cp, end_cp, '[)')) STORED,
    segment_type text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX segments_span ON segments USING gist (span);

CREATE TABLE spans (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    start_cp     integer NOT NULL,
    end_cp       integer NOT NULL,
    span         int4range GENERATED ALWAYS AS (int4range(start_cp, end_cp, '[)')) STORED,
    layer        text,
    label        text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX spans_span ON spans USING gist (span);

CREATE TABLE relations (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    layer        text,
    label        text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);

CREATE TABLE provenance (
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           text COLLATE "C" NOT NULL,
    position     integer NOT NULL,
    agent_type   text,
    body         json    NOT NULL,
    PRIMARY KEY (document_id, id)
);

CREATE INDEX mentions_entity ON mentions (document_id, entity_id);

-- The contents of an attribution (its quotes and how each is linked), one row each.
CREATE TABLE attribution_contents (
    document_id     text COLLATE "C" NOT NULL,
    attribution_id  text COLLATE "C" NOT NULL,
    position        integer NOT NULL,
    quote_id        text    NOT NULL,
    link            text    NOT NULL,
    PRIMARY KEY (document_id, attribution_id, position),
    FOREIGN KEY (document_id, attribution_id) REFERENCES attributions (document_id, id) ON DELETE CASCADE
);

-- Every accepted edit: history and undo are built on it. No foreign key: history outlives a deletion.
-- before/after hold the changed rows' bodies (JSON arrays); actor is the account once accounts exist.
CREATE TABLE edits (
    seq             bigserial PRIMARY KEY,
    document_id     text COLLATE "C" NOT NULL,
    version_before  bigint NOT NULL,
    version_after   bigint NOT NULL,
    at              timestamptz NOT NULL DEFAULT now(),
    operation       text   NOT NULL,
    actor           text,
    before          json   NOT NULL,
    after           json   NOT NULL
);
CREATE INDEX edits_document ON edits (document_id, seq DESC);

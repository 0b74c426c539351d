-- A bulk import into an empty database (standoff db import, docs/SCALING.md) drops the keys and
-- indexes of the annotation tables while COPY loads their rows, and builds each once at the end,
-- which is many times faster than keeping them up to date row by row. What it dropped is written
-- here first, in the order to build it again; a row left here means an import stopped before it
-- finished, and the next program that migrates the schema (db import, db migrate, serve) builds it.
CREATE TABLE deferred_indexes (
    position    integer PRIMARY KEY,
    create_sql  text NOT NULL
);

-- Who may sign in (docs/SECURITY.md): one row per account, the role it has and the SHA-256 of its
-- current token (never the token). A revoked token leaves token_sha256 null and says when in
-- token_revoked; issuing a new token replaces the hash and clears it.
CREATE TABLE accounts (
    name           text COLLATE "C" PRIMARY KEY,
    role           text NOT NULL CHECK (role IN ('reader', 'annotator', 'curator', 'admin')),
    created        timestamptz NOT NULL,
    token_sha256   text CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    token_issued   timestamptz,
    token_revoked  timestamptz,
    CHECK ((token_sha256 IS NULL) = (token_issued IS NULL))
);

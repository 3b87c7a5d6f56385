CREATE TABLE users
(
    id            BLOB PRIMARY KEY NOT NULL,
    username      TEXT UNIQUE      NOT NULL COLLATE NOCASE,
    password_hash TEXT             NOT NULL,
    is_admin      BOOLEAN          NOT NULL DEFAULT FALSE,
    created_at    DATETIME         NOT NULL DEFAULT (datetime('now', 'utc'))
);

ALTER TABLE lists ADD COLUMN owner_id BLOB REFERENCES users (id);
CREATE INDEX idx_lists_owner ON lists (owner_id);

CREATE TABLE sessions
(
    token      TEXT PRIMARY KEY NOT NULL,
    user_id    BLOB             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at DATETIME         NOT NULL
) WITHOUT ROWID;

CREATE INDEX idx_sessions_user ON sessions (user_id);
CREATE INDEX idx_sessions_expiry ON sessions (expires_at);

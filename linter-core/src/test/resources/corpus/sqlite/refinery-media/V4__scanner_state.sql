CREATE TABLE scan_roots (
    id       INTEGER PRIMARY KEY,
    path     TEXT NOT NULL UNIQUE,
    enabled  INTEGER NOT NULL DEFAULT 1,
    last_scan INTEGER
);

CREATE TABLE scan_errors (
    root_id  INTEGER NOT NULL REFERENCES scan_roots (id) ON DELETE CASCADE,
    path     TEXT NOT NULL,
    error    TEXT NOT NULL,
    at       INTEGER NOT NULL,
    PRIMARY KEY (root_id, path)
) WITHOUT ROWID;

INSERT INTO scan_roots (path) VALUES ('~/Music')
    ON CONFLICT (path) DO UPDATE SET enabled = 1;

CREATE TEMP TABLE scan_batch (path TEXT PRIMARY KEY, mtime INTEGER);
DROP TABLE temp.scan_batch;

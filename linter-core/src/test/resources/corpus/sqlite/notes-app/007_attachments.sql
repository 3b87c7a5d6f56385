CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 BLOB NOT NULL,
    data BLOB,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX attachments_note_idx ON attachments (note_id);
CREATE UNIQUE INDEX attachments_sha_idx ON attachments (note_id, sha256);

ALTER TABLE notebooks ADD COLUMN icon TEXT;
ALTER TABLE notebooks ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users RENAME COLUMN display_name TO name;
ALTER TABLE notebooks DROP COLUMN color;

CREATE VIEW IF NOT EXISTS notebook_counts AS
SELECT nb.id AS notebook_id, nb.title, count(n.id) AS notes, max(n.updated_at) AS last_update
  FROM notebooks nb
  LEFT JOIN notes n ON n.notebook_id = nb.id AND n.deleted_at IS NULL
 GROUP BY nb.id;

CREATE TEMP VIEW recent_notes AS SELECT * FROM notes ORDER BY updated_at DESC LIMIT 50;
DROP VIEW IF EXISTS recent_notes;
ANALYZE;
PRAGMA optimize;
VACUUM;

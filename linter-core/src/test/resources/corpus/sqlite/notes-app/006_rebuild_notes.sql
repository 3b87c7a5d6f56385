-- SQLite cannot change a column type: rebuild the table (the documented 12-step procedure).
PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;

CREATE TABLE notes_new (
    id INTEGER PRIMARY KEY,
    notebook_id INTEGER NOT NULL REFERENCES notebooks(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'markdown' CHECK (format IN ('markdown', 'plain', 'html')),
    pinned INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at INTEGER NOT NULL DEFAULT (unixepoch()),
    deleted_at INTEGER
);

INSERT INTO notes_new (id, notebook_id, title, body, pinned, created_at, updated_at)
SELECT id, notebook_id, title, body, pinned, created_at, updated_at FROM notes;

DROP TABLE notes;
ALTER TABLE notes_new RENAME TO notes;

CREATE INDEX notes_notebook_idx ON notes (notebook_id, updated_at DESC);
CREATE INDEX notes_pinned_idx ON notes (notebook_id) WHERE pinned = 1;
CREATE INDEX notes_deleted_idx ON notes (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO notes_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER notes_touch AFTER UPDATE OF title, body ON notes BEGIN
    UPDATE notes SET updated_at = unixepoch() WHERE id = new.id;
END;

PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;

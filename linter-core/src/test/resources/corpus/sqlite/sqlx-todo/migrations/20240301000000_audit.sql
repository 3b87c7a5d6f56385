CREATE TABLE IF NOT EXISTS audit_log
(
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    entity      TEXT    NOT NULL CHECK (entity IN ('list', 'todo', 'user')),
    entity_id   TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    actor_id    BLOB    REFERENCES users (id) ON DELETE SET NULL,
    detail      TEXT    CHECK (detail IS NULL OR json_valid(detail)),
    at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS idx_audit_entity ON audit_log (entity, entity_id, at);

CREATE TRIGGER IF NOT EXISTS todos_audit_insert AFTER INSERT ON todos
BEGIN
    INSERT INTO audit_log (entity, entity_id, action, detail)
    VALUES ('todo', NEW.id, 'insert', json_object('description', NEW.description));
END;

CREATE TRIGGER IF NOT EXISTS todos_audit_delete AFTER DELETE ON todos
BEGIN
    INSERT INTO audit_log (entity, entity_id, action) VALUES ('todo', OLD.id, 'delete');
END;

CREATE VIEW IF NOT EXISTS overdue_todos AS
SELECT t.id, t.description, t.due, l.title AS list
  FROM todos t JOIN lists l ON l.id = t.list_id
 WHERE t.done = 0 AND t.due < date('now');

ALTER TABLE lists ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE lists SET archived = TRUE WHERE id NOT IN (SELECT DISTINCT list_id FROM todos WHERE done = 0);
DELETE FROM sessions WHERE expires_at < datetime('now');
PRAGMA incremental_vacuum(100);
PRAGMA user_version = 4;

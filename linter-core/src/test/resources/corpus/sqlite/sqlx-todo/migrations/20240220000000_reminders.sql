CREATE TABLE reminders
(
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    todo_id   INTEGER NOT NULL REFERENCES todos (id) ON DELETE CASCADE,
    remind_at DATETIME NOT NULL,
    sent      INTEGER NOT NULL DEFAULT 0,
    channel   TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'push'))
);
CREATE INDEX idx_reminders_pending ON reminders (remind_at) WHERE sent = 0;
ALTER TABLE todos ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE todos ADD COLUMN completed_at DATETIME;
UPDATE todos SET completed_at = CURRENT_TIMESTAMP WHERE done = 1 AND completed_at IS NULL;
DROP INDEX idx_todos_list;
CREATE INDEX idx_todos_list_due ON todos (list_id, done, due);
ALTER TABLE reminders RENAME COLUMN sent TO delivered;
PRAGMA foreign_keys=ON;

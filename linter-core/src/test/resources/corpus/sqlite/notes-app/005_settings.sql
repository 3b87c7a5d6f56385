CREATE TABLE settings (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (user_id, key)
) WITHOUT ROWID, STRICT;

INSERT OR IGNORE INTO settings (user_id, key, value)
SELECT id, 'theme', 'system' FROM users;

INSERT OR REPLACE INTO settings (user_id, key, value)
SELECT id, 'editor', 'markdown' FROM users;

REPLACE INTO settings (user_id, key, value) VALUES (1, 'locale', 'en');

PRAGMA user_version = 5;

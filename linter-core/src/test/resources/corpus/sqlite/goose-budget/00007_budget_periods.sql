-- +goose Up
PRAGMA foreign_keys = OFF;
CREATE TABLE categories_new (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories_new (id) ON DELETE SET NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL DEFAULT 'expense' CHECK (type IN ('income', 'expense', 'transfer')),
    hidden    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (parent_id, name)
);
INSERT INTO categories_new (id, parent_id, name, type) SELECT id, parent_id, name, type FROM categories;
DROP TABLE categories;
ALTER TABLE categories_new RENAME TO categories;
PRAGMA foreign_keys = ON;

CREATE TABLE budgets (
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    amount      INTEGER NOT NULL,
    PRIMARY KEY (category_id, month)
) WITHOUT ROWID;

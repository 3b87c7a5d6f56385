-- +goose Up
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL DEFAULT 'expense',
    budget    REAL,
    UNIQUE (parent_id, name)
);
INSERT INTO categories (id, name, type) VALUES
    (1, 'Income', 'income'),
    (2, 'Housing', 'expense'),
    (3, 'Food', 'expense'),
    (4, 'Transport', 'expense'),
    (5, 'Leisure', 'expense');
INSERT INTO categories (parent_id, name) VALUES (3, 'Groceries'), (3, 'Restaurants'), (4, 'Fuel'), (4, 'Public transport');

-- +goose Up
CREATE TABLE recurring (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    category_id INTEGER REFERENCES categories (id),
    amount      INTEGER NOT NULL,
    payee       TEXT NOT NULL,
    every       TEXT NOT NULL CHECK (every IN ('week', 'month', 'quarter', 'year')),
    next_on     DATE NOT NULL,
    ends_on     DATE
) STRICT;

ALTER TABLE transactions ADD COLUMN recurring_id INTEGER REFERENCES recurring (id);
ALTER TABLE accounts ADD COLUMN iban TEXT;
ALTER TABLE accounts ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0;
CREATE INDEX recurring_next ON recurring (next_on) WHERE ends_on IS NULL OR ends_on >= next_on;

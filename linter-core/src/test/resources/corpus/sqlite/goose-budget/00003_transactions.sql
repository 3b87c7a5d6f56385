-- +goose Up
CREATE TABLE transactions (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    category_id INTEGER REFERENCES categories (id),
    booked_on   DATE NOT NULL,
    amount      INTEGER NOT NULL,
    payee       TEXT,
    memo        TEXT,
    cleared     INTEGER NOT NULL DEFAULT 0,
    import_hash TEXT UNIQUE
);
CREATE INDEX transactions_account_date ON transactions (account_id, booked_on);
CREATE INDEX transactions_category ON transactions (category_id) WHERE category_id IS NOT NULL;

-- +goose StatementBegin
CREATE TRIGGER transactions_no_closed_account
BEFORE INSERT ON transactions
FOR EACH ROW
WHEN (SELECT closed FROM accounts WHERE id = NEW.account_id)
BEGIN
    SELECT RAISE(FAIL, 'account is closed');
END;
-- +goose StatementEnd

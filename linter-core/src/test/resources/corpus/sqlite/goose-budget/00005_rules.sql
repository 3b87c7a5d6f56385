-- +goose Up
CREATE TABLE payee_rules (
    id          INTEGER PRIMARY KEY,
    pattern     TEXT NOT NULL,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    priority    INTEGER NOT NULL DEFAULT 100
);

-- +goose StatementBegin
CREATE TRIGGER transactions_auto_category AFTER INSERT ON transactions
WHEN NEW.category_id IS NULL AND NEW.payee IS NOT NULL
BEGIN
    UPDATE transactions
       SET category_id = (
           SELECT r.category_id FROM payee_rules r
            WHERE NEW.payee LIKE r.pattern
            ORDER BY r.priority
            LIMIT 1)
     WHERE id = NEW.id;
END;
-- +goose StatementEnd

INSERT INTO payee_rules (pattern, category_id, priority) VALUES ('%SUPERMARKT%', 6, 10), ('%TANK%', 8, 10);

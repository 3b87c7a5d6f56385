-- +goose Up
DROP VIEW IF EXISTS monthly_spending;
CREATE VIEW monthly_spending AS
SELECT strftime('%Y-%m', t.booked_on) AS month, c.name AS category, -sum(coalesce(s.amount, t.amount)) AS spent
  FROM transactions t
  LEFT JOIN splits s ON s.transaction_id = t.id
  JOIN categories c ON c.id = coalesce(s.category_id, t.category_id)
 WHERE coalesce(s.amount, t.amount) < 0
 GROUP BY 1, 2;
DROP INDEX IF EXISTS transactions_category;
CREATE INDEX IF NOT EXISTS transactions_category_date ON transactions (category_id, booked_on);
DROP TRIGGER IF EXISTS transactions_auto_category;
UPDATE accounts SET sort_order = id WHERE sort_order = 0;
DELETE FROM payee_rules WHERE category_id NOT IN (SELECT id FROM categories);
REINDEX transactions;
PRAGMA integrity_check;
PRAGMA wal_checkpoint(TRUNCATE);

-- +goose Up
CREATE TABLE splits (
    transaction_id INTEGER NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    line           INTEGER NOT NULL,
    category_id    INTEGER NOT NULL REFERENCES categories (id),
    amount         INTEGER NOT NULL,
    PRIMARY KEY (transaction_id, line)
) WITHOUT ROWID;

CREATE VIEW account_balances AS
SELECT a.id, a.name, a.opening_balance + coalesce(sum(t.amount), 0) AS balance
  FROM accounts a
  LEFT JOIN transactions t ON t.account_id = a.id
 GROUP BY a.id;

CREATE VIEW monthly_spending AS
SELECT strftime('%Y-%m', t.booked_on) AS month, c.name AS category, -sum(t.amount) AS spent
  FROM transactions t
  JOIN categories c ON c.id = t.category_id
 WHERE t.amount < 0
 GROUP BY 1, 2;

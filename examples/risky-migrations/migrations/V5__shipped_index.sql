-- Flyway runs a file holding only non-transactional statements outside a transaction.
CREATE INDEX CONCURRENTLY orders_shipped_at_idx ON orders (shipped_at);

UPDATE orders SET shipped_at = created_at;
ALTER TABLE orders ALTER COLUMN shipped_at SET NOT NULL;

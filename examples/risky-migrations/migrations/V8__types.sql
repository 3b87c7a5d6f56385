SET lock_timeout = '3s';

-- numeric(12,2) to numeric(14,2) keeps the stored form: no rewrite.
ALTER TABLE orders ALTER COLUMN total TYPE numeric(14, 2);
ALTER TABLE orders ALTER COLUMN customer_id TYPE integer;

SET lock_timeout = '3s';

ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);

DROP INDEX CONCURRENTLY IF EXISTS billing.payments_raw_gin;
DROP TRIGGER IF EXISTS payments_mark_paid ON billing.payments;
DROP FUNCTION IF EXISTS billing.mark_invoice_paid();
DROP POLICY IF EXISTS invoices_read ON billing.invoices;
DROP TYPE IF EXISTS billing.postal_address CASCADE;
ALTER TABLE billing.customers DROP COLUMN IF EXISTS billing_address;
ALTER TABLE billing.customers ADD COLUMN IF NOT EXISTS address jsonb;
ANALYZE billing.customers;

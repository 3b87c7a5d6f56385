CREATE TABLE billing.invoices_2023 (LIKE billing.invoices INCLUDING DEFAULTS INCLUDING CONSTRAINTS);

ALTER TABLE billing.invoices ATTACH PARTITION billing.invoices_2023
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

ALTER TABLE billing.invoices DETACH PARTITION billing.invoices_default;
ALTER TABLE billing.invoices_default RENAME TO invoices_unsorted;

ALTER INDEX billing.invoices_unpaid_idx RENAME TO invoices_open_due_idx;
ALTER INDEX billing.invoices_customer_idx SET (fillfactor = 90);

ALTER SEQUENCE billing.invoice_number_seq RESTART WITH 200000;
ALTER SEQUENCE billing.invoice_number_seq CACHE 20;

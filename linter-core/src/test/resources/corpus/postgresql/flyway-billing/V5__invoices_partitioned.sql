CREATE SEQUENCE IF NOT EXISTS billing.invoice_number_seq START WITH 100000 INCREMENT BY 1 NO CYCLE;

CREATE TABLE billing.invoices (
    id              bigint NOT NULL DEFAULT nextval('billing.invoice_number_seq'),
    customer_id     uuid NOT NULL,
    subscription_id bigint,
    issued_on       date NOT NULL,
    due_on          date NOT NULL,
    total           billing.cents,
    tax             billing.cents,
    currency        billing.currency_code NOT NULL,
    paid_at         timestamptz,
    pdf_key         text,
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);

ALTER SEQUENCE billing.invoice_number_seq OWNED BY billing.invoices.id;

CREATE TABLE billing.invoices_2024 PARTITION OF billing.invoices
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE billing.invoices_2025 PARTITION OF billing.invoices
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE billing.invoices_default PARTITION OF billing.invoices DEFAULT;

CREATE INDEX invoices_customer_idx ON billing.invoices (customer_id, issued_on DESC);
CREATE INDEX invoices_unpaid_idx ON billing.invoices (due_on) WHERE paid_at IS NULL;

ALTER TABLE billing.invoices
    ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES billing.customers (id);

CREATE TABLE billing.invoice_lines (
    invoice_id   bigint NOT NULL,
    issued_on    date NOT NULL,
    line_no      smallint NOT NULL,
    description  text NOT NULL,
    quantity     numeric(12, 3) NOT NULL DEFAULT 1,
    unit_amount  billing.cents,
    PRIMARY KEY (invoice_id, issued_on, line_no),
    FOREIGN KEY (invoice_id, issued_on) REFERENCES billing.invoices (id, issued_on) ON DELETE CASCADE
);

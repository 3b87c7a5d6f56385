BEGIN;

CREATE TABLE billing.payments (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_id   bigint NOT NULL,
    issued_on    date NOT NULL,
    provider     text NOT NULL,
    provider_ref text NOT NULL,
    amount       billing.cents,
    received_at  timestamptz NOT NULL DEFAULT now(),
    raw          jsonb,
    UNIQUE (provider, provider_ref),
    CONSTRAINT payments_invoice_fk FOREIGN KEY (invoice_id, issued_on)
        REFERENCES billing.invoices (id, issued_on) ON UPDATE CASCADE
);

CREATE INDEX payments_invoice_idx ON billing.payments (invoice_id, issued_on);
CREATE INDEX payments_raw_gin ON billing.payments USING gin (raw jsonb_path_ops);

CREATE OR REPLACE FUNCTION billing.mark_invoice_paid() RETURNS trigger AS $$
DECLARE
    paid billing.cents;
    due  billing.cents;
BEGIN
    SELECT coalesce(sum(amount), 0) INTO paid
      FROM billing.payments
     WHERE invoice_id = NEW.invoice_id AND issued_on = NEW.issued_on;
    SELECT total INTO due FROM billing.invoices WHERE id = NEW.invoice_id AND issued_on = NEW.issued_on;
    IF paid >= due THEN
        UPDATE billing.invoices SET paid_at = now()
         WHERE id = NEW.invoice_id AND issued_on = NEW.issued_on AND paid_at IS NULL;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = billing, pg_temp;

CREATE TRIGGER payments_mark_paid
    AFTER INSERT ON billing.payments
    FOR EACH ROW EXECUTE PROCEDURE billing.mark_invoice_paid();

REVOKE ALL ON FUNCTION billing.mark_invoice_paid() FROM PUBLIC;

COMMIT;

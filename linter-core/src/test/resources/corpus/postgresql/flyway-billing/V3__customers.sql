CREATE TABLE billing.customers (
    id              uuid PRIMARY KEY DEFAULT extensions.uuid_generate_v4(),
    tenant_id       uuid NOT NULL,
    external_ref    text,
    name            text NOT NULL,
    email           billing.email_address NOT NULL,
    billing_address billing.postal_address,
    currency        billing.currency_code NOT NULL DEFAULT 'EUR',
    tax_exempt      boolean NOT NULL DEFAULT false,
    metadata        jsonb NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    CONSTRAINT customers_external_ref_unique UNIQUE (tenant_id, external_ref)
);

CREATE INDEX customers_tenant_idx ON billing.customers (tenant_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX customers_email_per_tenant ON billing.customers (tenant_id, lower(email)) WHERE deleted_at IS NULL;

COMMENT ON TABLE billing.customers IS 'Anyone we send invoices to';
COMMENT ON COLUMN billing.customers.external_ref IS 'Identifier in the CRM';

CREATE OR REPLACE FUNCTION billing.set_updated_at()
RETURNS trigger
LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at = clock_timestamp();
    RETURN NEW;
END;
$function$;

CREATE TRIGGER customers_set_updated_at
    BEFORE UPDATE ON billing.customers
    FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION billing.set_updated_at();

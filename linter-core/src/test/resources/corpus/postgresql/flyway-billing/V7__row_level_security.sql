ALTER TABLE billing.customers ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.subscriptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing.customers FORCE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION billing.current_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('billing.tenant_id', true), '')::uuid $$;

CREATE POLICY customers_tenant_isolation ON billing.customers
    USING (tenant_id = billing.current_tenant());

CREATE POLICY subscriptions_tenant_isolation ON billing.subscriptions
    FOR ALL
    TO billing_app
    USING (customer_id IN (SELECT id FROM billing.customers WHERE tenant_id = billing.current_tenant()))
    WITH CHECK (customer_id IN (SELECT id FROM billing.customers WHERE tenant_id = billing.current_tenant()));

CREATE POLICY invoices_read ON billing.invoices AS PERMISSIVE FOR SELECT TO billing_app, billing_readonly
    USING (EXISTS (SELECT 1 FROM billing.customers c WHERE c.id = customer_id AND c.tenant_id = billing.current_tenant()));

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA billing TO billing_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA billing TO billing_app;
GRANT EXECUTE ON FUNCTION billing.current_tenant() TO billing_app, billing_readonly;

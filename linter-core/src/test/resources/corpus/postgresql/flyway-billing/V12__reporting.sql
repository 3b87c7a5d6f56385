CREATE SCHEMA IF NOT EXISTS reporting;

CREATE OR REPLACE VIEW reporting.mrr AS
SELECT c.tenant_id,
       p.currency,
       sum(CASE p.interval WHEN 'month' THEN p.amount * s.quantity ELSE p.amount * s.quantity / 12 END) AS mrr_cents
  FROM billing.subscriptions s
  JOIN billing.plans p ON p.id = s.plan_id
  JOIN billing.customers c ON c.id = s.customer_id
 WHERE s.status IN ('active', 'past_due')
 GROUP BY c.tenant_id, p.currency;

COMMENT ON VIEW reporting.mrr IS 'Monthly recurring revenue per tenant';

CREATE OR REPLACE FUNCTION reporting.refresh_usage() RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    REFRESH MATERIALIZED VIEW CONCURRENTLY billing.usage_daily;
END;
$$;

COMMENT ON FUNCTION reporting.refresh_usage() IS 'Called by the scheduler every 15 minutes';

GRANT USAGE ON SCHEMA reporting TO billing_readonly;
GRANT SELECT ON reporting.mrr TO billing_readonly;
REVOKE ALL ON SCHEMA reporting FROM PUBLIC;

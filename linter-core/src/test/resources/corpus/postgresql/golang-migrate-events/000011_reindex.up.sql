DROP INDEX CONCURRENTLY IF EXISTS webhook_deliveries_webhook_idx;
CREATE INDEX CONCURRENTLY webhook_deliveries_webhook_time_idx ON webhook_deliveries (webhook_id, delivered_at DESC) INCLUDE (status_code);
REINDEX INDEX CONCURRENTLY tenants_subdomain_uniq;
VACUUM (ANALYZE) tenants;

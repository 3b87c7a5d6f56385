CREATE TABLE IF NOT EXISTS retention_policies (
    tenant_id   BIGINT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    keep_days   INTEGER NOT NULL DEFAULT 90 CHECK (keep_days BETWEEN 1 AND 3650),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

INSERT INTO retention_policies (tenant_id)
SELECT id FROM tenants
ON CONFLICT (tenant_id) DO NOTHING;

ALTER TABLE events DETACH PARTITION events_2025_01;
DROP TABLE IF EXISTS events_2025_01;

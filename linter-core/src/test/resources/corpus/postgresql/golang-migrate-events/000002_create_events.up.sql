CREATE TABLE IF NOT EXISTS events (
    id          UUID NOT NULL,
    tenant_id   BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    source      TEXT NOT NULL,
    payload     JSONB NOT NULL,
    level       SMALLINT NOT NULL DEFAULT 0,
    errors      INTEGER NOT NULL DEFAULT 0,
    local       BOOLEAN NOT NULL DEFAULT FALSE,
    received_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (id, received_at)
) PARTITION BY RANGE (received_at);

CREATE TABLE IF NOT EXISTS events_default PARTITION OF events DEFAULT;

CREATE INDEX IF NOT EXISTS events_tenant_received_idx ON events (tenant_id, received_at DESC);
CREATE INDEX IF NOT EXISTS events_kind_idx ON events (kind);
CREATE INDEX IF NOT EXISTS events_payload_idx ON events USING GIN (payload);

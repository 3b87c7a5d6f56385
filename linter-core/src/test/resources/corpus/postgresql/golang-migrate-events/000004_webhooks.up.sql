CREATE TABLE webhooks (
    id           BIGSERIAL PRIMARY KEY,
    tenant_id    BIGINT NOT NULL REFERENCES tenants (id),
    url          TEXT NOT NULL,
    secret       TEXT NOT NULL,
    event_kinds  TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    enabled      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE webhook_deliveries (
    id            BIGSERIAL PRIMARY KEY,
    webhook_id    BIGINT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_id      UUID NOT NULL,
    attempt       INTEGER NOT NULL DEFAULT 1,
    status_code   INTEGER,
    response_body TEXT,
    duration_ms   INTEGER,
    delivered_at  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    next_retry_at TIMESTAMPTZ
);

CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, delivered_at DESC);
CREATE INDEX webhook_deliveries_retry_idx ON webhook_deliveries (next_retry_at) WHERE next_retry_at IS NOT NULL;

BEGIN;
SET LOCAL lock_timeout = '3s';
SET LOCAL statement_timeout TO '60s';

CREATE TABLE api_keys (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    prefix      CHAR(8) NOT NULL,
    key_hash    BYTEA NOT NULL,
    scopes      TEXT[] NOT NULL,
    last_used_at TIMESTAMPTZ,
    expires_at  TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    CONSTRAINT api_keys_prefix_key UNIQUE (prefix)
);

CREATE INDEX api_keys_tenant_active_idx ON api_keys (tenant_id) WHERE revoked_at IS NULL;
COMMIT;

-- Periodic compliance checks per user. The scheduler reads next_check to find due
-- checks, but this migration never added it: the incident behind Plumb.
CREATE TABLE compliance_checks (
    id         bigserial PRIMARY KEY,
    owner_id   bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       text        NOT NULL,
    status     text        NOT NULL DEFAULT 'pending',
    last_check timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX compliance_checks_owner_id_idx ON compliance_checks (owner_id);

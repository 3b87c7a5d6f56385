-- migrate:up
CREATE SCHEMA IF NOT EXISTS auth;

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE auth.users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email           citext NOT NULL,
    password_digest text,
    name            text,
    confirmed_at    timestamptz,
    locked_at       timestamptz,
    failed_attempts integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE auth.sessions (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    token_hash  bytea NOT NULL,
    user_agent  text,
    ip          inet,
    expires_at  timestamptz NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX sessions_token_hash_idx ON auth.sessions USING hash (token_hash);
CREATE INDEX sessions_user_idx ON auth.sessions (user_id);
CREATE INDEX sessions_expires_idx ON auth.sessions USING brin (expires_at);

-- migrate:down

-- migrate:up
CREATE TABLE auth.login_attempts (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    user_id     uuid REFERENCES auth.users (id) ON DELETE SET NULL,
    email       citext NOT NULL,
    succeeded   boolean NOT NULL,
    reason      text,
    ip          inet,
    at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id)
);

ALTER TABLE auth.login_attempts SET UNLOGGED;
CREATE INDEX login_attempts_email_at_idx ON auth.login_attempts (email, at DESC);
CREATE INDEX login_attempts_ip_idx ON auth.login_attempts USING gist (ip inet_ops);

CREATE OR REPLACE FUNCTION auth.record_failed_login() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT NEW.succeeded AND NEW.user_id IS NOT NULL THEN
        UPDATE auth.users
           SET failed_attempts = failed_attempts + 1,
               locked_at = CASE WHEN failed_attempts + 1 >= 10 THEN now() ELSE locked_at END
         WHERE id = NEW.user_id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER login_attempts_lockout
    AFTER INSERT ON auth.login_attempts
    FOR EACH ROW EXECUTE FUNCTION auth.record_failed_login();

ALTER TABLE auth.users ADD COLUMN mfa_secret bytea;
ALTER TABLE auth.users ADD COLUMN mfa_enabled boolean GENERATED ALWAYS AS (mfa_secret IS NOT NULL) STORED;
ALTER TABLE auth.users ALTER COLUMN name SET DATA TYPE varchar(200);
ALTER TABLE auth.sessions ALTER COLUMN user_agent SET STORAGE EXTERNAL;
ALTER TABLE auth.user_roles DROP CONSTRAINT user_roles_granted_by_fkey;
ALTER TRIGGER login_attempts_lockout ON auth.login_attempts RENAME TO login_attempts_lock_user;
ALTER SCHEMA auth OWNER TO postgres;
COMMENT ON SCHEMA auth IS 'Accounts, sessions and roles';
COMMENT ON PROCEDURE auth.grant_role(uuid, text) IS 'Idempotent';

-- migrate:down

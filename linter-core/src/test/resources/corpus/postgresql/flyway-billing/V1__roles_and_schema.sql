-- Roles are created by the platform team; the migration only makes sure they exist.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'billing_app') THEN
        CREATE ROLE billing_app LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'billing_readonly') THEN
        CREATE ROLE billing_readonly NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS billing AUTHORIZATION billing_app;
CREATE SCHEMA IF NOT EXISTS extensions;

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS btree_gist;

GRANT USAGE ON SCHEMA billing TO billing_readonly;
GRANT USAGE ON SCHEMA extensions TO billing_app, billing_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA billing GRANT SELECT ON TABLES TO billing_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE billing_app IN SCHEMA billing GRANT USAGE, SELECT ON SEQUENCES TO billing_readonly;

SET search_path TO billing, extensions, public;

-- migrate:up
CREATE TABLE auth.roles (
    id    smallserial PRIMARY KEY,
    name  text NOT NULL UNIQUE
);

CREATE TABLE auth.user_roles (
    user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    role_id smallint NOT NULL REFERENCES auth.roles (id) ON DELETE CASCADE,
    granted_at timestamptz NOT NULL DEFAULT now(),
    granted_by uuid REFERENCES auth.users (id) ON DELETE SET NULL,
    PRIMARY KEY (user_id, role_id)
);

INSERT INTO auth.roles (name) VALUES ('admin'), ('editor'), ('viewer') ON CONFLICT (name) DO NOTHING;

CREATE OR REPLACE FUNCTION auth.has_role(p_user uuid, p_role text)
RETURNS boolean
LANGUAGE sql
STABLE
AS $$
    SELECT EXISTS (
        SELECT 1
          FROM auth.user_roles ur
          JOIN auth.roles r ON r.id = ur.role_id
         WHERE ur.user_id = p_user AND r.name = p_role
    )
$$;

CREATE OR REPLACE PROCEDURE auth.grant_role(p_user uuid, p_role text)
LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO auth.user_roles (user_id, role_id)
    SELECT p_user, id FROM auth.roles WHERE name = p_role
    ON CONFLICT DO NOTHING;
END;
$$;

ALTER FUNCTION auth.has_role(uuid, text) OWNER TO postgres;
ALTER FUNCTION auth.has_role(uuid, text) SET search_path = auth, pg_temp;
ALTER PROCEDURE auth.grant_role(uuid, text) SECURITY DEFINER;
REVOKE EXECUTE ON FUNCTION auth.has_role(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.has_role(uuid, text) TO app;
GRANT EXECUTE ON PROCEDURE auth.grant_role(uuid, text) TO app;
CALL auth.grant_role('00000000-0000-0000-0000-000000000000', 'admin');

-- migrate:down

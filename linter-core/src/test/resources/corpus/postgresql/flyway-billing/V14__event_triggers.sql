CREATE TABLE billing.ddl_log (
    id         bigserial PRIMARY KEY,
    event      text NOT NULL,
    tag        text NOT NULL,
    object     text,
    logged_at  timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION billing.log_ddl() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        INSERT INTO billing.ddl_log (event, tag, object)
        VALUES (TG_EVENT, obj.command_tag, obj.object_identity);
    END LOOP;
END;
$$;

CREATE EVENT TRIGGER billing_ddl_log ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE', 'DROP TABLE')
    EXECUTE FUNCTION billing.log_ddl();

ALTER EVENT TRIGGER billing_ddl_log ENABLE ALWAYS;
COMMENT ON EVENT TRIGGER billing_ddl_log IS 'Audit of schema changes in production';

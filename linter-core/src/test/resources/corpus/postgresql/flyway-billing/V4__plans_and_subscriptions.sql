CREATE TABLE billing.plans (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL,
    amount      billing.cents,
    currency    billing.currency_code NOT NULL,
    interval    text NOT NULL CHECK (interval IN ('month', 'year')),
    trial_days  integer NOT NULL DEFAULT 0,
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE billing.subscriptions (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id         uuid NOT NULL REFERENCES billing.customers (id) ON DELETE RESTRICT,
    plan_id             bigint NOT NULL REFERENCES billing.plans (id),
    status              billing.subscription_status NOT NULL DEFAULT 'trialing',
    quantity            integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    current_period      tstzrange NOT NULL,
    cancel_at_period_end boolean NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT subscriptions_no_overlap EXCLUDE USING gist (customer_id WITH =, plan_id WITH =, current_period WITH &&)
);

CREATE INDEX subscriptions_customer_idx ON billing.subscriptions (customer_id);
CREATE INDEX subscriptions_status_idx ON billing.subscriptions (status) INCLUDE (customer_id) WHERE status <> 'canceled';

CREATE TRIGGER subscriptions_set_updated_at
    BEFORE UPDATE ON billing.subscriptions
    FOR EACH ROW EXECUTE FUNCTION billing.set_updated_at();

INSERT INTO billing.plans (code, name, amount, currency, interval, trial_days) VALUES
    ('starter-monthly', 'Starter', 900, 'EUR', 'month', 14),
    ('starter-yearly', 'Starter (yearly)', 9000, 'EUR', 'year', 14),
    ('team-monthly', 'Team', 4900, 'EUR', 'month', 14),
    ('team-yearly', 'Team (yearly)', 49000, 'EUR', 'year', 14);

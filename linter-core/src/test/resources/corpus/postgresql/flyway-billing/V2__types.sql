CREATE TYPE billing.currency_code AS ENUM ('EUR', 'USD', 'GBP', 'CHF');
CREATE TYPE billing.subscription_status AS ENUM ('trialing', 'active', 'past_due', 'canceled');
CREATE TYPE billing.postal_address AS (
    line1       text,
    line2       text,
    city        text,
    postal_code varchar(16),
    country     char(2)
);

CREATE DOMAIN billing.cents AS bigint
    NOT NULL
    CHECK (VALUE >= 0);

CREATE DOMAIN billing.email_address AS text
    CONSTRAINT email_address_format CHECK (VALUE ~* '^[^@\s]+@[^@\s]+\.[^@\s]+$');

COMMENT ON TYPE billing.currency_code IS 'ISO 4217 codes we can invoice in';
COMMENT ON DOMAIN billing.cents IS 'Non-negative amount in minor units';

ALTER TYPE billing.subscription_status ADD VALUE IF NOT EXISTS 'paused' BEFORE 'canceled';
ALTER TYPE billing.subscription_status ADD VALUE IF NOT EXISTS 'incomplete' AFTER 'trialing';
ALTER TYPE billing.currency_code ADD VALUE 'JPY';
ALTER TYPE billing.postal_address ADD ATTRIBUTE region text;

-- Accounts that own compliance checks.
CREATE TABLE users (
    id         bigserial PRIMARY KEY,
    email      varchar(320) NOT NULL UNIQUE,
    created_at timestamptz  NOT NULL DEFAULT now()
);

-- Logistics core schema. Applied by the deploy script with psql -v ON_ERROR_STOP=1.
START TRANSACTION;

CREATE TABLE depots (
    id          serial PRIMARY KEY,
    code        varchar(8) NOT NULL UNIQUE,
    name        text NOT NULL,
    type        text NOT NULL DEFAULT 'hub',
    local       boolean NOT NULL DEFAULT true,
    position    point,
    timezone    text NOT NULL DEFAULT 'Europe/Berlin',
    opened_on   date
);

CREATE TABLE vehicles (
    id           serial PRIMARY KEY,
    depot_id     integer NOT NULL REFERENCES depots ON DELETE RESTRICT,
    plate        varchar(16) NOT NULL,
    kind         text NOT NULL,
    capacity_kg  integer NOT NULL CHECK (capacity_kg > 0),
    current      boolean NOT NULL DEFAULT true,
    data         jsonb NOT NULL DEFAULT '{}'::jsonb,
    UNIQUE (plate)
);

CREATE TABLE drivers (
    id          serial PRIMARY KEY,
    depot_id    integer NOT NULL REFERENCES depots (id),
    name        text NOT NULL,
    key         uuid NOT NULL DEFAULT gen_random_uuid(),
    level       smallint NOT NULL DEFAULT 1,
    start       date NOT NULL,
    errors      integer NOT NULL DEFAULT 0,
    status      text NOT NULL DEFAULT 'active'
);

COMMIT;

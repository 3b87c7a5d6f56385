CREATE TABLE countries (
    code  char(2) PRIMARY KEY,
    name  text NOT NULL
);

COPY countries (code, name) FROM '/docker-entrypoint-initdb.d/countries.csv' WITH (FORMAT csv, HEADER true);

INSERT INTO depots (code, name, type, timezone, opened_on) VALUES
    ('BER1', 'Berlin Hub', 'hub', 'Europe/Berlin', '2019-04-01'),
    ('HAM1', 'Hamburg Port', 'port', 'Europe/Berlin', '2020-09-15'),
    ('MUC1', 'Munich South', 'hub', 'Europe/Berlin', '2021-02-01');

ALTER TABLE depots ADD COLUMN country char(2) REFERENCES countries (code);
UPDATE depots SET country = 'DE';
ALTER TABLE depots ALTER COLUMN country SET NOT NULL;

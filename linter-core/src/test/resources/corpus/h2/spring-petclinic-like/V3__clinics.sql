CREATE SEQUENCE IF NOT EXISTS clinic_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE IF NOT EXISTS clinics (
  id           BIGINT DEFAULT NEXT VALUE FOR clinic_seq PRIMARY KEY,
  name         VARCHAR(120) NOT NULL,
  opened       DATE,
  emergency    BOOLEAN DEFAULT FALSE NOT NULL,
  opening_hours JSON,
  CONSTRAINT uk_clinics_name UNIQUE (name)
);

ALTER TABLE vets ADD COLUMN clinic_id BIGINT;
ALTER TABLE vets ADD CONSTRAINT fk_vets_clinics FOREIGN KEY (clinic_id) REFERENCES clinics (id) ON DELETE SET NULL;
ALTER TABLE owners ADD COLUMN email VARCHAR(120);
ALTER TABLE owners ADD CONSTRAINT uk_owners_email UNIQUE (email);
ALTER TABLE visits ADD COLUMN clinic_id BIGINT REFERENCES clinics (id);
ALTER TABLE visits ALTER COLUMN description SET DATA TYPE VARCHAR(1000);
ALTER TABLE visits ALTER COLUMN visit_date SET NOT NULL;
ALTER TABLE pets ALTER COLUMN name RENAME TO pet_name;

MERGE INTO clinics (id, name, emergency) KEY (id) VALUES (1, 'Main Street Clinic', TRUE);
MERGE INTO clinics KEY (id) VALUES (2, 'Riverside', DATE '2019-03-01', FALSE, NULL);
UPDATE vets SET clinic_id = 1;

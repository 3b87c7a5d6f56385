CREATE TABLE appointments (
  id          UUID DEFAULT RANDOM_UUID() PRIMARY KEY,
  pet_id      INTEGER NOT NULL,
  vet_id      INTEGER NOT NULL,
  starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  duration    INTERVAL MINUTE NOT NULL DEFAULT INTERVAL '30' MINUTE,
  status      ENUM('BOOKED', 'CHECKED_IN', 'DONE', 'NO_SHOW') DEFAULT 'BOOKED' NOT NULL,
  notes       CLOB,
  tags        VARCHAR(40) ARRAY,
  created_at  TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  version     INTEGER DEFAULT 0 NOT NULL,
  CONSTRAINT fk_appointments_pets FOREIGN KEY (pet_id) REFERENCES pets (id) ON DELETE CASCADE,
  CONSTRAINT fk_appointments_vets FOREIGN KEY (vet_id) REFERENCES vets (id)
);
CREATE INDEX idx_appointments_vet_time ON appointments (vet_id, starts_at);
CREATE UNIQUE INDEX uk_appointments_slot ON appointments (vet_id, starts_at);

CREATE VIEW upcoming_appointments AS
SELECT a.id, p.pet_name, v.last_name AS vet, a.starts_at
  FROM appointments a
  JOIN pets p ON p.id = a.pet_id
  JOIN vets v ON v.id = a.vet_id
 WHERE a.status = 'BOOKED';

COMMENT ON TABLE appointments IS 'Bookings made online or at the desk';
COMMENT ON COLUMN appointments.duration IS 'Planned length';
